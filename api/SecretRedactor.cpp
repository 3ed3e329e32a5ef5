#include "api/SecretRedactor.h"

using namespace Qt::StringLiterals;

namespace {

QRegularExpression foldTolerant(const QString& secret)
{
    // Between any two characters of the key: nothing, or a run of line breaks and the indentation of a
    // folded line, raw or JSON-escaped.
    static const QString gap = uR"((?:\r|\n|\\r|\\n|[ \t])*)"_s;
    QString pattern;
    for (qsizetype i = 0; i < secret.size(); ++i) {
        if (i > 0)
            pattern += gap;
        pattern += QRegularExpression::escape(secret.mid(i, 1));
    }
    return QRegularExpression(pattern);
}

} // namespace

SecretRedactor::SecretRedactor(const QByteArray& secret)
    : m_secret(secret)
{
    if (m_secret.isEmpty())
        return;
    m_textPattern = foldTolerant(QString::fromUtf8(secret));
    m_bytePattern = foldTolerant(QString::fromLatin1(secret));
}

QString SecretRedactor::redact(const QString& text) const
{
    if (!isActive() || text.isEmpty())
        return text;
    QString copy = text;
    if (m_textPattern.isValid())
        copy.replace(m_textPattern, kMask);
    else // a key the pattern cannot spell (a lone surrogate): at least its exact occurrences go
        copy.replace(QString::fromUtf8(m_secret), kMask);
    return copy;
}

QByteArray SecretRedactor::redact(const QByteArray& bytes) const
{
    if (!isActive() || bytes.isEmpty())
        return bytes;
    // Latin-1 maps every byte to one character and back, so a body that is not UTF-8 survives intact.
    QString text = QString::fromLatin1(bytes);
    if (m_bytePattern.isValid())
        text.replace(m_bytePattern, kMask);
    else
        text.replace(QString::fromLatin1(m_secret), kMask);
    return text.toLatin1();
}
