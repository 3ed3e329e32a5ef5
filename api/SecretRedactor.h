#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

// Removes one secret (the API key) from text that came from a server before anything else reads it:
// raw bodies, reason phrases, header values. Matching is done on the raw text so that nothing cut,
// parsed or decoded later can show part of the key, and it tolerates the key being folded across a
// line break (a real CR/LF or a JSON-escaped "\n" between two of its characters).
class SecretRedactor
{
public:
    static inline const QString kMask = QStringLiteral("[redacted]");

    explicit SecretRedactor(const QByteArray& secret);

    bool isActive() const { return !m_secret.isEmpty(); }
    QString redact(const QString& text) const;
    QByteArray redact(const QByteArray& bytes) const;

private:
    QByteArray m_secret;
    QRegularExpression m_textPattern; // the key as characters
    QRegularExpression m_bytePattern; // the key's UTF-8 bytes, each as one Latin-1 character
};
