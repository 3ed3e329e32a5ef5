#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The one place ForgeDesk picks colours. Marks (error, warning, modified, …) are derived from the palette in
// use, each a fixed hue whose lightness is moved until it reads against the window background (WCAG 2 ratio
// of 4.5:1 for text), so the same code works in light, dark and high-contrast themes. The calendar's
// categories are fills under white text and stay the same in every theme.
namespace ThemeColors {

enum class Mark
{
    Error,
    Warning,
    Modified,
    Info,
    Muted
};
enum class Category
{
    ProjectDates,
    OnHold,
    Requested,
    Completed,
    Cancelled,
    Today
};

// Text colour of a mark on the palette's window background.
QColor foreground(Mark mark, const QPalette& palette);
// A light (or, in a dark theme, dark) tint of the mark's hue for a banner's background.
QColor background(Mark mark, const QPalette& palette);
// Text colour of a mark on its own banner background().
QColor bannerForeground(Mark mark, const QPalette& palette);
// Style sheets built from the above, for labels and banners.
QString textStyle(Mark mark, const QPalette& palette);
QString bannerStyle(Mark mark, const QPalette& palette, const QString& selector = {});

QColor category(Category category);
// Text painted on a category() fill.
QColor onCategory();

// WCAG 2 relative luminance and contrast ratio (1 … 21).
double luminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);

} // namespace ThemeColors
