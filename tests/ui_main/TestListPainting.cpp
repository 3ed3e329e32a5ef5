// The project table's painting helpers: CachedTextDelegate draws a cell as QStyledItemDelegate does,
// FittedRowDelegate keeps a list's items to its width, and UpdateThrottle folds a burst of updates
// into one per interval.
#include "ui/common/CachedTextDelegate.h"
#include "ui/common/FittedRowDelegate.h"
#include "ui/common/UpdateThrottle.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A cell of `view` drawn by `delegate` on its own, on the view's base colour.
QImage drawCell(const QTableView& view, const QStyledItemDelegate& delegate, const QModelIndex& index,
                QStyle::State extra = {}, bool wholeCellSelected = true,
                Qt::TextElideMode elide = Qt::ElideRight)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.font = view.font();
    option.rect = QRect(0, 0, 120, 26);
    option.state |= QStyle::State_Enabled | QStyle::State_Active | extra;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = elide;
    option.showDecorationSelected = wholeCellSelected; // as QTableView sets it
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(view.palette().color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

// Where the pixels that are not the background are.
QRect inkOf(const QImage& image, QRgb background)
{
    QRect ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}

// The pixel farthest from the background: the text's colour where its glyphs are solid.
QColor inkColourOf(const QImage& image, QRgb background)
{
    int farthest = -1;
    QRgb colour = background;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            const int d = std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background)) +
                          std::abs(qBlue(p) - qBlue(background));
            if (d > farthest) {
                farthest = d;
                colour = p;
            }
        }
    }
    return QColor(colour);
}

void compareInk(const QRect& actual, const QRect& expected)
{
    QVERIFY2(!expected.isEmpty(), "the styled delegate drew nothing");
    QVERIFY2(std::abs(actual.left() - expected.left()) <= 1 &&
                 std::abs(actual.right() - expected.right()) <= 1 &&
                 std::abs(actual.top() - expected.top()) <= 1 &&
                 std::abs(actual.bottom() - expected.bottom()) <= 1,
             qPrintable(u"ink at (%1,%2 %3×%4), expected (%5,%6 %7×%8)"_s.arg(actual.x())
                            .arg(actual.y())
                            .arg(actual.width())
                            .arg(actual.height())
                            .arg(expected.x())
                            .arg(expected.y())
                            .arg(expected.width())
                            .arg(expected.height())));
}

} // namespace

class TestListPainting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsDrawnWhereTheStyleDrawsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("selected");
        QTest::newRow("short") << u"Payments API"_s << false;
        QTest::newRow("selected") << u"Payments API"_s << true;
        QTest::newRow("elided") << u"Customer portal penetration test, phase two"_s << false;
    }

    void textIsDrawnWhereTheStyleDrawsIt()
    {
        QFETCH(QString, text);
        QFETCH(bool, selected);
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(text));
        QTableView view;
        view.setModel(&model);
        const QModelIndex index = model.index(0, 0);
        const QStyle::State state = selected ? QStyle::State_Selected : QStyle::State_None;
        const QStyledItemDelegate styled;
        const CachedTextDelegate cached;
        const QImage expected = drawCell(view, styled, index, state);
        const QImage actual = drawCell(view, cached, index, state);
        // The cell's own colour (the selection's when selected) is what is not text.
        const QRgb background = expected.pixel(1, 1);
        QCOMPARE(QColor(actual.pixel(1, 1)), QColor(background));
        QCOMPARE(QColor(background) == view.palette().color(QPalette::Base), !selected);
        compareInk(inkOf(actual, background), inkOf(expected, background));
        const QColor ink = inkColourOf(actual, background);
        const QColor expectedInk = inkColourOf(expected, background);
        QVERIFY2(std::abs(ink.red() - expectedInk.red()) + std::abs(ink.green() - expectedInk.green()) +
                         std::abs(ink.blue() - expectedInk.blue()) <=
                     60,
                 qPrintable(u"text in %1, expected %2"_s.arg(ink.name(), expectedInk.name())));
        // Drawn again from the cache: the same pixels.
        QCOMPARE(drawCell(view, cached, index, state), actual);
    }

    void theElideModeIsKept()
    {
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(u"ACME AWS Account Config Review #445"_s));
        QTableView view;
        view.setModel(&model);
        const QModelIndex index = model.index(0, 0);
        const QStyledItemDelegate styled;
        const CachedTextDelegate cached;
        const QImage middle = drawCell(view, cached, index, {}, true, Qt::ElideMiddle);
        const QImage right = drawCell(view, cached, index, {}, true, Qt::ElideRight);
        QVERIFY(middle != right); // the same cache, another shaping for another mode
        const QRgb background = middle.pixel(1, 1);
        compareInk(inkOf(middle, background),
                   inkOf(drawCell(view, styled, index, {}, true, Qt::ElideMiddle), background));
        QCOMPARE(drawCell(view, cached, index, {}, true, Qt::ElideMiddle), middle);
        // A delegate's own mode wins over the view's.
        CachedTextDelegate names;
        names.setElideMode(Qt::ElideMiddle);
        QCOMPARE(drawCell(view, names, index, {}, true, Qt::ElideRight), middle);
    }

    void fittedRowsNeverScrollSideways()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(u"Umbrella Health Clinical Systems Network Segmentation Test\n"
                                          u"Project 2026-11-17 → 2026-12-09 · on hold"_s));
        QListView list;
        list.setModel(&model);
        list.setWordWrap(false);
        list.setUniformItemSizes(true);
        list.setResizeMode(QListView::Adjust);
        list.resize(160, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTRY_VERIFY(list.horizontalScrollBar()->maximum() > 0); // a plain delegate: as wide as the text
        list.setItemDelegate(new FittedRowDelegate(&list));
        list.doItemsLayout();
        QTRY_COMPARE(list.horizontalScrollBar()->maximum(), 0);
        QCOMPARE(list.visualRect(model.index(0, 0)).width(), list.viewport()->width());
        list.resize(240, 200); // wider: the items follow
        QTRY_COMPARE(list.visualRect(model.index(0, 0)).width(), list.viewport()->width());
    }

    void cellsWithAnIconAreLeftToTheStyle()
    {
        QStandardItemModel model(1, 1);
        QPixmap icon(12, 12);
        icon.fill(Qt::red);
        auto* item = new QStandardItem(QIcon(icon), u"On hold"_s);
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        const QStyledItemDelegate styled;
        const CachedTextDelegate cached;
        QCOMPARE(drawCell(view, cached, model.index(0, 0)), drawCell(view, styled, model.index(0, 0)));
    }

    void selectionBehindTheTextAloneIsLeftToTheStyle()
    {
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(u"Payments API"_s));
        QTableView view;
        view.setModel(&model);
        const QStyledItemDelegate styled;
        const CachedTextDelegate cached;
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(drawCell(view, cached, index, QStyle::State_Selected, false),
                 drawCell(view, styled, index, QStyle::State_Selected, false));
    }

    void throttleRunsAtOnceThenOncePerInterval()
    {
        int runs = 0;
        UpdateThrottle throttle(100, [&runs] { ++runs; });
        throttle.request();
        QCOMPARE(runs, 1); // the first at once: the first page shows without waiting
        throttle.request();
        throttle.request();
        throttle.request();
        QCOMPARE(runs, 1);
        QTRY_COMPARE(runs, 2); // the three folded into one
        QTest::qWait(250);
        QCOMPARE(runs, 2); // nothing pending: nothing more
        throttle.request();
        QCOMPARE(runs, 3); // idle for longer than the interval: at once again
    }

    void flushRunsWhatIsPending()
    {
        int runs = 0;
        UpdateThrottle throttle(60000, [&runs] { ++runs; });
        throttle.flush();
        QCOMPARE(runs, 0);
        throttle.request();
        throttle.request();
        QCOMPARE(runs, 1);
        throttle.flush();
        QCOMPARE(runs, 2);
        throttle.flush();
        QCOMPARE(runs, 2);
    }
};

QTEST_MAIN(TestListPainting)
#include "TestListPainting.moc"
