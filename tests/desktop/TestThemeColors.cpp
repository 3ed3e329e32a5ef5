// ThemeColors: every mark reads on the window background (WCAG 4.5:1) in a light, a dark and two
// high-contrast palettes, and the calendar's fills carry their white text.
#include "ui/common/ThemeColors.h"

#include <QApplication>
#include <QTest>

using ThemeColors::Mark;

namespace {

QPalette makePalette(QRgb window, QRgb text, QRgb highlight)
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(window));
    p.setColor(QPalette::WindowText, QColor(text));
    p.setColor(QPalette::Base, QColor(window));
    p.setColor(QPalette::Text, QColor(text));
    p.setColor(QPalette::Highlight, QColor(highlight));
    return p;
}

const QList<Mark> kMarks = {Mark::Error, Mark::Warning, Mark::Modified, Mark::Info, Mark::Muted};

} // namespace

class TestThemeColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastFormula()
    {
        QCOMPARE(ThemeColors::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ThemeColors::contrastRatio(Qt::white, Qt::white), 1.0);
    }

    void marksReadOnWindow_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << makePalette(0xefefef, 0x000000, 0x308cc6);
        QTest::newRow("dark") << makePalette(0x2a2e32, 0xfcfcfc, 0x3daee9);
        QTest::newRow("high contrast black") << makePalette(0x000000, 0xffffff, 0xffff00);
        QTest::newRow("high contrast white") << makePalette(0xffffff, 0x000000, 0x0000ff);
    }
    void marksReadOnWindow()
    {
        QFETCH(QPalette, palette);
        const QColor window = palette.color(QPalette::Window);
        for (Mark mark : kMarks) {
            const QColor fg = ThemeColors::foreground(mark, palette);
            QVERIFY2(
                ThemeColors::contrastRatio(fg, window) >= 4.5,
                qPrintable(QStringLiteral("mark %1: %2 on %3").arg(int(mark)).arg(fg.name(), window.name())));
            const QColor bannerBg = ThemeColors::background(mark, palette);
            const QColor bannerFg = ThemeColors::bannerForeground(mark, palette);
            QVERIFY2(ThemeColors::contrastRatio(bannerFg, bannerBg) >= 4.5,
                     qPrintable(QStringLiteral("banner %1: %2 on %3")
                                    .arg(int(mark))
                                    .arg(bannerFg.name(), bannerBg.name())));
        }
    }

    // The marks really follow the theme: a dark window gets light marks and the reverse.
    void marksFollowTheBackground()
    {
        const QPalette light = makePalette(0xefefef, 0x000000, 0x308cc6);
        const QPalette dark = makePalette(0x2a2e32, 0xfcfcfc, 0x3daee9);
        for (Mark mark : kMarks) {
            QVERIFY(ThemeColors::luminance(ThemeColors::foreground(mark, light)) < 0.2);
            QVERIFY(ThemeColors::luminance(ThemeColors::foreground(mark, dark)) > 0.2);
        }
        // Error and warning stay told apart from each other and from plain text.
        QVERIFY(ThemeColors::foreground(Mark::Error, light) != ThemeColors::foreground(Mark::Warning, light));
        QVERIFY(ThemeColors::foreground(Mark::Error, dark).hslHue() !=
                ThemeColors::foreground(Mark::Warning, dark).hslHue());
    }

    void categoriesCarryWhiteText()
    {
        using C = ThemeColors::Category;
        for (C c : {C::ProjectDates, C::OnHold, C::Requested, C::Completed, C::Cancelled}) {
            QVERIFY2(ThemeColors::contrastRatio(ThemeColors::category(c), ThemeColors::onCategory()) >= 4.5,
                     qPrintable(ThemeColors::category(c).name()));
        }
    }

    void styleSheetsNameTheColour()
    {
        const QPalette light = makePalette(0xefefef, 0x000000, 0x308cc6);
        QCOMPARE(ThemeColors::textStyle(Mark::Error, light),
                 QStringLiteral("color: %1;").arg(ThemeColors::foreground(Mark::Error, light).name()));
        QVERIFY(ThemeColors::bannerStyle(Mark::Warning, light, QStringLiteral("QLabel"))
                    .startsWith(QStringLiteral("QLabel { background: ")));
    }
};

QTEST_MAIN(TestThemeColors)
#include "TestThemeColors.moc"
