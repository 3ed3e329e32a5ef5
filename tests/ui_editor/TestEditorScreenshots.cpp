// Every section of the editor at two window sizes: each field's label and input is shown at no less
// than its minimum size and lies inside the window — or inside the reachable area of its section's
// scroll area, without being cut off at the side. With FORGEDESK_SCREENSHOT_DIR set, the sections are
// also written there as PNGs for a person to look at.
#include "models/Catalog.h"
#include "models/ProjectCodec.h"
#include "models/ProjectDraftStore.h"
#include "ui/common/Dialogs.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Project sampleProject()
{
    QFile file(qEnvironmentVariable("FORGEDESK_TEST_DATA") + u"/ui_editor/sample_project.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample_project.json missing");
    return ProjectCodec::fromReadJson(
        QJsonDocument::fromJson(file.readAll()).object().value(u"project"_s).toObject());
}

Catalog sampleCatalog()
{
    Catalog c;
    c.groups = {{u"g1"_s, u"Blue team"_s}, {u"g2"_s, u"Red team"_s}, {u"g3"_s, u"Client reviewers"_s}};
    c.portfolios = {{u"p1"_s, u"Retail banking"_s, u"RB"_s, {{u"s1"_s, u"Web"_s}, {u"s2"_s, u"Mobile"_s}}},
                    {u"p2"_s, u"Corporate"_s, u"CORP"_s, {{u"s3"_s, u"Internal network"_s}}}};
    c.groupsKnown = c.portfoliosKnown = true;
    return c;
}
} // namespace

class TestEditorScreenshots : public QObject
{
    Q_OBJECT
private:
    // Inside the window, or inside the content of the scroll area holding it, where scrolling reaches:
    // vertically anywhere in the content; horizontally within the viewport unless it can scroll sideways.
    static bool isReachable(QWidget* part, QWidget* window)
    {
        for (QWidget* p = part->parentWidget(); p && p != window; p = p->parentWidget()) {
            auto* scroll = qobject_cast<QScrollArea*>(p);
            if (!scroll || !scroll->widget())
                continue;
            const QRect inContent(part->mapTo(scroll->widget(), QPoint(0, 0)), part->size());
            if (!scroll->widget()->rect().contains(inContent))
                return false;
            const bool sideways = scroll->horizontalScrollBar()->maximum() > 0;
            return sideways || inContent.right() < scroll->viewport()->width();
        }
        const QRect inWindow(part->mapTo(window, QPoint(0, 0)), part->size());
        return window->rect().contains(inWindow);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }

    void grabSections_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    void grabSections()
    {
        QFETCH(QSize, size);
        QTemporaryDir dir;
        ProjectDraftStore drafts(dir.path());
        ProjectEditor editor(nullptr, &drafts);
        editor.setCatalog(sampleCatalog());
        editor.openProject(sampleProject());
        editor.resize(size);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // Show one modified field and one problem, as a user would see them.
        auto* code = qobject_cast<QLineEdit*>(editor.form()->editor(u"vulnerability_code"_s)->inputWidget());
        QTest::keyClick(code, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(code, u"AB"_s);
        auto* name = qobject_cast<QLineEdit*>(editor.form()->editor(u"name"_s)->inputWidget());
        QTest::keyClicks(name, u" (retest)"_s);
        QVERIFY(!editor.saveAction()->isEnabled());
        const QString out = qEnvironmentVariable("FORGEDESK_SCREENSHOT_DIR");
        QListWidget* sections = editor.form()->sectionList();
        for (int i = 0; i < sections->count(); ++i) {
            sections->setCurrentRow(i);
            QCoreApplication::processEvents();
            const QString where = sections->item(i)->text();
            int checked = 0;
            for (FieldEditor* field : editor.form()->editors()) {
                if (!field->isVisibleTo(&editor))
                    continue; // another section's
                for (QWidget* part : {static_cast<QWidget*>(field->label()), field->inputWidget()}) {
                    const QString what = where + u" › "_s + field->field().label;
                    QVERIFY2(part->isVisible(), qPrintable(what + u": not shown"_s));
                    const QSize min = part->minimumSizeHint().boundedTo(part->maximumSize());
                    QVERIFY2(part->width() >= min.width() && part->height() >= min.height(),
                             qPrintable(what + u": squeezed below its minimum size"_s));
                    QVERIFY2(isReachable(part, &editor), qPrintable(what + u": clipped"_s));
                    ++checked;
                }
            }
            QVERIFY2(checked > 0, qPrintable(where + u": no field shown"_s));
            const QPixmap shot = editor.grab();
            QCOMPARE(shot.size(), size);
            if (!out.isEmpty()) {
                QDir().mkpath(out);
                const QString name =
                    u"%1/editor_%2x%3_%4.png"_s.arg(out).arg(size.width()).arg(size.height()).arg(i);
                QVERIFY(shot.save(name));
            }
        }
        // The preview Save opens, with a nested (features) change among the others.
        QTest::keyClicks(code, u"C"_s);
        auto* reporting =
            editor.form()->editor(u"features"_s)->findChild<QCheckBox*>(u"reporting_librarymodBox"_s);
        QVERIFY(reporting);
        reporting->click();
        QVERIFY(editor.saveAction()->isEnabled());
        editor.saveAction()->trigger();
        auto* preview = editor.findChild<DiffPreviewDialog*>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QCOMPARE(preview->fieldLabels(), (QStringList{u"Name"_s, u"Vulnerability code"_s, u"Features"_s}));
        if (!out.isEmpty())
            QVERIFY(preview->grab().save(
                u"%1/preview_%2x%3.png"_s.arg(out).arg(size.width()).arg(size.height())));
        preview->reject();
    }
};

QTEST_MAIN(TestEditorScreenshots)
#include "TestEditorScreenshots.moc"
