#include "api/SummaryPipeline.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Decoded pages reach the receiver in list order, in slices of at most 1,000 rows: the first at once,
// the next after the slice interval while pages come, one per turn of the event loop once all are in
// (so a backlog is never one long stall), and the end only after the last slice.
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
    void pagesAreHeldForTheIntervalThenHandedOverInOrder()
    {
        Receiver got;
        QObject owner;
        auto pipe = std::make_shared<SummaryPipeline>(&owner, nullptr, got.batch(), got.done());
        pipe->setSliceInterval(60 * 60 * 1000); // never lapses during the test
        QCOMPARE(pipe->pageStarted(), 0);
        QCOMPARE(pipe->pageStarted(), 1);
        QCOMPARE(pipe->pageStarted(), 2);
        pipe->pageDecoded(1, rows(1200, 1200)); // ahead of page 0: waits
        QVERIFY(got.batches.isEmpty());
        pipe->pageDecoded(0, rows(0, 1200));
        // The first slice at once; the rest wait for the interval while pages still come.
        QCOMPARE(got.batches, (QList<QStringList>{{u"0"_s, u"999"_s, u"1000"_s}}));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        pipe->listEnded();
        QCoreApplication::processEvents();
        QCOMPARE(got.batches.size(), 1); // page 2 is still being decoded
        QVERIFY(got.doneWith.isEmpty());
        // Every page in: the backlog goes out a slice per turn without waiting for the interval.
        pipe->pageDecoded(2, rows(2400, 30));
        QTRY_COMPARE(got.doneWith, (QList<int>{2430}));
        QCOMPARE(got.batches.size(), 3);
        QCOMPARE(got.batches.at(1), (QStringList{u"1000"_s, u"1999"_s, u"1000"_s}));
        QCOMPARE(got.batches.at(2), (QStringList{u"2000"_s, u"2429"_s, u"430"_s}));
    }

    void aPageRightAfterTheFirstIsHeld()
    {
        Receiver got;
        QObject owner;
        auto pipe = std::make_shared<SummaryPipeline>(&owner, nullptr, got.batch(), got.done());
        pipe->setSliceInterval(60 * 60 * 1000);
        pipe->pageStarted();
        pipe->pageStarted();
        pipe->pageDecoded(0, rows(0, 500)); // all of it in the first slice: nothing left scheduled
        QCOMPARE(got.batches, (QList<QStringList>{{u"0"_s, u"499"_s, u"500"_s}}));
        pipe->pageDecoded(1, rows(500, 500));
        QCoreApplication::processEvents();
        QCOMPARE(got.batches.size(), 1); // within the interval: held
        pipe->listEnded();
        QTRY_COMPARE(got.doneWith, (QList<int>{1000}));
        QCOMPARE(got.batches.at(1), (QStringList{u"500"_s, u"999"_s, u"500"_s}));
    }

    void aPageAfterTheIntervalGoesOutAtOnce()
    {
        Receiver got;
        QObject owner;
        auto pipe = std::make_shared<SummaryPipeline>(&owner, nullptr, got.batch(), got.done());
        pipe->setSliceInterval(0);
        pipe->pageStarted();
        pipe->pageStarted();
        pipe->pageDecoded(0, rows(0, 1200));
        QCOMPARE(got.batches.size(), 1);
        QTRY_COMPARE(got.batches.size(), 2);
        QCOMPARE(got.batches.at(1), (QStringList{u"1000"_s, u"1199"_s, u"200"_s}));
        pipe->pageDecoded(1, rows(1200, 10)); // the interval has passed: no wait for the event loop
        QCOMPARE(got.batches.size(), 3);
        QCOMPARE(got.batches.at(2), (QStringList{u"1200"_s, u"1209"_s, u"10"_s}));
        pipe->listEnded();
        QCOMPARE(got.doneWith, (QList<int>{1210}));
    }

    void anEmptyListEndsAtOnce()
    {
        Receiver got;
        QObject owner;
        auto pipe = std::make_shared<SummaryPipeline>(&owner, nullptr, got.batch(), got.done());
        pipe->pageStarted();
        pipe->pageDecoded(0, {});
        pipe->listEnded();
        QCOMPARE(got.doneWith, (QList<int>{0}));
        QVERIFY(got.batches.isEmpty());
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
