#include "models/CaCertificateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// A CA bundle is a few KiB; a bigger file is not one, and reading it would stall the window.
constexpr qint64 kMaxBytes = 1024 * 1024;

QString subjectOf(const QSslCertificate& cert)
{
    QStringList parts;
    for (const auto attribute : {QSslCertificate::CommonName, QSslCertificate::Organization}) {
        const QStringList values = cert.subjectInfo(attribute);
        if (!values.isEmpty())
            parts.append((attribute == QSslCertificate::CommonName ? u"CN="_s : u"O="_s) +
                         values.join(u", "_s));
    }
    return parts.isEmpty() ? cert.subjectDisplayName() : parts.join(u", "_s);
}

} // namespace

CaCertificateFile CaCertificateFile::read(const QString& path)
{
    CaCertificateFile result;
    if (path.isEmpty())
        return result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error =
            QCoreApplication::translate("CaCertificateFile", "The CA file %1 does not exist.").arg(path);
        return result;
    }
    if (!info.isFile() || info.size() > kMaxBytes) {
        result.error =
            QCoreApplication::translate("CaCertificateFile", "%1 is not a CA certificate file (PEM).")
                .arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("CaCertificateFile", "The CA file %1 cannot be read: %2")
                           .arg(path, file.errorString());
        return result;
    }
    result.certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    result.certificates.removeIf([](const QSslCertificate& c) { return c.isNull(); });
    if (result.certificates.isEmpty())
        result.error =
            QCoreApplication::translate("CaCertificateFile",
                                        "%1 holds no PEM certificate (expected -----BEGIN CERTIFICATE-----).")
                .arg(path);
    return result;
}

QString CaCertificateFile::summary(const QDateTime& now) const
{
    QStringList lines;
    for (const QSslCertificate& cert : certificates) {
        const QDateTime expiry = cert.expiryDate().toUTC();
        const QString date = expiry.date().toString(Qt::ISODate);
        lines.append(subjectOf(cert) +
                     (expiry < now
                          ? QCoreApplication::translate("CaCertificateFile", " — EXPIRED on %1").arg(date)
                          : QCoreApplication::translate("CaCertificateFile", " — expires %1").arg(date)));
    }
    return lines.join(u'\n');
}
