#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

// Every question ForgeDesk asks goes through here. Boxes are window-modal and asynchronous (open(),
// never exec(): no nested event loop), and GUI tests can answer ahead of time instead of being
// blocked by a box (as KeePassXC's MessageBox::setNextAnswer does).
namespace Dialogs {

using Answer = std::function<void(QMessageBox::StandardButton)>;
// Texts for standard buttons, so a box can say "Restore draft" rather than "Yes".
using ButtonTexts = QList<std::pair<QMessageBox::StandardButton, QString>>;

// Calls `then` with the button chosen; `then` is dropped if `parent` is destroyed first.
void ask(QWidget* parent, const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
         QMessageBox::StandardButton defaultButton, const Answer& then, const ButtonTexts& texts = {});
void inform(QWidget* parent, const QString& title, const QString& text);
void warn(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

// Tests: queued answers are given to the next ask() calls (synchronously) without showing anything.
// In test mode nothing is ever shown: ask() without a queued answer takes its default button.
void setNextAnswer(QMessageBox::StandardButton answer);
void setTestMode(bool on);
// The text of the last box asked or shown (tests read what the user would have seen).
QString lastMessage();

} // namespace Dialogs
