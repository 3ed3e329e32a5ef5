#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>

namespace ForgeDeskTest {

// What a ScriptedHttpServer does with one request.
struct ScriptedResponse
{
    enum class Kind
    {
        Reply,       // status line, headers, body
        Hold,        // never answer (until the client gives up or the test answers it)
        Drop,        // close the connection without answering
        DropMidBody, // send the headers and half the body, then close
        Garbage,     // bytes that are not HTTP, then close
        Raw,         // `body` written exactly as given (status line and headers included), then close
    };

    Kind kind = Kind::Reply;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ScriptedResponse json(int status, const QJsonObject& body);
    static ScriptedResponse raw(int status, QByteArray body, QByteArray contentType = "text/plain");
    static ScriptedResponse redirect(int status, const QByteArray& location);
    static ScriptedResponse of(Kind kind);
    // A whole answer written byte for byte, for what a well-behaved server would not send.
    static ScriptedResponse rawBytes(QByteArray bytes);
    ScriptedResponse& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
    // The status line, Content-Length and the headers, ending with the blank line.
    QByteArray head(qsizetype contentLength) const;
};

} // namespace ForgeDeskTest

Q_DECLARE_METATYPE(ForgeDeskTest::ScriptedResponse)
