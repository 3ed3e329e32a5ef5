#include "MainWindowFixture.h"

#include "ui/editor/ProjectEditor.h"
#include "ui/main/ConnectionsDialog.h"
#include "ui/retest/RequestRetestDialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

// Every input in the window and its dialogs has an accessible name, and where a label names it, the
// accessible name is that label's text — what a screen-reader user hears is what a sighted user reads.
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
                qobject_cast<QCalendarWidget*>(p) || qobject_cast<QAbstractItemView*>(p))
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
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!isInput(w) || isInternalPart(w))
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            // The explicit name first: on Linux Qt reports a combo box's current text as its Name and
            // relies on the label relation instead, so the property is what assistive tools get.
            const QString name = !w->accessibleName().isEmpty() ? w->accessibleName()
                                 : iface                        ? iface->text(QAccessible::Name)
                                                                : QString();
            const QString where =
                QString::fromLatin1(w->metaObject()->className()) + u" '"_s + w->objectName() + u'\'';
            if (name.trimmed().isEmpty()) {
                problems.append(where + u" has no accessible name"_s);
                continue;
            }
            // A check box is named by its own text; a group label in front names the group, not each box.
            // Item views may carry a changing caption (a date) as their label; their name must still exist.
            auto* box = qobject_cast<QCheckBox*>(w);
            if (box) {
                if (!box->text().isEmpty() && visibleText(name) != visibleText(box->text()))
                    problems.append(where + u": accessible name “"_s + name + u"” but text “"_s +
                                    box->text() + u"”"_s);
                continue;
            }
            if (qobject_cast<QAbstractItemView*>(w))
                continue;
            if (labelFor.contains(w) && visibleText(name) != labelFor.value(w))
                problems.append(where + u": accessible name “"_s + name + u"” but label “"_s +
                                labelFor.value(w) + u"”"_s);
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void mainWindowAndEditorSections()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), MainWindowFixture::kKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        QTRY_VERIFY(f.session.catalog().portfoliosKnown);
        const QStringList problems = problemsIn(&f.window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void requestRetestDialog()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), MainWindowFixture::kKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        f.window.activateWindow();
        QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<RequestRetestDialog*>()));
        const QStringList problems = problemsIn(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void connectionsDialog()
    {
        MainWindowFixture f;
        auto* dialog = new ConnectionsDialog(&f.profiles, &f.keys, &f.drafts, &f.cache, &f.window);
        dialog->open();
        const QStringList problems = problemsIn(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        dialog->close();
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
