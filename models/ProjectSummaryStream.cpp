#include "models/ProjectSummaryStream.h"

#include <QHash>
#include <QtEndian>

// A field added to ProjectSummary, SummaryRound or HoldEvent must be written and read here too (and
// kFormatVersion bumped), or cached rows would come back without it: these stop the build until then.
// (ProjectSummary::searchText is the exception: read() folds it again rather than store it.)
static_assert(sizeof(void*) != 8 || sizeof(ProjectSummary) == 376, "update ProjectSummaryStream");
static_assert(sizeof(void*) != 8 || sizeof(SummaryRound) == 88, "update ProjectSummaryStream");
static_assert(sizeof(void*) != 8 || sizeof(HoldEvent) == 72, "update ProjectSummaryStream");

namespace ProjectSummaryStream {

namespace {

constexpr quint32 kNullString = 0xffffffff;

// The smallest encoding of each item: a count is checked against the bytes left before anything is
// reserved for it.
constexpr qsizetype kStringMin = 4; // its length
constexpr qsizetype kRoundMin = 4 + 3 * kStringMin + 4;
constexpr qsizetype kHoldMin = 3 * kStringMin;
constexpr qsizetype kRowMin = 7 * kStringMin + 1 + 2 * 4 + kStringMin + 4 + 4 + 4 + 3 * 8 + 4 + 8;

// Reads what writeHeader and writeRow wrote, straight from the file's bytes: every read checks the
// bytes left, and after the first failure every read yields a default and ok() stays false.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_p(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }

    template <typename T> T number()
    {
        if (!take(qsizetype(sizeof(T))))
            return T{};
        const T value = qFromLittleEndian<T>(m_p);
        m_p += sizeof(T);
        return value;
    }

    QString string()
    {
        const quint32 size = number<quint32>();
        if (size == kNullString || !take(qsizetype(size)))
            return {};
        QString text = QString::fromUtf8(m_p, qsizetype(size));
        m_p += size;
        return text;
    }

    // A value many rows repeat (a status, a group, a date): decoded once and shared, which saves most
    // of the load's allocations and the rows' memory.
    QString shared()
    {
        const quint32 size = number<quint32>();
        if (size == kNullString || !take(qsizetype(size)))
            return {};
        const QByteArrayView bytes(m_p, qsizetype(size));
        m_p += size;
        auto it = m_shared.constFind(bytes);
        if (it == m_shared.cend())
            it = m_shared.insert(bytes, QString::fromUtf8(bytes));
        return *it;
    }

    // A count of items of at least minBytes each; 0 and !ok() when the bytes left cannot hold them.
    qsizetype count(qsizetype minBytes)
    {
        const quint32 n = number<quint32>();
        return take(qsizetype(n) * minBytes) ? qsizetype(n) : 0;
    }

    void sharedStrings(QStringList& list)
    {
        list.resize(count(kStringMin));
        for (QString& text : list)
            text = shared();
    }

    void row(ProjectSummary& s)
    {
        s.id = string();
        s.name = string();
        s.code = string();
        s.vulnerabilityCode = string();
        s.startDate = shared();
        s.endDate = shared();
        s.status = shared();
        s.onHold = number<quint8>() != 0;
        sharedStrings(s.groupIds);
        sharedStrings(s.groupNames);
        s.lastModified = string();
        s.totalVulnerabilities = number<qint32>();
        s.rounds.resize(count(kRoundMin));
        for (SummaryRound& r : s.rounds) {
            r.number = number<qint32>();
            r.status = shared();
            r.windowStart = shared();
            r.windowEnd = shared();
            r.vulnerabilityCount = number<qint32>();
            check(r.vulnerabilityCount >= 0 && r.vulnerabilityCount <= kMaxRoundVulnerabilities);
        }
        s.holdHistory.resize(count(kHoldMin));
        for (HoldEvent& h : s.holdHistory) {
            h.status = shared();
            h.reason = shared();
            h.created = string();
        }
        s.startMs = number<qint64>();
        s.endMs = number<qint64>();
        s.lastModifiedMs = number<qint64>();
        s.nextRetestRound = number<qint32>();
        s.nextRetestMs = number<qint64>();
        // nextRetestStart() indexes rounds with it.
        check(s.nextRetestRound >= -1 && s.nextRetestRound < s.rounds.size());
        s.foldSearchText(); // here, on the cache's worker, not on the GUI thread that shows the rows
    }

    void check(bool condition) { m_ok = m_ok && condition; }

private:
    // True when `size` more bytes are there (they are not consumed).
    bool take(qsizetype size)
    {
        check(size >= 0 && size <= m_end - m_p);
        return m_ok;
    }

    const char* m_p;
    const char* m_end;
    bool m_ok = true;
    QHash<QByteArrayView, QString> m_shared; // views into the bytes being read
};

void writeString(QDataStream& out, const QString& text)
{
    if (text.isNull()) {
        out << kNullString;
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    out.writeBytes(utf8.constData(), uint(utf8.size())); // its length, then the bytes
}

} // namespace

void writeHeader(QDataStream& out, const QDateTime& savedAt, qsizetype rowCount)
{
    // Fixed, so a Qt upgrade cannot change the bytes; little-endian, as the reader expects.
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << kMagic << kFormatVersion << qint64(savedAt.toMSecsSinceEpoch()) << quint32(rowCount);
}

void writeRow(QDataStream& out, const ProjectSummary& s)
{
    for (const QString* text :
         {&s.id, &s.name, &s.code, &s.vulnerabilityCode, &s.startDate, &s.endDate, &s.status})
        writeString(out, *text);
    out << quint8(s.onHold ? 1 : 0);
    for (const QStringList* list : {&s.groupIds, &s.groupNames}) {
        out << quint32(list->size());
        for (const QString& text : *list)
            writeString(out, text);
    }
    writeString(out, s.lastModified);
    out << qint32(s.totalVulnerabilities) << quint32(s.rounds.size());
    for (const SummaryRound& r : s.rounds) {
        out << qint32(r.number);
        writeString(out, r.status);
        writeString(out, r.windowStart);
        writeString(out, r.windowEnd);
        out << qint32(r.vulnerabilityCount);
    }
    out << quint32(s.holdHistory.size());
    for (const HoldEvent& h : s.holdHistory) {
        writeString(out, h.status);
        writeString(out, h.reason);
        writeString(out, h.created);
    }
    out << qint64(s.startMs) << qint64(s.endMs) << qint64(s.lastModifiedMs) << qint32(s.nextRetestRound)
        << qint64(s.nextRetestMs);
}

std::optional<QList<ProjectSummary>> read(QByteArrayView bytes, QDateTime* savedAt)
{
    Reader reader(bytes);
    const quint32 magic = reader.number<quint32>();
    const quint32 version = reader.number<quint32>();
    const qint64 savedMs = reader.number<qint64>();
    const qsizetype n = reader.count(kRowMin);
    if (!reader.ok() || magic != kMagic || version != kFormatVersion)
        return std::nullopt;
    QList<ProjectSummary> rows;
    rows.reserve(n); // at most the file's size over kRowMin rows
    for (qsizetype i = 0; i < n && reader.ok(); ++i)
        reader.row(rows.emplace_back());
    if (!reader.ok() || !reader.atEnd()) // bytes after the last row: not the list that was written
        return std::nullopt;
    if (savedAt)
        *savedAt = QDateTime::fromMSecsSinceEpoch(savedMs, Qt::UTC);
    return rows;
}

} // namespace ProjectSummaryStream
