#include "ui/retest/IcsFileSaver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace IcsFileSaver {

namespace {
QString g_nextFileName;
}

bool write(const QString& fileName, const QByteArray& content, QString* message)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (message)
            *message = QCoreApplication::translate("IcsFileSaver", "Could not save %1: %2")
                           .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    if (message)
        *message =
            QCoreApplication::translate("IcsFileSaver", "Saved %1").arg(QDir::toNativeSeparators(fileName));
    return true;
}

void save(QWidget* parent, const QString& suggestedName, const QByteArray& content, const Done& done)
{
    if (!g_nextFileName.isEmpty()) {
        const QString fileName = std::exchange(g_nextFileName, QString());
        QString message;
        const bool ok = write(fileName, content, &message);
        if (done)
            done(ok, message);
        return;
    }
    auto* dialog =
        new QFileDialog(parent, QCoreApplication::translate("IcsFileSaver", "Export calendar (.ics)"));
    dialog->setObjectName(u"icsFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(QCoreApplication::translate("IcsFileSaver", "iCalendar files (*.ics)"));
    dialog->setDefaultSuffix(u"ics"_s);
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [content, done](const QString& fileName) {
        QString message;
        const bool ok = write(fileName, content, &message);
        if (done)
            done(ok, message);
    });
    dialog->open();
}

void setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

} // namespace IcsFileSaver
