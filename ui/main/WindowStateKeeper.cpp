#include "ui/main/WindowStateKeeper.h"

#include "models/PrivateStorage.h"

#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kGroup = u"windowState"_s;

// Only named widgets are kept: the object name is the key, and it is what survives a restart.
template <typename W> QList<W*> named(QMainWindow* window)
{
    QList<W*> out;
    for (W* w : window->findChildren<W*>()) {
        if (!w->objectName().isEmpty())
            out.append(w);
    }
    return out;
}

} // namespace

WindowStateKeeper::WindowStateKeeper(QMainWindow* window, const QString& fileName)
    : QObject(window)
    , m_window(window)
    , m_fileName(fileName)
{}

bool WindowStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        if (auto* splitter = qobject_cast<QSplitter*>(watched);
            splitter && m_splitterStates.contains(splitter)) {
            splitter->removeEventFilter(this);
            splitter->restoreState(m_splitterStates.take(splitter));
        }
    }
    return QObject::eventFilter(watched, event);
}

std::unique_ptr<QSettings> WindowStateKeeper::settings() const
{
    return m_fileName.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(m_fileName, QSettings::IniFormat);
}

void WindowStateKeeper::save() const
{
    auto s = settings();
    s->beginGroup(kGroup);
    s->setValue(u"geometry"_s, m_window->saveGeometry());
    s->setValue(u"mainWindow"_s, m_window->saveState());
    for (QSplitter* splitter : named<QSplitter>(m_window))
        s->setValue(u"splitter/"_s + splitter->objectName(), splitter->saveState());
    for (QTabWidget* tabs : named<QTabWidget>(m_window))
        s->setValue(u"tab/"_s + tabs->objectName(), tabs->currentIndex());
    for (QHeaderView* header : named<QHeaderView>(m_window))
        s->setValue(u"header/"_s + header->objectName(), header->saveState());
    s->endGroup();
    s->sync();
    if (s->status() == QSettings::NoError && QFile::exists(s->fileName()))
        QFile::setPermissions(s->fileName(), PrivateStorage::kFileMode);
}

bool WindowStateKeeper::restore()
{
    auto s = settings();
    s->beginGroup(kGroup);
    if (!s->contains(u"geometry"_s))
        return false;
    m_window->restoreGeometry(s->value(u"geometry"_s).toByteArray());
    m_window->restoreState(s->value(u"mainWindow"_s).toByteArray());
    // A splitter's sizes only hold once it has its final size, which it has when it is first shown (a
    // splitter on a tab not open yet, later): each is restored then.
    for (QSplitter* splitter : named<QSplitter>(m_window)) {
        const QVariant v = s->value(u"splitter/"_s + splitter->objectName());
        if (!v.isValid())
            continue;
        if (splitter->isVisible()) {
            splitter->restoreState(v.toByteArray());
        } else {
            m_splitterStates.insert(splitter, v.toByteArray());
            splitter->installEventFilter(this);
        }
    }
    for (QTabWidget* tabs : named<QTabWidget>(m_window)) {
        const QVariant v = s->value(u"tab/"_s + tabs->objectName());
        if (v.isValid() && v.toInt() >= 0 && v.toInt() < tabs->count())
            tabs->setCurrentIndex(v.toInt());
    }
    for (QHeaderView* header : named<QHeaderView>(m_window)) {
        const QVariant v = s->value(u"header/"_s + header->objectName());
        if (v.isValid())
            header->restoreState(v.toByteArray());
    }
    return true;
}
