#include "ui/common/Dialogs.h"

#include <QAbstractButton>
#include <QList>
#include <QPointer>

namespace Dialogs {

namespace {
QList<QMessageBox::StandardButton> g_answers;
bool g_testMode = false;
QString g_lastMessage;

void show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
          QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, const Answer& then,
          const QString& details = {}, const ButtonTexts& texts = {})
{
    g_lastMessage = text;
    if (!g_answers.isEmpty() || g_testMode) {
        const auto answer = !g_answers.isEmpty()                     ? g_answers.takeFirst()
                            : defaultButton != QMessageBox::NoButton ? defaultButton
                                                                     : QMessageBox::Ok;
        if (then)
            then(answer);
        return;
    }
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box->setDetailedText(details);
    for (const auto& [button, label] : texts) {
        if (QAbstractButton* b = box->button(button))
            b->setText(label);
    }
    QObject::connect(box, &QMessageBox::finished, box, [box, then](int) {
        if (then)
            then(box->standardButton(box->clickedButton()));
    });
    box->open();
}
} // namespace

void ask(QWidget* parent, const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
         QMessageBox::StandardButton defaultButton, const Answer& then, const ButtonTexts& texts)
{
    show(parent, QMessageBox::Question, title, text, buttons, defaultButton, then, {}, texts);
}

void inform(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

void warn(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, details);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.append(answer);
}

void setTestMode(bool on)
{
    g_testMode = on;
    g_answers.clear();
}

QString lastMessage()
{
    return g_lastMessage;
}

} // namespace Dialogs
