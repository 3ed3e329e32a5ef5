// A connection's data stays with its server: a URL of another origin is a new connection (its own
// key, no drafts or cached list of the old one), removing a connection deletes its data and only its
// data, a draft that cannot be read is reported, and a private CA file is shown and checked.
#include "tests/support/MainWindowFixture.h"

#include "models/CaCertificateFile.h"
#include "ui/common/Dialogs.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/main/CaCertificatePicker.h"
#include "ui/main/ConnectionsDialog.h"
#include "ui/main/ProjectListView.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestConnectionData : public QObject
{
    Q_OBJECT
private:
    static QString testData(const QString& name)
    {
        return qEnvironmentVariable("FORGEDESK_TEST_DATA") + u"/ca/"_s + name;
    }

    static ConnectionsDialog* openConnections(MainWindowFixture& f)
    {
        f.window.findChild<QAction*>(u"manageConnectionsAction"_s)->trigger();
        ConnectionsDialog* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = f.window.findChild<ConnectionsDialog*>())); }();
        return dialog;
    }

    static void setText(QWidget* dialog, const QString& name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(name);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    static void click(QWidget* dialog, const QString& name)
    {
        auto* button = dialog->findChild<QPushButton*>(name);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static ProjectDraft draftFor(const QString& profileId, const QString& projectId)
    {
        ProjectDraft d;
        d.profileId = profileId;
        d.projectId = projectId;
        d.values = {{u"project_name"_s, u"Edited offline"_s}};
        d.baseLastModified = u"2026-01-01T00:00:00.000Z"_s;
        return d;
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }
    void init() { QSettings().clear(); }

    void urlChangeKeepsIdentityOnlyWithinTheOrigin_data()
    {
        QTest::addColumn<QString>("newUrl");
        QTest::addColumn<bool>("sameConnection");
        QTest::newRow("path") << u"https://a.example.com/tenant"_s << true;
        QTest::newRow("explicit default port") << u"https://A.example.com:443"_s << true;
        QTest::newRow("host") << u"https://b.example.com"_s << false;
        QTest::newRow("port") << u"https://a.example.com:8443"_s << false;
        QTest::newRow("scheme") << u"http://127.0.0.1"_s << false;
    }

    void urlChangeKeepsIdentityOnlyWithinTheOrigin()
    {
        QFETCH(QString, newUrl);
        QFETCH(bool, sameConnection);
        MainWindowFixture f;
        const ConnectionProfile a{u"tenant-a"_s, u"Tenant A"_s, QUrl(u"https://a.example.com"_s), false};
        QVERIFY(f.profiles.save(a));
        ConnectionsDialog* dialog = openConnections(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"urlEdit"_s)->text(), u"https://a.example.com"_s);
        setText(dialog, u"urlEdit"_s, newUrl);
        auto* note = dialog->findChild<QLabel*>(u"originNote"_s);
        QCOMPARE(note->isVisible(), !sameConnection);
        click(dialog, u"saveButton"_s);

        if (sameConnection) {
            QCOMPARE(f.profiles.profiles().size(), 1);
            QCOMPARE(f.profiles.profile(u"tenant-a"_s).baseUrl, QUrl(newUrl));
            return;
        }
        QVERIFY(note->text().contains(u"new connection"_s));
        QCOMPARE(f.profiles.profiles().size(), 2);
        QCOMPARE(f.profiles.profile(u"tenant-a"_s), a); // A stays exactly as it was
        const ConnectionProfile b = f.profiles.profiles().at(1);
        QVERIFY(b.id != u"tenant-a"_s);
        QCOMPARE(b.baseUrl, QUrl(newUrl));
        QCOMPARE(b.name, u"Tenant A (%1)"_s.arg(QUrl(newUrl).host()));
        // The store itself refuses to move an id to another origin.
        ConnectionProfile moved = a;
        moved.baseUrl = QUrl(newUrl);
        QVERIFY(!f.profiles.save(moved));
        QCOMPARE(f.profiles.profile(u"tenant-a"_s), a);
    }

    void newOriginAsksForItsOwnKeyAndOffersNothingOfTheOld()
    {
        MainWindowFixture f;
        // Tenant A: connected once, so its list is cached, and a draft of a project is kept.
        const ConnectionProfile a = f.profile();
        QVERIFY(f.profiles.save(a));
        f.session.connectProfile(a, kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        QString draftedId;
        for (const QString& id : f.server->projectIds()) {
            if (id != f.window.editor()->loadedProject().id())
                draftedId = id;
        }
        QTRY_VERIFY(f.cache.contains(a.id)); // written on the cache thread
        QVERIFY(f.drafts.save(draftFor(a.id, draftedId)));

        // The same sandbox under another host name is another origin: connection B.
        ConnectionsDialog* dialog = openConnections(f);
        QVERIFY(dialog);
        const QString urlB = u"http://localhost:%1"_s.arg(a.baseUrl.port());
        setText(dialog, u"urlEdit"_s, urlB);
        QSignalSpy keyRequested(&f.session, &SessionController::keyRequested);
        QSignalSpy loaded(&f.session, &SessionController::projectsLoaded);
        click(dialog, u"connectButton"_s);
        QTRY_COMPARE(keyRequested.size(), 1);
        const auto asked = keyRequested.first().at(0).value<ConnectionProfile>();
        QVERIFY(asked.id != a.id); // A's keychain entry is not the one read for B
        QCOMPARE(asked.baseUrl, QUrl(urlB));
        QCOMPARE(f.session.state(), SessionController::State::Failed);
        QCOMPARE(loaded.size(), 0); // A's cached list is not shown as B's
        QCOMPARE(f.window.projectList()->tableView()->model()->rowCount(), 0); // nor A's list in memory
        QVERIFY(f.window.editor()->loadedProject().id().isEmpty());

        // With B's own key, B's projects load and A's draft is not offered.
        const QString messageBefore = Dialogs::lastMessage();
        f.session.connectProfile(asked, kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        f.window.projectList()->selectProject(draftedId);
        QTRY_COMPARE(f.window.editor()->loadedProject().id(), draftedId);
        QCOMPARE(Dialogs::lastMessage(), messageBefore);
        QVERIFY(!f.window.editor()->hasUnsavedChanges());
        QVERIFY(f.drafts.contains(a.id, draftedId)); // still A's
        QCOMPARE(f.profiles.profile(a.id), a);
    }

    void removingAConnectionDeletesItsDataOnly()
    {
        MainWindowFixture f;
        const ConnectionProfile a{u"tenant-a"_s, u"Tenant A"_s, QUrl(u"https://a.example.com"_s), false};
        const ConnectionProfile b{u"tenant-b"_s, u"Tenant B"_s, QUrl(u"https://b.example.com"_s), false};
        QVERIFY(f.profiles.save(a));
        QVERIFY(f.profiles.save(b));
        for (const ConnectionProfile& p : {a, b}) {
            QVERIFY(f.drafts.save(draftFor(p.id, u"p1"_s)));
            QVERIFY(f.drafts.save(draftFor(p.id, u"p2"_s)));
            QVERIFY(f.cache.save(p.id, {}));
        }
        ConnectionsDialog* dialog = openConnections(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QListWidget*>(u"profileList"_s)->currentItem()->text(), u"Tenant A"_s);

        // Cancel deletes nothing.
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        click(dialog, u"removeButton"_s);
        QCOMPARE(f.profiles.profiles().size(), 2);
        QCOMPARE(f.drafts.count(a.id), 2);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        click(dialog, u"removeButton"_s);
        // The question named what is deleted.
        const QString question = Dialogs::lastMessage();
        QVERIFY2(question.contains(u"API key"_s), qPrintable(question));
        QVERIFY2(question.contains(u"2 drafts of unsaved changes"_s), qPrintable(question));
        QVERIFY2(question.contains(QDir::toNativeSeparators(f.drafts.profileDirectory(a.id))),
                 qPrintable(question));
        QVERIFY2(question.contains(u"offline copy of its project list"_s), qPrintable(question));
        QVERIFY2(question.contains(QDir::toNativeSeparators(f.cache.fileFor(a.id))), qPrintable(question));

        QCOMPARE(f.profiles.profiles().size(), 1);
        QVERIFY(!QFileInfo::exists(f.drafts.profileDirectory(a.id)));
        QVERIFY(!QFileInfo::exists(f.cache.fileFor(a.id)));
        QVERIFY(!f.cache.contains(a.id));
        // B's data is untouched.
        QVERIFY(f.drafts.contains(b.id, u"p1"_s));
        QVERIFY(f.drafts.contains(b.id, u"p2"_s));
        QVERIFY(f.cache.contains(b.id));
    }

    void unreadableDraftIsMovedAsideAndReported()
    {
        MainWindowFixture f;
        const ConnectionProfile a = f.profile();
        // Every project gets a damaged draft, so whichever opens first finds one.
        for (const QString& id : f.server->projectIds()) {
            const QString path = f.drafts.filePath(a.id, id);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"version\": 1, \"values\": {\"project_name\": ");
        }
        f.session.connectProfile(a, kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        const QString path = f.drafts.filePath(a.id, f.window.editor()->loadedProject().id());
        QTRY_VERIFY(QFile::exists(path + u".corrupt"_s));
        QVERIFY(!QFile::exists(path));
        const QString message = Dialogs::lastMessage();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path + u".corrupt"_s)), qPrintable(message));
        QVERIFY2(message.contains(u"could not be read"_s), qPrintable(message));
    }

    void caFileIsShownAndKeptWithTheConnection()
    {
        MainWindowFixture f;
        const ConnectionProfile a{u"tenant-a"_s, u"Tenant A"_s, QUrl(u"https://a.example.com"_s), false};
        QVERIFY(f.profiles.save(a));
        ConnectionsDialog* dialog = openConnections(f);
        QVERIFY(dialog);
        auto* info = dialog->findChild<QLabel*>(u"caInfoLabel"_s);
        auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
        QCOMPARE(info->text(), u"Only the system's trusted CAs are used."_s);

        setText(dialog, u"caPathEdit"_s, testData(u"not-a-certificate.pem"_s));
        QVERIFY2(info->text().contains(u"holds no PEM certificate"_s), qPrintable(info->text()));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(u"problemLabel"_s)->text().startsWith(u"CA file: "_s));
        setText(dialog, u"caPathEdit"_s, testData(u"missing.pem"_s));
        QVERIFY2(info->text().contains(u"does not exist"_s), qPrintable(info->text()));
        QVERIFY(!save->isEnabled());

        // Picked with the file dialog (opened with open(), answered here).
        click(dialog, u"caBrowseButton"_s);
        QFileDialog* files = nullptr;
        QTRY_VERIFY((files = dialog->findChild<QFileDialog*>(u"caFileDialog"_s)));
        Q_EMIT files->fileSelected(testData(u"test-root-ca.pem"_s));
        QCOMPARE(dialog->findChild<QLineEdit*>(u"caPathEdit"_s)->text(), testData(u"test-root-ca.pem"_s));
        QVERIFY2(
            info->text().contains(u"CN=ForgeDesk Test Root CA, O=ForgeDesk Tests — expires 2126-11-07"_s),
            qPrintable(info->text()));
        QVERIFY2(info->text().contains(u"Trusted only for https://a.example.com:443"_s),
                 qPrintable(info->text()));
        QVERIFY(save->isEnabled());
        QVERIFY(!dialog->findChild<QLabel*>(u"originNote"_s)->isVisible()); // same origin, same connection
        click(dialog, u"saveButton"_s);

        QCOMPARE(f.profiles.profiles().size(), 1);
        QCOMPARE(f.profiles.profile(a.id).caCertificatePath, testData(u"test-root-ca.pem"_s));
        QCOMPARE(ProfileStore().profile(a.id).caCertificatePath, testData(u"test-root-ca.pem"_s));
    }

    void caCertificatesForTheProfile()
    {
        ConnectionProfile p{u"tenant-a"_s, u"Tenant A"_s, QUrl(u"https://a.example.com"_s), false};
        QString problem = u"unset"_s;
        QVERIFY(SessionController::caCertificatesFor(p, &problem).isEmpty());
        QVERIFY(problem.isEmpty());

        p.caCertificatePath = testData(u"test-root-ca.pem"_s);
        const QList<QSslCertificate> certs = SessionController::caCertificatesFor(p, &problem);
        QCOMPARE(certs.size(), 1);
        QCOMPARE(certs.first().subjectInfo(QSslCertificate::CommonName),
                 QStringList{u"ForgeDesk Test Root CA"_s});
        QVERIFY(problem.isEmpty());
        QVERIFY(CaCertificateFile::read(p.caCertificatePath)
                    .summary(QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC))
                    .contains(u"EXPIRED on 2126-11-07"_s));

        p.caCertificatePath = testData(u"not-a-certificate.pem"_s);
        QVERIFY(SessionController::caCertificatesFor(p, &problem).isEmpty());
        QVERIFY(problem.contains(u"no PEM certificate"_s));
    }

    void unusableCaFileFailsTheConnectionClearly()
    {
        MainWindowFixture f;
        ConnectionProfile p = f.profile(true);
        p.caCertificatePath = testData(u"not-a-certificate.pem"_s);
        f.session.connectProfile(p, kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Failed);
        QVERIFY(f.server->requests().isEmpty()); // nothing was sent with the key
        QVERIFY(f.window.findChild<QLabel*>(u"connectionLabel"_s)->toolTip().startsWith(u"Private CA: "_s));
    }
};

QTEST_MAIN(TestConnectionData)
#include "TestConnectionData.moc"
