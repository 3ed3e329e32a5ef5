// ProjectDocument without widgets: one diff and one validation per change, undo/redo as the clean
// state, drafts written and removed, a reload that keeps my edits.
#include "editing/ProjectDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
Project sampleProject()
{
    Project p;
    p.setId(u"p-1"_s);
    p.setValue(u"name"_s, u"Alpha"_s);
    p.setValue(u"code"_s, u"A-1"_s);
    p.setValue(u"organization_code"_s, u"ORG-1"_s);
    p.facts().lastModified = u"2026-01-02T03:04:05.000Z"_s;
    return p;
}
} // namespace

class TestProjectDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneDiffPerEdit()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        QSignalSpy state(&doc, &ProjectDocument::stateChanged);
        const int before = doc.diffCount();
        doc.editField(u"name"_s, u"Alpha B"_s);
        QCOMPARE(doc.diffCount() - before, 1);
        QCOMPARE(doc.updateBody(), (QJsonObject{{u"name"_s, u"Alpha B"_s}}));
        QCOMPARE(doc.modifiedKeys(), QStringList{u"name"_s});
        QCOMPARE(state.count(), 1);
        // Typing on in the same field merges into the same undo step: still one diff per keystroke.
        doc.editField(u"name"_s, u"Alpha Be"_s);
        QCOMPARE(doc.diffCount() - before, 2);
        QCOMPARE(doc.undoStack()->count(), 1);
        // Readers never compute it again.
        for (int i = 0; i < 3; ++i) {
            (void)doc.updateBody();
            (void)doc.problems();
            (void)doc.canSave();
        }
        QCOMPARE(doc.diffCount() - before, 2);
    }

    void restoringManyFieldsIsOneDiff()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        const int before = doc.diffCount();
        doc.restoreValues({{u"name"_s, u"N"_s}, {u"code"_s, u"C"_s}, {u"organization_code"_s, u"O"_s}},
                          u"Restore"_s);
        QCOMPARE(doc.diffCount() - before, 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.updateBody(),
                 (QJsonObject{{u"name"_s, u"N"_s}, {u"code"_s, u"C"_s}, {u"organization_code"_s, u"O"_s}}));
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.updateBody(), QJsonObject());
    }

    void unchangedValueIsNoEdit()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        doc.editField(u"name"_s, u"Alpha"_s);
        QCOMPARE(doc.undoStack()->count(), 0);
        doc.editField(u"no_such_field"_s, u"x"_s);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void editBackToLoadedIsClean()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        QSignalSpy modified(&doc, &ProjectDocument::modificationChanged);
        doc.editField(u"code"_s, u"A-2"_s);
        QVERIFY(doc.isModified());
        doc.editField(u"code"_s, u"A-1"_s);
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(modified.at(0).at(0).toBool(), true);
        QCOMPARE(modified.at(1).at(0).toBool(), false);
    }

    void validationBlocksSave()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        doc.editField(u"name"_s, u""_s);
        QCOMPARE(doc.problems().size(), 1);
        QCOMPARE(doc.problems().first().field, u"name"_s);
        QVERIFY(!doc.canSave());
        // A check while typing on the same field is not shown twice; one on another field is added.
        doc.setLiveIssues({{u"name"_s, u"Name: typing"_s}, {u"code"_s, u"Code: typing"_s}});
        QCOMPARE(doc.problems().size(), 2);
        QCOMPARE(doc.problems().at(1), (ValidationIssue{u"code"_s, u"Code: typing"_s}));
        doc.setLiveIssues({});
        doc.editField(u"name"_s, u"Beta"_s);
        QVERIFY(doc.problems().isEmpty());
        QVERIFY(doc.canSave());
        doc.setLocked(true);
        QVERIFY(!doc.canSave());
        doc.editField(u"name"_s, u"Gamma"_s); // refused while a save is in flight
        QCOMPARE(doc.edited().name(), u"Beta"_s);
    }

    void serverIssueGoesWhenFieldIsEdited()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        doc.setServerIssues(
            {{u"custom_fields[1].key"_s, u"Custom fields: taken"_s}, {u"code"_s, u"Code: bad"_s}});
        QCOMPARE(doc.shownIssues().size(), 2);
        doc.editField(u"code"_s, u"A-9"_s);
        QCOMPARE(doc.shownIssues(),
                 (ValidationIssues{{u"custom_fields[1].key"_s, u"Custom fields: taken"_s}}));
        QVERIFY(doc.problems().isEmpty()); // the server's complaints do not block a retry
    }

    void revertFieldAndAll()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        doc.editField(u"name"_s, u"N"_s);
        doc.editField(u"code"_s, u"C"_s);
        doc.revertField(u"name"_s);
        QCOMPARE(doc.updateBody(), (QJsonObject{{u"code"_s, u"C"_s}}));
        doc.revertAll();
        QVERIFY(!doc.isModified());
        // Revert all is undoable: Redo brings the steps back one by one.
        doc.undoStack()->redo();
        QCOMPARE(doc.edited().name(), u"N"_s);
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.edited().name(), u"Alpha"_s);
        QCOMPARE(doc.edited().code(), u"C"_s);
    }

    void draftFollowsTheEdits()
    {
        QTemporaryDir dir;
        ProjectDraftStore drafts(dir.path());
        ProjectDocument doc(&drafts);
        doc.setProfileId(u"profile-1"_s);
        doc.reset(sampleProject());
        doc.editField(u"code"_s, u"DRAFT"_s);
        doc.flushDraft();
        const std::optional<ProjectDraft> draft = drafts.load(u"profile-1"_s, u"p-1"_s);
        QVERIFY(draft);
        QCOMPARE(draft->values, (QJsonObject{{u"code"_s, u"DRAFT"_s}}));
        QCOMPARE(draft->baseLastModified, u"2026-01-02T03:04:05.000Z"_s);
        QCOMPARE(doc.storedDraft()->values, draft->values);
        // Suspended while the user decides about a stored draft: the stored one stays as it was.
        doc.setDraftWritesSuspended(true);
        doc.editField(u"code"_s, u"OTHER"_s);
        doc.flushDraft();
        QCOMPARE(drafts.load(u"profile-1"_s, u"p-1"_s)->values, (QJsonObject{{u"code"_s, u"DRAFT"_s}}));
        doc.setDraftWritesSuspended(false);
        // Back at the loaded state: nothing to keep.
        doc.revertAll();
        doc.flushDraft();
        QVERIFY(!drafts.contains(u"profile-1"_s, u"p-1"_s));
    }

    void reloadKeepsMineOneRedoAway()
    {
        ProjectDocument doc;
        doc.reset(sampleProject());
        doc.editField(u"name"_s, u"Mine"_s);
        doc.editField(u"code"_s, u"MINE"_s);
        Project server = sampleProject();
        server.setValue(u"code"_s, u"THEIRS"_s);
        server.facts().lastModified = u"2026-01-03T00:00:00.000Z"_s;
        const QStringList dropped = doc.reloadKeepingMine(server, doc.updateBody());
        QCOMPARE(dropped, QStringList{u"Code"_s});
        QCOMPARE(doc.loaded().code(), u"THEIRS"_s);
        QCOMPARE(doc.edited().code(), u"THEIRS"_s);
        QCOMPARE(doc.updateBody(), (QJsonObject{{u"name"_s, u"Mine"_s}}));
        doc.undoStack()->redo();
        QCOMPARE(doc.edited().code(), u"MINE"_s);
    }

    void fieldKeyOfPath()
    {
        QCOMPARE(ProjectDocument::fieldKeyOfPath(u"custom_fields[2].key"_s), u"custom_fields"_s);
        QCOMPARE(ProjectDocument::fieldKeyOfPath(u"features.reporting.access"_s), u"features"_s);
        QCOMPARE(ProjectDocument::fieldKeyOfPath(u"name"_s), u"name"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "TestProjectDocument.moc"
