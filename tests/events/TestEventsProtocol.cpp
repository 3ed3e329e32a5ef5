// The events frames as pure functions: what ForgeDesk sends, how every kind of frame is read, and how
// an event's payload becomes a notification. No network.

#include "api/EventsNotification.h"
#include "api/EventsProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = EventsProtocol::Frame::Kind;

class TestEventsProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribeFrameIsTheDocumentedShape()
    {
        const QByteArray frame = EventsProtocol::subscribe({u"project-updated"_s, u"project-created"_s},
                                                           u"2024-10-14T13:00:00.000Z"_s, u"abc"_s);
        QCOMPARE(QJsonDocument::fromJson(frame).object(),
                 QJsonDocument::fromJson(R"({"jsonrpc":"2.0","method":"subscribe","id":"abc",
                     "params":{"events":["project-updated","project-created"],"from":"2024-10-14T13:00:00.000Z"}})")
                     .object());
    }

    void heartbeatAnswerEchoesTheIdWithNow()
    {
        const QByteArray frame = EventsProtocol::heartbeatAnswer(
            QJsonValue(7), QDateTime(QDate(2024, 10, 15), QTime(1, 2, 3, 4), Qt::UTC));
        QCOMPARE(QJsonDocument::fromJson(frame).object(),
                 QJsonDocument::fromJson(R"({"jsonrpc":"2.0","result":"2024-10-15T01:02:03.004Z","id":7})")
                     .object());
    }

    void timestampIs24Characters()
    {
        const QString t =
            EventsProtocol::timestamp(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600));
        QCOMPARE(t, u"2024-01-02T02:04:05.000Z"_s);
        QCOMPARE(t.size(), 24);
    }

    void parsesEachKind_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("method");
        QTest::newRow("heartbeat") << QByteArray(R"({"jsonrpc":"2.0","method":"heartbeat","id":"h1"})")
                                   << int(Kind::Request) << u"heartbeat"_s;
        QTest::newRow("event") << QByteArray(R"({"jsonrpc":"2.0","method":"project-updated","params":{}})")
                               << int(Kind::Notification) << u"project-updated"_s;
        QTest::newRow("result") << QByteArray(R"({"jsonrpc":"2.0","result":["project-updated"],"id":"s"})")
                                << int(Kind::Result) << QString();
        QTest::newRow("error") << QByteArray(R"({"jsonrpc":"2.0","error":{"code":1},"id":"s"})")
                               << int(Kind::Error) << QString();
        QTest::newRow("not json") << QByteArray("{nope") << int(Kind::Invalid) << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << int(Kind::Invalid) << QString();
        QTest::newRow("wrong version") << QByteArray(R"({"jsonrpc":"1.0","method":"heartbeat","id":1})")
                                       << int(Kind::Invalid) << QString();
        QTest::newRow("method not text")
            << QByteArray(R"({"jsonrpc":"2.0","method":5})") << int(Kind::Invalid) << QString();
        QTest::newRow("params scalar")
            << QByteArray(R"({"jsonrpc":"2.0","method":"x","params":3})") << int(Kind::Invalid) << QString();
        QTest::newRow("result without id")
            << QByteArray(R"({"jsonrpc":"2.0","result":1})") << int(Kind::Invalid) << QString();
        QTest::newRow("empty") << QByteArray() << int(Kind::Invalid) << QString();
        QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","method":"heartbeat","id":{}})")
                                   << int(Kind::Invalid) << QString();
    }
    void parsesEachKind()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(QString, method);
        const EventsProtocol::Frame frame = EventsProtocol::parse(text);
        QCOMPARE(int(frame.kind), kind);
        QCOMPARE(frame.method, method);
        QCOMPARE(frame.problem.isEmpty(), kind != int(Kind::Invalid));
    }

    void cancelledPayloadNamesWhoCancelled()
    {
        const QJsonObject params = QJsonDocument::fromJson(R"({
            "timestamp": "2024-10-15T01:02:03.000Z", "user": {"user_id": "u1"},
            "data": {"project_id": "p1", "round": 2, "status": "Cancelled",
                     "cancelled_by": {"user_id": "u1", "first_name": "Ada", "last_name": "Lovelace"}}})")
                                       .object();
        const auto n = EventsNotification::fromParams(u"project-retest-cancelled"_s, params);
        QVERIFY(n);
        QCOMPARE(n->projectId, u"p1"_s);
        QCOMPARE(n->who, u"Ada Lovelace"_s);
        QCOMPARE(n->timestamp, u"2024-10-15T01:02:03.000Z"_s);
    }

    void payloadWithoutProjectOrTimestampIsRefused_data()
    {
        QTest::addColumn<QByteArray>("params");
        QTest::newRow("no project") << QByteArray(R"({"timestamp":"2024-10-15T01:02:03.000Z","data":{}})");
        QTest::newRow("no timestamp") << QByteArray(R"({"data":{"project_id":"p"}})");
        QTest::newRow("bad timestamp")
            << QByteArray(R"({"timestamp":"yesterday","data":{"project_id":"p"}})");
        QTest::newRow("data not object")
            << QByteArray(R"({"timestamp":"2024-10-15T01:02:03.000Z","data":[]})");
    }
    void payloadWithoutProjectOrTimestampIsRefused()
    {
        QFETCH(QByteArray, params);
        QString problem;
        QVERIFY(!EventsNotification::fromParams(u"project-updated"_s,
                                                QJsonDocument::fromJson(params).object(), &problem));
        QVERIFY(!problem.isEmpty());
    }

    void userWithOnlyAnIdIsShownByIt()
    {
        const QJsonObject params = QJsonDocument::fromJson(
                                       R"({"timestamp":"2024-10-15T01:02:03.000Z","user":{"user_id":"u9"},
                                           "data":{"project_id":"p"}})")
                                       .object();
        QCOMPARE(EventsNotification::fromParams(u"project-updated"_s, params)->who, u"u9"_s);
        QCOMPARE(EventsNotification::fromParams(u"project-updated"_s,
                                                {{u"timestamp"_s, u"2024-10-15T01:02:03.000Z"_s},
                                                 {u"data"_s, QJsonObject{{u"project_id"_s, u"p"_s}}}})
                     ->who,
                 u"someone"_s);
    }
};

QTEST_GUILESS_MAIN(TestEventsProtocol)
#include "TestEventsProtocol.moc"
