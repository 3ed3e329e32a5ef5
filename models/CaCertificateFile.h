#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

// A connection's private CA file (PEM) as read from disk: the certificates, or why there are none,
// and a one-line description (subject and expiry) for the connection dialog.
struct CaCertificateFile
{
    QList<QSslCertificate> certificates;
    QString error; // empty when the file gave at least one certificate (or no file was named)

    bool isUsable() const { return error.isEmpty(); }
    // "CN=ACME Root CA, O=ACME — expires 2030-01-01" per certificate, "expired on" when past.
    QString summary(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // An empty path reads as no certificates and no error.
    static CaCertificateFile read(const QString& path);
};
