#include "models/CaCertificateFile.h"

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
        result.error = u"The CA file %1 does not exist."_s.arg(path);
        return result;
    }
    if (!info.isFile() || info.size() > kMaxBytes) {
        result.error = u"%1 is not a CA certificate file (PEM)."_s.arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"The CA file %1 cannot be read: %2"_s.arg(path, file.errorString());
        return result;
    }
    result.certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    result.certificates.removeIf([](const QSslCertificate& c) { return c.isNull(); });
    if (result.certificates.isEmpty())
        result.error = u"%1 holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)."_s.arg(path);
    return result;
}

QString CaCertificateFile::summary(const QDateTime& now) const
{
    QStringList lines;
    for (const QSslCertificate& cert : certificates) {
        const QDateTime expiry = cert.expiryDate().toUTC();
        const QString date = expiry.date().toString(Qt::ISODate);
        lines.append(subjectOf(cert) +
                     (expiry < now ? u" — EXPIRED on %1"_s.arg(date) : u" — expires %1"_s.arg(date)));
    }
    return lines.join(u'\n');
}
