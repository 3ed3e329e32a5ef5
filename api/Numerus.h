#pragma once

#include <QCoreApplication>
#include <QString>

// A counted text through the translator. Mark the source with QT_TRANSLATE_N_NOOP(context, "%n item(s)")
// so that lupdate makes it a plural entry. With no translation installed Qt would show the "(s)" source,
// so the English singular/plural texts are returned instead and English stays as it always read.
namespace Numerus {

inline QString text(const char* context, const char* source, qint64 n, const QString& englishOne,
                    const QString& englishMany)
{
    QString translated = QCoreApplication::translate(context, source, nullptr, int(n));
    QString untranslated = QString::fromUtf8(source);
    untranslated.replace(QStringLiteral("%n"), QString::number(n));
    if (translated != untranslated)
        return translated;
    return n == 1 ? englishOne : englishMany;
}

} // namespace Numerus
