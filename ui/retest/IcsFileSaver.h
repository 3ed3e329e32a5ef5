#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

// Asks where to save an .ics file (a QFileDialog opened with open(), never a nested event loop) and
// writes it atomically with QSaveFile. Tests answer the file dialog ahead of time with setNextFileName.
namespace IcsFileSaver {

using Done = std::function<void(bool saved, const QString& message)>;

// `done` is not called when the user cancels the dialog.
void save(QWidget* parent, const QString& suggestedName, const QByteArray& content, const Done& done);
// Writes directly; the message says where, or why it failed.
bool write(const QString& fileName, const QByteArray& content, QString* message);

// Tests: the next save() uses this name instead of showing a dialog.
void setNextFileName(const QString& fileName);

} // namespace IcsFileSaver
