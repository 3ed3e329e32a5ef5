// The bundled icons (resources/forgedesk.qrc): every action icon has a 16 px and a 32 px (@2x) image, so
// it stays sharp at 2× scale; the theme's icon is preferred when there is one; the window icon has every
// size.
#include "ui/common/ActionIcons.h"

#include <QApplication>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;

class TestActionIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QIcon::setThemeName(u"no-such-theme"_s); }

    void bundledIconsHaveBothScales_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n : {"document-save", "edit-undo", "edit-redo", "document-revert", "view-refresh",
                              "edit-find", "appointment-new", "document-export"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void bundledIconsHaveBothScales()
    {
        QFETCH(QString, name);
        const QIcon icon = ActionIcons::icon(name); // no theme: the bundled fallback
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.availableSizes(), (QList<QSize>{QSize(16, 16), QSize(32, 32)}));
        // At 2× a 16 px icon is drawn from the 32 px image, not scaled up.
        const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.size(), QSize(32, 32));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
    }

    void applicationIconHasEverySize()
    {
        const QIcon icon = ActionIcons::applicationIcon();
        QCOMPARE(icon.availableSizes(), (QList<QSize>{QSize(16, 16), QSize(32, 32), QSize(48, 48),
                                                      QSize(64, 64), QSize(128, 128), QSize(256, 256)}));
    }
};

QTEST_MAIN(TestActionIcons)
#include "TestActionIcons.moc"
