// The main window in German: ForgeDesk's translation and Qt's own are loaded for the locale, and the
// menus, the editor's section titles and a validation message next to a field are German, and so are the
// texts the core libraries make: a refused key's message, table headers and states, the calendar's spoken
// days. The binary follows LANGUAGE like other applications.
#include "tests/support/MainWindowFixture.h"

#include "models/BulkRetestModel.h"
#include "models/CalendarSpeech.h"
#include "ui/common/Translations.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/main/ApiKeyDialog.h"
#include "ui/retest/BulkRetestDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestGermanWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MainWindowFixture::prepareEnvironment();
        QVERIFY(Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany)));
    }

    void qtsOwnTextsAreGermanToo()
    {
        // qtbase_de.qm from qt6-translations-l10n: standard buttons and dialogs.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void menusSectionsAndValidationAreGerman()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(), kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());

        QStringList menus;
        for (QAction* a : f.window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, (QStringList{u"&Verbindung"_s, u"&Bearbeiten"_s, u"&Projekt"_s}));

        auto* sections = f.window.editor()->form()->findChild<QListWidget*>(u"sectionList"_s);
        QStringList titles;
        for (int i = 0; i < sections->count(); ++i)
            titles.append(sections->item(i)->text());
        QCOMPARE(titles, (QStringList{u"Allgemein"_s, u"Status"_s, u"Benachrichtigungen"_s, u"E-Mails"_s,
                                      u"Zusammenfassung"_s, u"Benutzerdefinierte Felder"_s, u"Portfolios"_s,
                                      u"Zugriff"_s}));
        QCOMPARE(f.window.editor()->saveAction()->text(), u"Speichern"_s);

        // Emptying the name: the validator's message, in German, next to the field.
        FieldEditor* name = f.window.editor()->form()->editor(u"name"_s);
        auto* edit = qobject_cast<QLineEdit*>(name->inputWidget());
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        auto* issue = name->findChild<QLabel*>(u"issueLabel"_s);
        QTRY_COMPARE(issue->text(), u"Name: darf nicht leer sein."_s);
        QVERIFY(issue->isVisible());
        QTRY_COMPARE(f.window.editor()->problemsButton()->text(), u"Probleme (1)"_s);
    }

    // ApiError's user message for a real 401 from the sandbox, as the key dialog shows it.
    void refusedKeyIsExplainedInGerman()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), u"not-the-key"_s);
        ApiKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<ApiKeyDialog*>(u"apiKeyDialog"_s)) != nullptr);
        QStringList texts;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            texts.append(label->text());
        const QString shown = texts.join(u'\n');
        QVERIFY2(
            shown.contains(u"Der Server hat den API-Schlüssel abgelehnt, oder dieser Schlüssel darf diese "
                           u"Funktion nicht nutzen (HTTP 401)"_s),
            qPrintable(shown));
    }

    // RetestRoundListModel's headers in the rounds table; BulkRetestModel's headers and state in the dialog.
    void retestTablesAreGerman()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_VERIFY(!f.session.projects().isEmpty());

        auto* rounds = f.window.findChild<QTableView*>(u"roundsView"_s);
        QVERIFY(rounds);
        QStringList roundHeaders;
        for (int c = 0; c < rounds->model()->columnCount(); ++c)
            roundHeaders.append(rounds->model()->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(roundHeaders, (QStringList{u"Runde"_s, u"Status"_s, u"Zeitraum ab"_s, u"Zeitraum bis"_s,
                                            u"Angefordert"_s, u"Abgeschlossen"_s, u"Schwachstellen"_s}));

        BulkRetestDialog dialog(f.client.get(), {f.session.projects().first().toProject()}, &f.window);
        auto* projects = dialog.findChild<QTreeView*>(u"projectsView"_s);
        QVERIFY(projects);
        QStringList bulkHeaders;
        for (int c = 0; c < projects->model()->columnCount(); ++c)
            bulkHeaders.append(projects->model()->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(bulkHeaders,
                 (QStringList{u"Projekt / Befund"_s, u"Schwachstellen"_s, u"Ergebnis"_s, u"Meldung"_s}));
        QCOMPARE(BulkRetestModel::stateText(BulkRetestModel::State::Pending), u"Wartet"_s);
        QCOMPARE(BulkRetestModel::stateText(BulkRetestModel::State::Succeeded), u"Angefordert"_s);
        QCOMPARE(BulkRetestModel::stateText(BulkRetestModel::State::Failed), u"Fehlgeschlagen"_s);
    }

    // The calendar's accessible names: German day and month names, German counts.
    void calendarSpeaksGerman()
    {
        QCOMPARE(CalendarSpeech::longDay(QDate(2026, 12, 14)), u"Montag, 14. Dezember 2026"_s);
        QCOMPARE(CalendarSpeech::dayCell(QDate(2026, 12, 15), 1),
                 u"Dienstag, 15. Dezember 2026, 1 Eintrag"_s);
        QCOMPARE(CalendarSpeech::dayCell(QDate(2026, 12, 16), 3),
                 u"Mittwoch, 16. Dezember 2026, 3 Einträge"_s);
        QCOMPARE(CalendarSpeech::projectRow(u"Payments API"_s, 0), u"Payments API, keine Einträge"_s);
    }

    // The application itself picks the language from the environment (LANGUAGE, then LANG).
    void binaryFollowsLanguage()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FORGEDESK_EXE), {u"--help"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(help.contains(u"AttackForge-Projekte bearbeiten und Retests planen."_s), qPrintable(help));
        QVERIFY(help.contains(u"Eine eingebaute Sandbox mit Demodaten starten"_s));

        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FORGEDESK_EXE), {u"--help"_s});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                    .contains(u"Edit AttackForge projects and schedule retests."_s));
    }
};

QTEST_MAIN(TestGermanWindow)
#include "TestGermanWindow.moc"
