#include "EditorTestBase.h"

#include "models/FieldValue.h"
#include "ui/common/Dialogs.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DiffPreviewDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ForgeDeskTest {

void EditorTestBase::startTest()
{
    Dialogs::setTestMode(true);
    f = std::make_unique<EditorFixture>();
    QVERIFY(QTest::qWaitForWindowActive(f->editor.get()));
}

QLineEdit* EditorTestBase::lineEdit(const QString& key) const
{
    return qobject_cast<QLineEdit*>(f->editor->form()->editor(key)->inputWidget());
}
void EditorTestBase::replaceText(const QString& key, const QString& text)
{
    QLineEdit* line = lineEdit(key);
    f->editor->form()->focusField(key);
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(line, text);
    QCOMPARE(line->text(), text);
}
DiffPreviewDialog* EditorTestBase::diffDialog() const
{
    for (DiffPreviewDialog* d : f->editor->findChildren<DiffPreviewDialog*>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}
ConflictDialog* EditorTestBase::conflictDialog() const
{
    for (ConflictDialog* d : f->editor->findChildren<ConflictDialog*>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}
QStringList EditorTestBase::saveAndConfirm()
{
    f->editor->saveAction()->trigger();
    DiffPreviewDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = diffDialog())); }();
    if (!dialog)
        return {};
    const QStringList labels = dialog->fieldLabels();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    return labels;
}
QJsonObject EditorTestBase::saveAndWait()
{
    QSignalSpy saved(f->editor.get(), &ProjectEditor::projectSaved);
    saveAndConfirm();
    if (!saved.wait(10000))
        return {{u"error"_s, QString(u"not saved: "_s + f->editor->errorLabel()->text())}};
    const QList<QJsonObject> bodies = f->putBodies();
    return bodies.isEmpty() ? QJsonObject() : bodies.last();
}
void EditorTestBase::checkSaved(const QJsonObject& expected)
{
    const QJsonObject body = saveAndWait();
    QCOMPARE(body, expected);
    QCOMPARE(f->methods(), (QList<QByteArray>{"GET", "PUT"})); // conflict check, then the update
    QVERIFY(!f->editor->hasUnsavedChanges());
    QVERIFY(!f->drafts->contains(u"profile-1"_s, f->projectId));
    const Project stored = f->serverProject();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it.key() != u"isOnHoldReason"_s) {
            const ProjectField* field = ProjectFields::find(it.key());
            QVERIFY2(FieldValue::equal(field->kind, stored.value(it.key()), it.value()),
                     qPrintable(it.key()));
            QVERIFY(FieldValue::equal(field->kind, f->editor->loadedProject().value(it.key()), it.value()));
        }
    }
}

} // namespace ForgeDeskTest
