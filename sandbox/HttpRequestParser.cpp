#include "sandbox/HttpRequestParser.h"

#include <QList>
#include <QUrl>

#include <string_view>

using namespace Qt::StringLiterals;

namespace {

bool isToken(QByteArrayView text)
{
    static constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        kSymbols.find(c) != std::string_view::npos;
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits& limits)
    : m_limits(limits)
{}

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return;
    m_buffer.append(bytes);
}

bool HttpRequestParser::isMidRequest() const
{
    return m_state == State::Body || m_state == State::Deciding || !m_buffer.isEmpty();
}

HttpRequestParser::Event HttpRequestParser::advance()
{
    switch (m_state) {
    case State::Failed:
        return Event::Failed;
    case State::Deciding:
        return Event::HeadParsed; // the caller has not chosen keepBody() or dropBody() yet
    case State::Complete:
        return Event::RequestComplete;
    case State::Head:
        return parseHead();
    case State::Body:
        break;
    }
    const qsizetype take = qsizetype(std::min<qint64>(m_bodyLeft, m_buffer.size()));
    const qsizetype room = std::max<qsizetype>(0, m_keep - m_request.body.size());
    m_request.body.append(QByteArrayView(m_buffer).first(std::min(take, room)));
    m_buffer.remove(0, take);
    m_bodyLeft -= take;
    if (m_bodyLeft > 0)
        return Event::NeedMore;
    m_state = State::Complete;
    return Event::RequestComplete;
}

HttpRequestParser::Event HttpRequestParser::parseHead()
{
    // Blank lines before a request are allowed (RFC 9112 §2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeadBytes)
            return fail(431, u"The request head is larger than %1 bytes."_s.arg(m_limits.maxHeadBytes));
        if (m_buffer.count("\r\n") > m_limits.maxHeaderCount)
            return fail(431, u"The request has more than %1 headers."_s.arg(m_limits.maxHeaderCount));
        return Event::NeedMore;
    }
    if (end > m_limits.maxHeadBytes)
        return fail(431, u"The request head is larger than %1 bytes."_s.arg(m_limits.maxHeadBytes));
    const QList<QByteArray> lines = m_buffer.first(end).split('\n');
    m_buffer.remove(0, end + 4);
    if (lines.size() - 1 > m_limits.maxHeaderCount)
        return fail(431, u"The request has more than %1 headers."_s.arg(m_limits.maxHeaderCount));

    m_request = RecordedRequest();
    if (!parseRequestLine(QByteArrayView(lines.first()).chopped(lines.first().endsWith('\r') ? 1 : 0)))
        return fail(400, u"The request line is malformed."_s);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r') && i + 1 < lines.size())
            return fail(400, u"Header lines must end with CR LF."_s);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, u"Header line %1 is malformed."_s.arg(i));
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = m_request.headers.find(name);
        if (it == m_request.headers.end())
            m_request.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }
    if (m_request.headers.contains("transfer-encoding"))
        return fail(501, u"Chunked or encoded request bodies are not supported; send a Content-Length."_s);
    const QByteArray length = m_request.headers.value("content-length", "0");
    bool ok = false;
    const qint64 size = length.toLongLong(&ok);
    if (!ok || size < 0 || length.contains(','))
        return fail(400, u"The Content-Length header is invalid."_s);
    m_request.bodySize = size;
    m_bodyLeft = size;
    const QByteArray connection = m_request.headers.value("connection").toLower();
    m_closeRequested = connection.contains("close") || (m_http10 && !connection.contains("keep-alive"));
    m_state = State::Deciding;
    return Event::HeadParsed;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const QList<QByteArrayView> parts = [&line] {
        QList<QByteArrayView> out;
        for (qsizetype start = 0;;) {
            const qsizetype space = line.indexOf(' ', start);
            out.append(line.sliced(start, (space < 0 ? line.size() : space) - start));
            if (space < 0)
                return out;
            start = space + 1;
        }
    }();
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/'))
        return false;
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
        return false;
    m_http10 = parts.at(2) == "HTTP/1.0";
    const QUrl url(u"http://127.0.0.1"_s + QString::fromLatin1(parts.at(1)), QUrl::TolerantMode);
    if (!url.isValid())
        return false;
    m_request.method = parts.at(0).toByteArray();
    m_request.path = url.path(QUrl::FullyEncoded);
    m_request.query = QUrlQuery(url);
    return true;
}

void HttpRequestParser::keepBody()
{
    dropBody(m_limits.maxBodyBytes);
}

void HttpRequestParser::dropBody(qsizetype keepFirst)
{
    if (m_state != State::Deciding)
        return;
    m_keep = keepFirst;
    m_request.body.reserve(qsizetype(std::min<qint64>(keepFirst, m_bodyLeft)));
    m_state = State::Body;
}

RecordedRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::Complete)
        return {};
    m_state = State::Head;
    return std::exchange(m_request, RecordedRequest());
}

RecordedRequest HttpRequestParser::takePartialRequest()
{
    if (m_state == State::Body)
        advance(); // move what has arrived into the kept part of the body
    m_state = State::Failed;
    m_buffer.clear();
    return std::exchange(m_request, RecordedRequest());
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const QString& message)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureMessage = message;
    m_buffer.clear();
    return Event::Failed;
}
