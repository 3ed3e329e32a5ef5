#include "ui/main/DraftProblemNotifier.h"

#include "models/ProjectDraftStore.h"
#include "ui/common/Dialogs.h"

#include <QDir>
#include <QWidget>

using namespace Qt::StringLiterals;

DraftProblemNotifier::DraftProblemNotifier(ProjectDraftStore* drafts, QWidget* window)
    : QObject(window)
    , m_window(window)
{
    if (drafts)
        connect(drafts, &ProjectDraftStore::draftCorrupted, this, &DraftProblemNotifier::report);
}

void DraftProblemNotifier::report(const QString& movedTo, const QString& reason)
{
    Dialogs::warn(m_window, tr("Draft could not be read"),
                  tr("A draft of unsaved changes could not be read (%1), so it was not offered back.\n\n"
                     "It was moved aside to:\n%2\n\nIt may still hold edits you want to copy by hand.")
                      .arg(reason, QDir::toNativeSeparators(movedTo)));
}
