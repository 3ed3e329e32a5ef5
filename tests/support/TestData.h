#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace ForgeDeskTest {

// Reads a JSON fixture from tests/data (FORGEDESK_TEST_DATA is set by CTest).
inline QJsonObject loadJsonFixture(const QString& relativePath)
{
    QFile file(qEnvironmentVariable("FORGEDESK_TEST_DATA") + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad fixture %s: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
    return doc.object();
}

} // namespace ForgeDeskTest
