// ProjectEditor, part three: a newer version of the open project arrived from the server (live
// events). Kept apart so that the form and save halves stay as they are.
#include "ui/editor/ProjectEditor.h"

#include "models/IsoDate.h"
#include "models/ProjectDiff.h"
#include "ui/editor/ServerChangeBanner.h"

#include <QLocale>
#include <QUndoStack>

using namespace Qt::StringLiterals;

void ProjectEditor::offerServerVersion(const Project& server, const QString& who, const QDateTime& when)
{
    if (server.id().isEmpty() || server.id() != m_loaded.id())
        return;
    const QDateTime theirs = IsoDate::parse(server.facts().lastModified);
    const QDateTime ours = IsoDate::parse(m_loaded.facts().lastModified);
    if (theirs.isValid() && ours.isValid() && theirs <= ours)
        return; // our own save coming back, or an older copy
    const QString at = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    if (!hasUnsavedChanges() && !m_saving && !m_draftQuestionOpen) {
        resetTo(server);
        m_serverBanner->showRefreshed(who, at);
        Q_EMIT statusMessage(
            u"“%1” changed on the server by %2; showing the new version."_s.arg(server.name(), who));
        return;
    }
    // Every local edit stays; Review (or the check at Save) compares them with this version.
    m_serverVersion = server;
    m_serverBanner->showChanged(who, at);
    Q_EMIT statusMessage(
        u"“%1” changed on the server by %2; your unsaved changes are kept."_s.arg(server.name(), who));
}

void ProjectEditor::reviewServerVersion()
{
    if (m_serverVersion.id() != m_loaded.id() || m_saving)
        return;
    m_serverBanner->hide();
    onConflict(m_serverVersion, ProjectDiff::updateBody(m_loaded, m_edited));
}
