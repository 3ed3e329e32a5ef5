#include "ui/main/LoadProgressBar.h"
#include "ui/common/UpdateThrottle.h"

#include <QLocale>

using namespace Qt::StringLiterals;

LoadProgressBar::LoadProgressBar(QWidget* parent)
    : QProgressBar(parent)
    , m_throttle(new UpdateThrottle(
          kIntervalMs, [this] { showFigures(m_done, m_total); }, this))
{
    setObjectName(u"loadProgress"_s);
    setMaximumWidth(180);
    setAccessibleName(tr("Loading progress"));
}

void LoadProgressBar::setProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    if (total > 0 && done >= total)
        showFigures(done, total); // the last figure at once
    else
        m_throttle->request();
}

void LoadProgressBar::showFigures(int done, int total)
{
    setRange(0, total > 0 ? total : 0);
    setValue(done);
    // "2,000 of 10,000", grouped as the user's locale groups digits.
    const QLocale locale;
    setFormat(total > 0 ? tr("%1 of %2").arg(locale.toString(done), locale.toString(total))
                        : locale.toString(done));
    setAccessibleDescription(format());
}
