#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QMainWindow;
class QSettings;

// Keeps a main window's layout across restarts: its geometry and dock/toolbar state, every QSplitter's
// sizes, every QTabWidget's open tab and every QHeaderView's columns (order, widths, hidden ones, sort),
// each under its object name in QSettings ("windowState/…"). The settings file is made owner-only
// (0600), as ForgeDesk's other client data.
class WindowStateKeeper : public QObject
{
    Q_OBJECT
public:
    // `fileName` empty: the application's default QSettings.
    explicit WindowStateKeeper(QMainWindow* window, const QString& fileName = {});

    void save() const;
    // False when nothing was stored (first start): the window keeps its built-in layout.
    bool restore();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::unique_ptr<QSettings> settings() const;

    QMainWindow* m_window;
    QString m_fileName;
    QHash<QObject*, QByteArray> m_splitterStates; // restored, waiting for the window to be shown
};
