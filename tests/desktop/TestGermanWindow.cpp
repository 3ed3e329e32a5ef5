// The main window in German: ForgeDesk's translation and Qt's own are loaded for the locale, and the
// menus, the editor's section titles and a validation message next to a field are German. The binary
// follows LANGUAGE like other applications.
#include "../ui_main/MainWindowFixture.h"

#include "ui/common/Translations.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

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
        f.session.connectProfile(f.profile(), MainWindowFixture::kKey);
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
