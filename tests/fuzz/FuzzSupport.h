#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets: a Qt application (QTimer-owning classes need one), silence (warnings
// about bad input are expected and would only slow the fuzzer down), and small input splitters.
namespace FuzzSupport {

inline void quiet(QtMsgType, const QMessageLogContext&, const QString&) {}

inline void initialise()
{
    static int argc = 1;
    static char name[] = "forgedesk-fuzz";
    static char* argv[] = {name, nullptr};
    qInstallMessageHandler(quiet);
    if (!QCoreApplication::instance()) // the Qt Test replay main has made one already
        new QCoreApplication(argc, argv);
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    // A deep copy: libFuzzer's buffer only lives for the call, and ASan must see reads past its end.
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input as a JSON object, or an empty one when it is not JSON or not an object.
inline QJsonObject object(const QByteArray& input)
{
    return QJsonDocument::fromJson(input).object();
}

// Splits "head\n\nrest" (or "\r\n\r\n") at the first blank line; no blank line: all head.
inline void splitAtBlankLine(const QByteArray& input, QByteArray* head, QByteArray* rest)
{
    qsizetype at = input.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = input.indexOf("\n\n");
    if (lf >= 0 && (at < 0 || lf < at)) {
        at = lf;
        skip = 2;
    }
    *head = at < 0 ? input : input.left(at);
    *rest = at < 0 ? QByteArray() : input.mid(at + skip);
}

} // namespace FuzzSupport

#define FORGEDESK_FUZZ_INIT                                                                                  \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                                       \
    {                                                                                                        \
        FuzzSupport::initialise();                                                                           \
        return 0;                                                                                            \
    }
