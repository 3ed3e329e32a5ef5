#include "ui/common/ThemeColors.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ThemeColors {

namespace {

constexpr double kTextContrast = 4.5;

// Hue (degrees) and saturation (0–255) of each mark; the lightness comes from the background.
struct Hue
{
    int hue;
    int saturation;
};

Hue hueOf(Mark mark, const QPalette& palette)
{
    switch (mark) {
    case Mark::Error:
        return {350, 230};
    case Mark::Warning:
        return {40, 230};
    case Mark::Modified: { // the theme's own accent, as the selection uses it
        const QColor h = palette.color(QPalette::Highlight).toHsl();
        return {h.hslHue() < 0 ? 210 : h.hslHue(), std::max(h.hslSaturation(), 120)};
    }
    case Mark::Info:
        return {212, 160};
    case Mark::Muted: {
        const QColor t = palette.color(QPalette::WindowText).toHsl();
        return {t.hslHue() < 0 ? 0 : t.hslHue(), t.hslSaturation() / 2};
    }
    }
    return {0, 0};
}

// Walks the lightness away from the background until the colour reads on it.
QColor readableOn(Hue h, const QColor& bg, int startLightness, double ratio)
{
    const bool darkBackground = luminance(bg) < 0.2;
    int l = startLightness;
    QColor c = QColor::fromHsl(h.hue, h.saturation, l);
    while (contrastRatio(c, bg) < ratio && l > 0 && l < 255) {
        l += darkBackground ? 5 : -5;
        l = std::clamp(l, 0, 255);
        c = QColor::fromHsl(h.hue, h.saturation, l);
    }
    return c;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double luminance(const QColor& color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor foreground(Mark mark, const QPalette& palette)
{
    return readableOn(hueOf(mark, palette), palette.color(QPalette::Window), 128, kTextContrast);
}

QColor background(Mark mark, const QPalette& palette)
{
    const Hue h = hueOf(mark, palette);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = luminance(window) < 0.2;
    // Close to the window's own lightness: a tint, not a colour block.
    return QColor::fromHsl(h.hue, std::min(h.saturation, 180), dark ? 45 : 235);
}

QColor bannerForeground(Mark mark, const QPalette& palette)
{
    QPalette onBanner = palette;
    onBanner.setColor(QPalette::Window, background(mark, palette));
    return foreground(mark, onBanner);
}

QString textStyle(Mark mark, const QPalette& palette)
{
    return u"color: %1;"_s.arg(foreground(mark, palette).name());
}

QString bannerStyle(Mark mark, const QPalette& palette, const QString& selector)
{
    const QString body =
        u"background: %1; color: %2; border: 1px solid %3; padding: 6px; border-radius: 3px;"_s.arg(
            background(mark, palette).name(), bannerForeground(mark, palette).name(),
            foreground(mark, palette).name());
    return selector.isEmpty() ? body : selector + u" { "_s + body + u" }"_s;
}

QColor category(Category category)
{
    // Mid-dark fills: white text on each keeps at least 4.5:1, whatever the theme.
    switch (category) {
    case Category::ProjectDates:
        return QColor::fromHsl(220, 110, 95);
    case Category::OnHold:
        return QColor::fromHsl(0, 0, 105);
    case Category::Requested:
        return QColor::fromHsl(30, 200, 70);
    case Category::Completed:
        return QColor::fromHsl(140, 120, 65);
    case Category::Cancelled:
        return QColor::fromHsl(0, 60, 95);
    case Category::Today:
        return QColor::fromHsl(355, 200, 110);
    }
    return QColor::fromHsl(0, 0, 90);
}

QColor onCategory()
{
    return QColor::fromHsl(0, 0, 255);
}

} // namespace ThemeColors
