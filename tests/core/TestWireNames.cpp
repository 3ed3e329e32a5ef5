// Wire names and shared rule texts are written once: a project_… key (GetProjects/GetProjectById, and the
// project_… choice values) appears as a string literal only in the field table (models/ProjectField.h/.cpp)
// and the read-only facts table (models/ProjectFactKeys.h). Every other product source takes it from there.
//
// The rule: in every .h/.cpp under api/, app/, editing/, models/, sandbox/ and ui/, no double-quoted literal that
// starts with project_ ("project_x", u"project_x"_s, QStringLiteral("project_x"), and "project_" used as
// a prefix). Comments may name keys without quotes. Tests are not scanned: they write the expected wire
// values literally, on purpose.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWireNames : public QObject
{
    Q_OBJECT

private:
    struct Hit
    {
        QString file;
        int line;
        QString text;
    };

    // Every match of the pattern on a non-comment line of the product's sources.
    static QList<Hit> scan(const QRegularExpression& literal)
    {
        QList<Hit> hits;
        const QDir root(QStringLiteral(FORGEDESK_SOURCE_DIR));
        for (const QString& area : {u"api"_s, u"app"_s, u"editing"_s, u"models"_s, u"sandbox"_s, u"ui"_s}) {
            QDirIterator it(root.filePath(area), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (lines.at(i).trimmed().startsWith(u"//"_s))
                        continue;
                    auto match = literal.globalMatch(lines.at(i));
                    while (match.hasNext())
                        hits.append({root.relativeFilePath(path), int(i + 1), match.next().captured()});
                }
            }
        }
        return hits;
    }

private Q_SLOTS:
    void projectKeysAreWrittenOnlyInTheTables()
    {
        const QStringList tables{u"models/ProjectField.h"_s, u"models/ProjectField.cpp"_s,
                                 u"models/ProjectFactKeys.h"_s};
        const QList<Hit> hits = scan(QRegularExpression(uR"re("project_[A-Za-z0-9_]*")re"_s));
        QStringList outside;
        int inTables = 0;
        for (const Hit& hit : hits) {
            if (tables.contains(hit.file))
                ++inTables;
            else
                outside.append(u"%1:%2: %3"_s.arg(hit.file).arg(hit.line).arg(hit.text));
        }
        // The scan itself works: the tables hold the 26 read keys and the facts.
        QVERIFY2(inTables >= 40, qPrintable(u"only %1 keys found in the tables"_s.arg(inTables)));
        QVERIFY2(outside.isEmpty(),
                 qPrintable(u"project_ wire keys outside the tables:\n"_s + outside.join(u'\n')));
    }

    // The rule texts that several layers show (validator, editor widgets, sandbox answers) are written
    // only in models/RuleTexts.cpp.
    void sharedRuleTextsAreWrittenOnlyInRuleTexts_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("date example") << u"2021-06-03T23:15:33"_s;
        QTest::newRow("key characters") << u"may contain only letters, numbers and underscores"_s;
        QTest::newRow("key used twice") << u"is used twice; keys must be unique"_s;
    }

    void sharedRuleTextsAreWrittenOnlyInRuleTexts()
    {
        QFETCH(QString, pattern);
        const QList<Hit> hits = scan(QRegularExpression(QRegularExpression::escape(pattern)));
        QStringList outside;
        int inRuleTexts = 0;
        for (const Hit& hit : hits) {
            if (hit.file == u"models/RuleTexts.cpp"_s)
                ++inRuleTexts;
            else
                outside.append(u"%1:%2"_s.arg(hit.file).arg(hit.line));
        }
        QCOMPARE(inRuleTexts, 1);
        QVERIFY2(outside.isEmpty(), qPrintable(u"written again in:\n"_s + outside.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestWireNames)
#include "TestWireNames.moc"
