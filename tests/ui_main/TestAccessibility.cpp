#include "tests/support/MainWindowFixture.h"

#include "tests/support/RetestFixtures.h"

#include "models/IsoDate.h"
#include "models/ProjectCodec.h"
#include "models/VulnerabilityPickerModel.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/main/ConnectionsDialog.h"
#include "ui/main/ProjectListView.h"
#include "ui/retest/BulkRetestDialog.h"
#include "ui/retest/RequestRetestDialog.h"
#include "ui/retest/RetestRoundsPanel.h"
#include "ui/retest/UpdateRoundDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

// Every input in the window and in each of its dialogs has an accessible name that says what it is:
// where a label (or a check box's own text) names it, the accessible name contains that text; no two
// controls of one window share a name (two "Retest" boxes tell a screen-reader user nothing); and what
// assistive tools read as the Name is that name, not a combo box's current value.
class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    static bool isInput(QWidget* w)
    {
        return qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
               qobject_cast<QTextEdit*>(w) || qobject_cast<QComboBox*>(w) ||
               qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QCheckBox*>(w) ||
               qobject_cast<QAbstractItemView*>(w);
    }
    // Parts of composite widgets (a combo box's line edit, a date edit's calendar) are named by the whole.
    static bool isInternalPart(QWidget* w)
    {
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p) ||
                qobject_cast<QCalendarWidget*>(p) || qobject_cast<QAbstractItemView*>(p) ||
                qobject_cast<QTabBar*>(p) || qobject_cast<QLineEdit*>(p))
                return true;
        }
        return false;
    }
    static QString visibleText(const QString& label)
    {
        QString text = label;
        text.remove(QRegularExpression(u"<[^>]*>"_s)); // rich-text labels
        text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s);
        text = text.trimmed();
        while (text.endsWith(u':') || text.endsWith(u'*'))
            text.chop(1);
        return text.trimmed();
    }

    static QStringList problemsIn(QWidget* root)
    {
        QHash<QWidget*, QString> labelFor;
        for (QLabel* label : root->findChildren<QLabel*>()) {
            if (label->buddy())
                labelFor.insert(label->buddy(), visibleText(label->text()));
        }
        QStringList problems;
        QHash<QString, QString> seen; // accessible name -> the control that has it
        for (QWidget* w : root->findChildren<QWidget*>()) {
            const bool button = qobject_cast<QAbstractButton*>(w) && !qobject_cast<QCheckBox*>(w);
            if ((!isInput(w) && !button) || isInternalPart(w) || w->objectName().startsWith(u"qt_"_s))
                continue; // Qt's own hidden overflow buttons are not ours to name
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            // What assistive tools get (over AT-SPI, the interface's Name), not only the property.
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            const QString where =
                QString::fromLatin1(w->metaObject()->className()) + u" '"_s + w->objectName() + u'\'';
            if (name.trimmed().isEmpty()) {
                problems.append(where + u" has no accessible name"_s);
                continue;
            }
            if (!w->accessibleName().isEmpty() && name != w->accessibleName())
                problems.append(where + u": announced as “"_s + name +
                                u"” instead of its accessible name “"_s + w->accessibleName() + u"”"_s);
            // Two buttons for one action (toolbar and editor) are one control to the user.
            auto* tool = qobject_cast<QToolButton*>(w);
            const QString identity = tool && tool->defaultAction()
                                         ? QString(u"action "_s + tool->defaultAction()->text())
                                         : QString(where + u" @"_s + QString::number(quintptr(w), 16));
            if (seen.contains(name) && seen.value(name) != identity)
                problems.append(where + u" and "_s + seen.value(name) + u" share the accessible name “"_s +
                                name + u"”"_s);
            seen.insert(name, identity);
            if (button)
                continue;
            // A check box is named by its own text; a group label in front names the group, not each box.
            // Item views may carry a changing caption (a date) as their label; their name must still exist.
            auto* box = qobject_cast<QCheckBox*>(w);
            if (box) {
                if (!box->text().isEmpty() && !visibleText(name).contains(visibleText(box->text())))
                    problems.append(where + u": accessible name “"_s + name + u"” but text “"_s +
                                    box->text() + u"”"_s);
                continue;
            }
            if (qobject_cast<QAbstractItemView*>(w))
                continue;
            if (labelFor.contains(w) && !visibleText(name).contains(labelFor.value(w)))
                problems.append(where + u": accessible name “"_s + name + u"” but label “"_s +
                                labelFor.value(w) + u"”"_s);
        }
        return problems;
    }

    static void checkNoProblems(QWidget* root)
    {
        QVERIFY(root);
        const QStringList problems = problemsIn(root);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    static QString nameOf(QWidget* w)
    {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

    // A window on the sandbox with the retest project (rounds and vulnerabilities known) opened.
    static void openRetestProject(MainWindowFixture& f)
    {
        f.server->putProject(ProjectCodec::toReadJson(
            RetestFixtures::makeProject(RetestFixtures::kProject, u"Payments API"_s)));
        f.server->setVulnerabilities(RetestFixtures::kProject, RetestFixtures::vulnerabilitiesJson(u"a-"_s));
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
        f.window.projectList()->selectProject(RetestFixtures::kProject);
        QTRY_COMPARE(f.window.editor()->loadedProject().id(), RetestFixtures::kProject);
    }

    static void typeName(MainWindowFixture& f, const QString& text)
    {
        auto* line = qobject_cast<QLineEdit*>(f.window.editor()->form()->editor(u"name"_s)->inputWidget());
        f.window.editor()->form()->focusField(u"name"_s);
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(line, text);
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void mainWindowAndEditorSections()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        QTRY_VERIFY(f.session.catalog().portfoliosKnown);
        checkNoProblems(&f.window);
    }

    // The ones the audit found, spelled out: combo boxes are announced by their label, not their value,
    // and the team and admin notification boxes say which list they belong to.
    void comboBoxesAndNotificationBoxesSayWhatTheyAre()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        ProjectForm* form = f.window.editor()->form();
        QCOMPARE(nameOf(form->editor(u"scoringSystem"_s)->inputWidget()), u"Scoring system"_s);
        QCOMPARE(nameOf(form->editor(u"isOnHold"_s)->inputWidget()), u"On hold"_s);
        QCOMPARE(nameOf(form->editor(u"new_vulnerability_email_type"_s)->inputWidget()),
                 u"New vulnerability e-mail type"_s);
        QCOMPARE(nameOf(form->editor(u"sla_activation"_s)->inputWidget()), u"SLA activation"_s);
        FieldEditor* access = form->editor(u"features"_s);
        QCOMPARE(nameOf(access->findChild<QComboBox*>(u"attack_chainsLevelBox"_s)),
                 u"Attack chains: Minimum access level"_s);
        QCOMPARE(nameOf(access->findChild<QComboBox*>(u"reportingLevelBox"_s)),
                 u"Reporting: Minimum access level"_s);
        QCOMPARE(nameOf(access->findChild<QComboBox*>(u"retestingLevelBox"_s)),
                 u"Retesting: Minimum access level"_s);
        FieldEditor* team = form->editor(u"team_notifications"_s);
        FieldEditor* admin = form->editor(u"admin_notifications"_s);
        for (const QString& choice : {u"retest"_s, u"reopened"_s, u"closed"_s}) {
            const QString label = choice.at(0).toUpper() + choice.mid(1);
            QCOMPARE(nameOf(team->findChild<QCheckBox*>(choice + u"CheckBox"_s)),
                     u"Team notifications: "_s + label);
            QCOMPARE(nameOf(admin->findChild<QCheckBox*>(choice + u"CheckBox"_s)),
                     u"Admin notifications: "_s + label);
        }
    }

    void apiKeyDialog()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), u"not-the-key"_s);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<QDialog*>(u"apiKeyDialog"_s)));
        QTRY_VERIFY(dialog->isVisible());
        checkNoProblems(dialog);
    }

    void requestRetestDialog()
    {
        MainWindowFixture f;
        openRetestProject(f);
        f.window.activateWindow();
        QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
        RequestRetestDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<RequestRetestDialog*>()));
        QTRY_COMPARE(dialog->vulnerabilityModel()->rowCount(), 5);
        checkNoProblems(dialog);
    }

    void updateRoundDialog()
    {
        MainWindowFixture f;
        openRetestProject(f);
        auto* rounds = f.window.retestPanel()->findChild<QTableView*>(u"roundsView"_s);
        QTRY_VERIFY(rounds->model()->rowCount() > 0);
        rounds->setCurrentIndex(rounds->model()->index(0, 0));
        f.window.retestPanel()->updateRoundAction()->trigger();
        UpdateRoundDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<UpdateRoundDialog*>()));
        QTRY_VERIFY(dialog->isVisible());
        checkNoProblems(dialog);
    }

    void bulkRetestDialog()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        QTableView* table = f.window.projectList()->tableView();
        table->selectAll();
        QTRY_VERIFY(f.window.projectList()->selectedProjectIds().size() > 1);
        auto* bulk = f.window.findChild<QAction*>(u"bulkRetestAction"_s);
        QVERIFY(bulk);
        QTRY_VERIFY(bulk->isEnabled());
        bulk->trigger();
        BulkRetestDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<BulkRetestDialog*>()));
        QTRY_VERIFY(dialog->isVisible());
        checkNoProblems(dialog);
    }

    void diffPreviewDialog()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        typeName(f, u"Previewed"_s);
        f.window.editor()->saveAction()->trigger();
        DiffPreviewDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.editor()->findChild<DiffPreviewDialog*>()));
        QTRY_VERIFY(dialog->isVisible());
        checkNoProblems(dialog);
        dialog->reject();
    }

    void conflictDialog()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        const QString id = f.window.editor()->loadedProject().id();
        typeName(f, u"Mine"_s);
        // Someone else edits the project meanwhile.
        QJsonObject read = f.server->project(id);
        read.insert(u"project_code"_s, u"THEIRS"_s);
        read.insert(u"project_last_modified"_s, IsoDate::format(QDateTime::currentDateTimeUtc().addSecs(60)));
        f.server->putProject(read);
        f.window.editor()->saveAction()->trigger();
        DiffPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = f.window.editor()->findChild<DiffPreviewDialog*>()));
        QTRY_VERIFY(preview->isVisible());
        QTest::mouseClick(preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        ConflictDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.editor()->findChild<ConflictDialog*>()));
        QTRY_VERIFY(dialog->isVisible());
        checkNoProblems(dialog);
    }

    void connectionsDialog()
    {
        MainWindowFixture f;
        auto* dialog = new ConnectionsDialog(&f.profiles, &f.keys, &f.drafts, &f.cache, &f.window);
        dialog->open();
        checkNoProblems(dialog);
        dialog->close();
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
