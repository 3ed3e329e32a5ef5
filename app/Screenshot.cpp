#include "Screenshot.h"

#include "ui/editor/ProjectEditor.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectListView.h"
#include "ui/main/SessionController.h"
#include "ui/retest/RetestCalendarView.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Screenshot {

namespace {

QPalette darkPalette()
{
    // Breeze Dark's colours, the dark theme most Qt users see.
    QPalette p;
    const QColor window(0x20, 0x23, 0x26), base(0x14, 0x16, 0x18), text(0xfc, 0xfc, 0xfc);
    const QColor button(0x29, 0x2c, 0x30), highlight(0x3d, 0xae, 0xe9), mid(0x4d, 0x51, 0x57);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x0f, 0x10, 0x12));
    p.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4b));
    p.setColor(QPalette::Link, highlight);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x70, 0x74, 0x79));
    return p;
}

} // namespace

void applyTheme()
{
    const QString theme = qEnvironmentVariable("FORGEDESK_SCREENSHOT_THEME");
    if (theme.isEmpty())
        return;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(theme == u"dark"_s ? darkPalette() : QApplication::style()->standardPalette());
}

void arm(MainWindow* window, SessionController* session)
{
    const QString file = qEnvironmentVariable("FORGEDESK_SCREENSHOT");
    if (file.isEmpty())
        return;
    window->resize(1280, 800);
    auto grabWhenReady = std::make_shared<QMetaObject::Connection>();
    *grabWhenReady = QObject::connect(session, &SessionController::projectsLoaded, window, [=] {
        QObject::disconnect(*grabWhenReady);
        // The first project opens from the list; give its page and the calendar a moment to lay out.
        auto* poll = new QTimer(window);
        poll->setInterval(100);
        QObject::connect(poll, &QTimer::timeout, window, [=] {
            if (window->editor()->loadedProject().id().isEmpty())
                return;
            poll->stop();
            // FORGEDESK_SCREENSHOT_TAB=calendar: the calendar tab instead of the project list.
            if (qEnvironmentVariable("FORGEDESK_SCREENSHOT_TAB") == u"calendar"_s) {
                if (auto* tabs = window->findChild<QTabWidget*>(u"mainTabs"_s))
                    tabs->setCurrentWidget(window->calendar());
            }
            QTimer::singleShot(800, window, [=] {
                const bool ok = window->grab().save(file);
                std::fprintf(stderr, "forgedesk: screenshot %s %s\n", qPrintable(file),
                             ok ? "written" : "FAILED");
                QApplication::exit(ok ? 0 : 1);
            });
        });
        poll->start();
    });
}

} // namespace Screenshot
