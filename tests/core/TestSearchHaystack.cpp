#include "models/SearchHaystack.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The filter's one-piece search text: each row matches on its own text only, whatever the needle's
// length, and the text follows appended and replaced rows.
class TestSearchHaystack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsMatchTheirOwnTextOnly()
    {
        SearchHaystack h;
        const QStringList texts{u"alpha web"_s, u"beta"_s, u""_s, u"gamma alpha"_s, u"ab"_s};
        h.build(texts, [](const QString& t) -> const QString& { return t; });
        QCOMPARE(h.rowCount(), 5);
        QCOMPARE(h.rowsContaining(u"a"), (QList<bool>{true, true, false, true, true}));
        QCOMPARE(h.rowsContaining(u"alpha"), (QList<bool>{true, false, false, true, false}));
        QCOMPARE(h.rowsContaining(u"b"), (QList<bool>{true, true, false, false, true}));
        // "webbeta" would only match across the boundary between rows 0 and 1.
        QCOMPARE(h.rowsContaining(u"webbeta"), (QList<bool>{false, false, false, false, false}));
        QCOMPARE(h.rowsContaining(u"ab"), (QList<bool>{false, false, false, false, true}));
        QCOMPARE(h.rowsContaining(u""), (QList<bool>{true, true, true, true, true}));
    }

    void followsAppendedAndReplacedRows()
    {
        SearchHaystack h;
        h.append(u"one");
        h.append(u"two");
        QCOMPARE(h.rowsContaining(u"o"), (QList<bool>{true, true}));
        QVERIFY(h.replaceInPlace(0, u"six"));
        QVERIFY(!h.replaceInPlace(1, u"seven")); // another length: the owner rebuilds
        QVERIFY(!h.replaceInPlace(2, u"six"));
        h.append(u"oxo");
        QCOMPARE(h.rowsContaining(u"o"), (QList<bool>{false, true, true}));
        QCOMPARE(h.rowsContaining(u"si"), (QList<bool>{true, false, false}));
    }

    void nonAsciiTextsMatchByCharacter()
    {
        SearchHaystack h;
        h.append(u"café zürich");
        h.append(u"cafe zurich");
        h.append(u"日本 api");
        QCOMPARE(h.rowsContaining(u"é"), (QList<bool>{true, false, false}));
        QCOMPARE(h.rowsContaining(u"caf"), (QList<bool>{true, true, false}));
        QCOMPARE(h.rowsContaining(u"zü"), (QList<bool>{true, false, false}));
        QCOMPARE(h.rowsContaining(u"本 a"), (QList<bool>{false, false, true}));
        QCOMPARE(h.rowsContaining(u"e z"), (QList<bool>{false, true, false}));
        // Same number of characters, one more byte: not in place.
        QVERIFY(!h.replaceInPlace(1, u"cafè zurich"));
        QVERIFY(h.replaceInPlace(0, u"cafè zürich")); // è is as long as é in UTF-8
        QCOMPARE(h.rowsContaining(u"é"), (QList<bool>{false, false, false}));
    }

    void findLooksAtEveryOffset()
    {
        // The search compares blocks of sixteen starts: a needle is found wherever it starts, block
        // boundaries and the bytes after the last whole block included, and never past the text.
        for (int length : {2, 3, 7, 17}) {
            const QByteArray needle = QByteArray("abcdefghijklmnopq").left(length);
            for (int offset = 0; offset < 40; ++offset) {
                const QByteArray text = QByteArray(offset, 'a') + needle + QByteArray(offset % 5, 'x');
                QCOMPARE(SearchHaystack::find(text, needle), qsizetype(offset));
                QCOMPARE(SearchHaystack::find(text.chopped(1 + offset % 5), needle), qsizetype(-1));
            }
        }
        QCOMPARE(SearchHaystack::find("aaaaaaaaaaaaaaaaaaaaaab", "ab"), qsizetype(21));
        QCOMPARE(SearchHaystack::find("abab", "abababab"), qsizetype(-1));
        QCOMPARE(SearchHaystack::find("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxaxb", "ab"), qsizetype(-1));
    }
};

QTEST_GUILESS_MAIN(TestSearchHaystack)
#include "TestSearchHaystack.moc"
