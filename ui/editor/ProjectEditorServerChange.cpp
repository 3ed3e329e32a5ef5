// ProjectEditor, part two: a newer version of the open project arrived from the server (live
// events). Kept apart so the view's main file stays about the form and the save dialogs.
#include "ui/editor/ProjectEditor.h"

#include "editing/ProjectDocument.h"
#include "editing/ProjectSaveFlow.h"
#include "models/IsoDate.h"
#include "ui/editor/ServerChangeBanner.h"

#include <QLocale>

using namespace Qt::StringLiterals;

void ProjectEditor::offerServerVersion(const Project& server, const QString& who, const QDateTime& when)
{
    const Project& loaded = m_document->loaded();
    if (server.id().isEmpty() || server.id() != loaded.id())
        return;
    const QDateTime theirs = IsoDate::parse(server.facts().lastModified);
    const QDateTime ours = IsoDate::parse(loaded.facts().lastModified);
    if (theirs.isValid() && ours.isValid() && theirs <= ours)
        return; // our own save coming back, or an older copy
    const bool busy = isSaving() || m_saveFlow->stage() != ProjectSaveFlow::Stage::Idle;
    if (m_saveFlow->isEchoOfMine(server)) {
        // No banner. Without edits the newer facts (time, rounds, hold history) are taken quietly;
        // with edits or a save under way nothing changes: the check before the next PUT finds the
        // same fields and sends.
        if (!hasUnsavedChanges() && !busy)
            m_document->reset(server);
        return;
    }
    const QString at = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    if (!hasUnsavedChanges() && !busy) {
        m_document->reset(server);
        m_serverBanner->showRefreshed(who, at);
        Q_EMIT statusMessagePosted(
            tr("“%1” changed on the server by %2; showing the new version.").arg(server.name(), who));
        return;
    }
    // Every local edit stays; Review (or the check at Save) compares them with this version.
    m_serverVersion = server;
    m_serverBanner->showChanged(who, at);
    Q_EMIT statusMessagePosted(
        tr("“%1” changed on the server by %2; your unsaved changes are kept.").arg(server.name(), who));
}

void ProjectEditor::reviewServerVersion()
{
    if (m_serverVersion.id() != m_document->loaded().id())
        return;
    m_serverBanner->hide();
    // The save flow's conflict step, entered with the version the event brought: theirs vs. mine.
    m_saveFlow->review(m_serverVersion);
}
