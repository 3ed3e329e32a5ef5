#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

// Grabs a widget to <FORGEDESK_SCREENSHOT_DIR>/<name>-<w>x<h>.png when that variable is set, so people
// can look at the screens at the sizes we promise (1280×800 tidy, 1024×700 usable).
namespace Screenshots {

inline bool enabled()
{
    return !qEnvironmentVariableIsEmpty("FORGEDESK_SCREENSHOT_DIR");
}

inline void shoot(QWidget* widget, const QString& name, QSize size)
{
    if (!enabled())
        return;
    const QString dir = qEnvironmentVariable("FORGEDESK_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    widget->resize(size);
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(
        QDir(dir).filePath(QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height())));
}

} // namespace Screenshots
