// ProjectSaveFlow against the in-process sandbox, with no widget: the exact PUT bodies, each conflict
// choice, failures that keep the edits and the draft, and a dropped save that stays dropped.
#include "tests/support/SandboxFixture.h"

#include "api/SsapiClient.h"
#include "editing/ProjectDocument.h"
#include "editing/ProjectSaveFlow.h"
#include "models/IsoDate.h"
#include "models/ProjectCodec.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

using namespace ForgeDeskTest;

namespace {
const QString kProfile = u"profile-1"_s;
} // namespace

class TestProjectSaveFlow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDraftStore> m_drafts;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ProjectSaveFlow> m_flow;
    QString m_id;

    Project serverProject() const { return m_sandbox->storedProject(m_id); }
    QList<QJsonObject> putBodies() const { return m_sandbox->putBodies(); }
    QList<QByteArray> methods() const { return m_sandbox->methods(); }
    void someoneElseEdits()
    {
        QJsonObject read = m_sandbox->server->project(m_id);
        read.insert(u"project_code"_s, u"THEIRS"_s);
        read.insert(u"project_organization_code"_s, u"ORG-THEIRS"_s);
        read.insert(u"project_last_modified"_s, IsoDate::format(QDateTime::currentDateTimeUtc().addSecs(60)));
        m_sandbox->server->putProject(read);
    }
    // Edits name and code, lets someone else edit code and organization code, and saves into the conflict.
    void saveIntoConflict()
    {
        m_doc->editField(u"name"_s, u"Mine"_s);
        m_doc->editField(u"code"_s, u"MINE"_s);
        someoneElseEdits();
        QSignalSpy conflict(m_flow.get(), &ProjectSaveFlow::conflictFound);
        m_flow->start();
        m_flow->confirm();
        QVERIFY(conflict.wait(10000));
        const auto theirs = conflict.first().at(1).value<QList<FieldChange>>();
        QStringList theirKeys;
        for (const FieldChange& c : theirs)
            theirKeys.append(c.field->key);
        QCOMPARE(theirKeys, (QStringList{u"code"_s, u"organization_code"_s}));
        QCOMPARE(conflict.first().at(2).toStringList(), (QStringList{u"code"_s, u"name"_s}));
        QCOMPARE(m_flow->stage(), ProjectSaveFlow::Stage::ChoosingConflict);
        QVERIFY(m_doc->isLocked());
        QCOMPARE(methods(), QList<QByteArray>{"GET"});
    }
    bool confirmAndWaitSaved()
    {
        QSignalSpy saved(m_flow.get(), &ProjectSaveFlow::projectSaved);
        m_flow->start();
        m_flow->confirm();
        return saved.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_drafts = std::make_unique<ProjectDraftStore>(m_dir->path());
        m_doc = std::make_unique<ProjectDocument>(m_drafts.get());
        m_doc->setProfileId(kProfile);
        m_id = m_sandbox->server->projectIds().first();
        m_doc->reset(serverProject());
        m_flow = std::make_unique<ProjectSaveFlow>(m_sandbox->client.get(), m_doc.get());
        m_sandbox->server->clearRequests();
    }
    void cleanup()
    {
        m_flow.reset();
        m_doc.reset();
        m_drafts.reset();
        m_sandbox.reset();
    }

    void previewShowsTheChanges()
    {
        m_doc->editField(u"name"_s, u"Preview me"_s);
        QSignalSpy preview(m_flow.get(), &ProjectSaveFlow::previewPrepared);
        m_flow->start();
        QCOMPARE(preview.count(), 1);
        const auto changes = preview.first().at(0).value<QList<FieldChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field->key, u"name"_s);
        QCOMPARE(changes.first().after.toString(), u"Preview me"_s);
        QCOMPARE(m_flow->stage(), ProjectSaveFlow::Stage::Previewing);
        QVERIFY(!m_flow->isSaving()); // a preview does not lock the document yet
        m_flow->decline();
        m_flow->confirm(); // too late: the preview was declined
        QCOMPARE(m_flow->stage(), ProjectSaveFlow::Stage::Idle);
        QVERIFY(m_sandbox->server->requests().isEmpty());
    }

    void nothingToSaveDoesNothing()
    {
        QSignalSpy preview(m_flow.get(), &ProjectSaveFlow::previewPrepared);
        m_flow->start();
        QCOMPARE(preview.count(), 0);
        m_doc->editField(u"name"_s, u""_s); // invalid: Save is blocked
        m_flow->start();
        QCOMPARE(preview.count(), 0);
    }

    void savesExactlyTheDiff()
    {
        m_doc->editField(u"name"_s, u"Saved name"_s);
        m_doc->editField(u"organization_code"_s, u"ORG-NEW"_s);
        QSignalSpy saving(m_flow.get(), &ProjectSaveFlow::savingChanged);
        QSignalSpy status(m_flow.get(), &ProjectSaveFlow::statusMessagePosted);
        QVERIFY(confirmAndWaitSaved());
        QCOMPARE(methods(), (QList<QByteArray>{"GET", "PUT"})); // conflict check, then the update
        QCOMPARE(putBodies(), (QList<QJsonObject>{
                                  {{u"name"_s, u"Saved name"_s}, {u"organization_code"_s, u"ORG-NEW"_s}}}));
        QCOMPARE(serverProject().name(), u"Saved name"_s);
        QCOMPARE(m_doc->loaded().name(), u"Saved name"_s);
        QCOMPARE(m_doc->loaded().text(u"organization_code"_s), u"ORG-NEW"_s);
        QVERIFY(!m_doc->isModified());
        QVERIFY(!m_doc->isLocked());
        QVERIFY(!m_drafts->contains(kProfile, m_id));
        QCOMPARE(saving.count(), 2);
        QCOMPARE(status.last().at(0).toString(), u"Saved “Saved name”."_s);
        QVERIFY(m_flow->errorText().isEmpty());
        // The merged project keeps what the PUT answer lacks, so the next save is no conflict.
        m_sandbox->server->clearRequests();
        m_doc->editField(u"code"_s, u"NEXT"_s);
        QVERIFY(confirmAndWaitSaved());
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"code"_s, u"NEXT"_s}}}));
    }

    void answerWithoutTimeIsNoConflictNextTime()
    {
        // The update's answer has no last_updated: the saved version keeps the time it was loaded
        // with, older than the server's. The next check finds the same fields: no conflict, and the
        // merged version then carries the server's time.
        m_sandbox->server->setUpdateAnswerWithoutLastUpdated(true);
        const QString loadedAt = m_doc->loaded().facts().lastModified;
        m_doc->editField(u"name"_s, u"Saved name"_s);
        QVERIFY(confirmAndWaitSaved());
        QCOMPARE(m_doc->loaded().facts().lastModified, loadedAt);
        QVERIFY(m_flow->isEchoOfMine(serverProject()));
        m_sandbox->server->clearRequests();
        m_doc->editField(u"code"_s, u"NEXT"_s);
        QSignalSpy conflict(m_flow.get(), &ProjectSaveFlow::conflictFound);
        QVERIFY(confirmAndWaitSaved());
        QCOMPARE(conflict.count(), 0);
        QCOMPARE(methods(), (QList<QByteArray>{"GET", "PUT"}));
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"code"_s, u"NEXT"_s}}}));
        QVERIFY(m_doc->loaded().facts().lastModified != loadedAt);
        // Someone else's field change is no echo.
        QJsonObject read = m_sandbox->server->project(m_id);
        read.insert(u"project_code"_s, u"THEIRS"_s);
        m_sandbox->server->putProject(read);
        QVERIFY(!m_flow->isEchoOfMine(serverProject()));
    }

    void conflictOverwrite()
    {
        saveIntoConflict();
        QSignalSpy saved(m_flow.get(), &ProjectSaveFlow::projectSaved);
        m_flow->overwrite();
        QVERIFY(saved.wait(10000));
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Mine"_s}, {u"code"_s, u"MINE"_s}}}));
        QCOMPARE(serverProject().code(), u"MINE"_s);
        QCOMPARE(m_doc->loaded().text(u"organization_code"_s), u"ORG-THEIRS"_s);
    }

    void conflictKeepTheirs()
    {
        saveIntoConflict();
        QSignalSpy saved(m_flow.get(), &ProjectSaveFlow::projectSaved);
        m_flow->keepTheirs();
        QVERIFY(saved.wait(10000));
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Mine"_s}}}));
        QCOMPARE(m_doc->loaded().code(), u"THEIRS"_s);
        QCOMPARE(m_doc->loaded().name(), u"Mine"_s);
        QVERIFY(!m_doc->isModified());
    }

    void conflictKeepTheirsWithNothingLeft()
    {
        m_doc->editField(u"code"_s, u"MINE"_s);
        someoneElseEdits();
        QSignalSpy conflict(m_flow.get(), &ProjectSaveFlow::conflictFound);
        m_flow->start();
        m_flow->confirm();
        QVERIFY(conflict.wait(10000));
        m_flow->keepTheirs();
        QVERIFY(putBodies().isEmpty());
        QCOMPARE(m_doc->loaded().code(), u"THEIRS"_s);
        QCOMPARE(m_doc->edited().code(), u"THEIRS"_s);
        QVERIFY(!m_doc->isLocked());
        QCOMPARE(m_flow->stage(), ProjectSaveFlow::Stage::Idle);
    }

    void conflictReload()
    {
        saveIntoConflict();
        QSignalSpy status(m_flow.get(), &ProjectSaveFlow::statusMessagePosted);
        m_flow->reload();
        QVERIFY(putBodies().isEmpty());
        QVERIFY(!m_doc->isLocked());
        QCOMPARE(m_doc->loaded().code(), u"THEIRS"_s);
        QCOMPARE(m_doc->updateBody(), (QJsonObject{{u"name"_s, u"Mine"_s}}));
        QCOMPARE(status.last().at(0).toString(),
                 u"Reloaded the server's version; Code now show their values (Redo brings yours back)."_s);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->edited().code(), u"MINE"_s);
        // The next save is no longer a conflict.
        m_sandbox->server->clearRequests();
        m_doc->undoStack()->undo();
        QVERIFY(confirmAndWaitSaved());
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Mine"_s}}}));
    }

    void conflictCancelled()
    {
        saveIntoConflict();
        m_flow->cancelConflict();
        QVERIFY(putBodies().isEmpty());
        QVERIFY(!m_doc->isLocked());
        QVERIFY(!m_flow->isSaving());
        QCOMPARE(m_doc->updateBody(), (QJsonObject{{u"name"_s, u"Mine"_s}, {u"code"_s, u"MINE"_s}}));
        m_flow->overwrite(); // the choice is over: nothing is sent
        QVERIFY(putBodies().isEmpty());
    }

    void failedPutKeepsEditsAndDraft()
    {
        m_sandbox->server->addFault({FaultKind::Status500, 1, "PUT", {}});
        m_doc->editField(u"name"_s, u"Will fail"_s);
        QSignalSpy error(m_flow.get(), &ProjectSaveFlow::errorTextChanged);
        m_flow->start();
        m_flow->confirm();
        QTRY_VERIFY_WITH_TIMEOUT(!m_flow->errorText().isEmpty(), 10000);
        QVERIFY(m_flow->errorText().startsWith(u"The changes were not saved: "_s));
        QVERIFY(m_flow->errorText().endsWith(
            u"\nYour changes are still here and stored as a draft; nothing was lost."_s));
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Will fail"_s}}}));
        QVERIFY(m_doc->isModified());
        QVERIFY(!m_doc->isLocked());
        QVERIFY(m_doc->canSave()); // can try again
        QCOMPARE(m_doc->edited().name(), u"Will fail"_s);
        ProjectDraftStore other(m_dir->path()); // on disk already, as a restarted process reads it
        const auto draft = other.load(kProfile, m_id);
        QVERIFY(draft);
        QCOMPARE(draft->values, (QJsonObject{{u"name"_s, u"Will fail"_s}}));
        QVERIFY(serverProject().name() != u"Will fail"_s);
        // Retrying succeeds and clears the error and the draft.
        m_sandbox->server->clearRequests();
        QVERIFY(confirmAndWaitSaved());
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Will fail"_s}}}));
        QVERIFY(m_flow->errorText().isEmpty());
        QVERIFY(!m_drafts->contains(kProfile, m_id));
    }

    void failedCheckSendsNothing()
    {
        m_sandbox->server->addFault({FaultKind::Status500, 1, "GET", {}});
        m_doc->editField(u"name"_s, u"Unchecked"_s);
        m_flow->start();
        m_flow->confirm();
        QTRY_VERIFY_WITH_TIMEOUT(!m_flow->errorText().isEmpty(), 10000);
        QVERIFY(
            m_flow->errorText().startsWith(u"Could not check the project on the server before saving: "_s));
        QVERIFY(putBodies().isEmpty());
        QVERIFY(m_doc->isModified());
        QVERIFY(!m_doc->isLocked());
    }

    void notConnectedKeepsEdits()
    {
        ProjectSaveFlow offline(nullptr, m_doc.get());
        m_doc->editField(u"name"_s, u"Offline"_s);
        offline.start();
        offline.confirm();
        QCOMPARE(offline.errorText(),
                 u"Not connected: the changes were kept and can be saved once connected."_s);
        QVERIFY(!m_doc->isLocked());
        QVERIFY(m_doc->isModified());
    }

    void abandonedSaveStaysAbandoned()
    {
        m_doc->editField(u"name"_s, u"First"_s);
        QSignalSpy saved(m_flow.get(), &ProjectSaveFlow::projectSaved);
        QSignalSpy error(m_flow.get(), &ProjectSaveFlow::errorTextChanged);
        m_flow->start();
        m_flow->confirm();
        QVERIFY(m_flow->isSaving());
        m_flow->abandon(); // the re-fetch is cancelled; its (Cancelled) answer is not a failure to show
        QVERIFY(!m_flow->isSaving());
        QVERIFY(!m_doc->isLocked());
        QVERIFY(error.isEmpty());
        QVERIFY(m_flow->errorText().isEmpty());
        // A later save goes through on its own; the abandoned one never sent its PUT.
        m_doc->editField(u"code"_s, u"SECOND"_s);
        QVERIFY(confirmAndWaitSaved());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(putBodies(), (QList<QJsonObject>{{{u"name"_s, u"First"_s}, {u"code"_s, u"SECOND"_s}}}));
    }

    void mergeKeepsWhatTheAnswerLacks()
    {
        Project base;
        base.setId(u"p-1"_s);
        base.setValue(u"name"_s, u"Old"_s);
        base.setValue(u"code"_s, u"C-1"_s);
        base.facts().lastModified = u"2026-01-01T00:00:00.000Z"_s;
        base.facts().names.insert(u"g-1"_s, u"Group one"_s);
        Project response;
        response.setValue(u"name"_s, u"New"_s);
        response.facts().lastModified = u"2026-01-02T00:00:00.000Z"_s;
        const Project merged =
            ProjectSaveFlow::mergeSaved(response, base, QJsonObject{{u"organization_code"_s, u"ORG"_s}});
        QCOMPARE(merged.id(), u"p-1"_s);
        QCOMPARE(merged.name(), u"New"_s);
        QCOMPARE(merged.code(), u"C-1"_s);                       // silent in the answer: base
        QCOMPARE(merged.text(u"organization_code"_s), u"ORG"_s); // silent, but sent: mine
        QCOMPARE(merged.facts().lastModified, u"2026-01-02T00:00:00.000Z"_s);
        QCOMPARE(merged.facts().names.value(u"g-1"_s), u"Group one"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectSaveFlow)
#include "TestProjectSaveFlow.moc"
