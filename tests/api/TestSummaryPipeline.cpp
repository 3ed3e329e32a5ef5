#include "api/SummaryPipeline.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Decoded pages reach the receiver in list order, in slices of at most 500 rows with a turn of the
// event loop between them (so a backlog is never one long stall), and the end only after the last slice.
class TestSummaryPipeline : public QObject
{
    Q_OBJECT

    static QList<ProjectSummary> rows(int from, int count)
    {
        QList<ProjectSummary> out;
        for (int i = from; i < from + count; ++i) {
            ProjectSummary s;
            s.id = QString::number(i);
            out.append(s);
        }
        return out;
    }

    struct Receiver
    {
        QList<QStringList> batches; // the first and last id and the size of each batch
        QList<int> doneWith;
        QList<QString> errors;
        SummaryPipeline::Batch batch()
        {
            return [this](const QList<ProjectSummary>& b) {
                batches.append({b.first().id, b.last().id, QString::number(b.size())});
            };
        }
        SummaryPipeline::Done done()
        {
            return [this](const ApiResult<int>& r) {
                if (r.isOk())
                    doneWith.append(r.value());
                else
                    errors.append(r.error().message());
            };
        }
    };

private Q_SLOTS:
    void backlogIsHandedOverInOrderedSlices()
    {
        Receiver got;
        QObject owner;
        auto pipe = std::make_shared<SummaryPipeline>(&owner, nullptr, got.batch(), got.done());
        QCOMPARE(pipe->pageStarted(), 0);
        QCOMPARE(pipe->pageStarted(), 1);
        QCOMPARE(pipe->pageStarted(), 2);
        pipe->pageDecoded(1, rows(700, 700)); // ahead of page 0: waits
        QVERIFY(got.batches.isEmpty());
        pipe->pageDecoded(0, rows(0, 700));
        // The first slice at once, the rest one per turn of the event loop.
        QCOMPARE(got.batches, (QList<QStringList>{{u"0"_s, u"499"_s, u"500"_s}}));
        pipe->listEnded();
        QVERIFY(got.doneWith.isEmpty());
        QTRY_COMPARE(got.batches.size(), 3);
        QCOMPARE(got.batches.at(1), (QStringList{u"500"_s, u"999"_s, u"500"_s}));
        QCOMPARE(got.batches.at(2), (QStringList{u"1000"_s, u"1399"_s, u"400"_s}));
        QVERIFY(got.doneWith.isEmpty()); // page 2 is still being decoded
        pipe->pageDecoded(2, rows(1400, 30));
        QTRY_COMPARE(got.doneWith, (QList<int>{1430}));
        QCOMPARE(got.batches.size(), 4);
        QCOMPARE(got.batches.at(3), (QStringList{u"1400"_s, u"1429"_s, u"30"_s}));
    }

    void aFailureDropsWhatIsQueued()
    {
        Receiver got;
        QObject owner;
        auto pipe = std::make_shared<SummaryPipeline>(&owner, nullptr, got.batch(), got.done());
        pipe->pageStarted();
        pipe->pageDecoded(0, rows(0, 1200));
        QCOMPARE(got.batches.size(), 1);
        pipe->fail(ApiError(ApiError::Category::Network, u"The connection was closed."_s));
        QCOMPARE(got.errors.size(), 1);
        QCoreApplication::processEvents(); // a scheduled slice would run on this turn
        QCoreApplication::processEvents();
        QCOMPARE(got.batches.size(), 1);
        QVERIFY(got.doneWith.isEmpty());
    }

    void aGoneReceiverGetsNothingMore()
    {
        Receiver got;
        QObject owner;
        auto* context = new QObject;
        auto pipe = std::make_shared<SummaryPipeline>(&owner, context, got.batch(), got.done());
        pipe->pageStarted();
        pipe->pageDecoded(0, rows(0, 1200));
        pipe->listEnded();
        QCOMPARE(got.batches.size(), 1);
        delete context;
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(got.batches.size(), 1);
        QVERIFY(got.doneWith.isEmpty());
        QVERIFY(got.errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSummaryPipeline)
#include "TestSummaryPipeline.moc"
