#pragma once

#include <QObject>

class ProjectDraftStore;
class QWidget;

// Tells the user when a stored draft could not be read and was moved aside, naming the file, so that
// edits never vanish silently (the store keeps the bytes; the user decides what to do with them).
class DraftProblemNotifier : public QObject
{
    Q_OBJECT
public:
    DraftProblemNotifier(ProjectDraftStore* drafts, QWidget* window);

private:
    void report(const QString& movedTo, const QString& reason);

    QWidget* m_window;
};
