#include "models/ProjectSummaryStream.h"

// A field added to ProjectSummary, SummaryRound or HoldEvent must be written and read here too (and
// kFormatVersion bumped), or cached rows would come back without it: these stop the build until then.
static_assert(sizeof(void*) != 8 || sizeof(ProjectSummary) == 344, "update ProjectSummaryStream");
static_assert(sizeof(void*) != 8 || sizeof(SummaryRound) == 88, "update ProjectSummaryStream");
static_assert(sizeof(void*) != 8 || sizeof(HoldEvent) == 72, "update ProjectSummaryStream");

namespace ProjectSummaryStream {

namespace {

// Fixed, so a Qt upgrade cannot change the bytes; little-endian, so strings are copied, not swapped.
void prepare(QDataStream& stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
}

// The smallest encoding of each item: a count is checked against the bytes left before anything is
// reserved for it.
constexpr qint64 kStringMin = 4; // its length
constexpr qint64 kRoundMin = 4 + 3 * kStringMin + 4;
constexpr qint64 kHoldMin = 3 * kStringMin;
constexpr qint64 kRowMin = 7 * kStringMin + 1 + 2 * 4 + kStringMin + 4 + 4 + 4 + 3 * 8 + 4 + 8;

class Reader
{
public:
    explicit Reader(QIODevice& device)
        : m_in(&device)
        , m_device(device)
        , m_size(device.size()) // once: for a file, size() is a system call
    {
        prepare(m_in);
    }

    QDataStream& stream() { return m_in; }
    bool ok() const { return m_in.status() == QDataStream::Ok; }

    // A count of items of at least minBytes each; false when the rest of the file cannot hold them.
    bool count(qsizetype& n, qint64 minBytes)
    {
        quint32 raw = 0;
        m_in >> raw;
        if (!ok() || qint64(raw) * minBytes > m_size - m_device.pos()) {
            m_in.setStatus(QDataStream::ReadCorruptData);
            return false;
        }
        n = qsizetype(raw);
        return true;
    }

    bool strings(QStringList& list)
    {
        qsizetype n = 0;
        if (!count(n, kStringMin))
            return false;
        list.resize(n);
        for (QString& s : list)
            m_in >> s;
        return ok();
    }

    bool round(SummaryRound& r)
    {
        qint32 number = 0;
        qint32 vulnerabilities = 0;
        m_in >> number >> r.status >> r.windowStart >> r.windowEnd >> vulnerabilities;
        r.number = number;
        r.vulnerabilityCount = vulnerabilities;
        return ok() && vulnerabilities >= 0 && vulnerabilities <= kMaxRoundVulnerabilities;
    }

    bool hold(HoldEvent& h)
    {
        m_in >> h.status >> h.reason >> h.created;
        return ok();
    }

    bool row(ProjectSummary& s)
    {
        m_in >> s.id >> s.name >> s.code >> s.vulnerabilityCode >> s.startDate >> s.endDate >> s.status >>
            s.onHold;
        if (!strings(s.groupIds) || !strings(s.groupNames))
            return false;
        qint32 total = 0;
        m_in >> s.lastModified >> total;
        s.totalVulnerabilities = total;
        qsizetype n = 0;
        if (!count(n, kRoundMin))
            return false;
        s.rounds.resize(n);
        for (SummaryRound& r : s.rounds) {
            if (!round(r))
                return false;
        }
        if (!count(n, kHoldMin))
            return false;
        s.holdHistory.resize(n);
        for (HoldEvent& h : s.holdHistory) {
            if (!hold(h))
                return false;
        }
        qint32 next = 0;
        m_in >> s.startMs >> s.endMs >> s.lastModifiedMs >> next >> s.nextRetestMs;
        s.nextRetestRound = next;
        // nextRetestStart() indexes rounds with it.
        return ok() && next >= -1 && next < s.rounds.size();
    }

private:
    QDataStream m_in;
    QIODevice& m_device;
    qint64 m_size;
};

} // namespace

void writeHeader(QDataStream& out, const QDateTime& savedAt, qsizetype rowCount)
{
    prepare(out);
    out << kMagic << kFormatVersion << qint64(savedAt.toMSecsSinceEpoch()) << quint32(rowCount);
}

void writeRow(QDataStream& out, const ProjectSummary& s)
{
    out << s.id << s.name << s.code << s.vulnerabilityCode << s.startDate << s.endDate << s.status
        << s.onHold;
    for (const QStringList* list : {&s.groupIds, &s.groupNames}) {
        out << quint32(list->size());
        for (const QString& text : *list)
            out << text;
    }
    out << s.lastModified << qint32(s.totalVulnerabilities);
    out << quint32(s.rounds.size());
    for (const SummaryRound& r : s.rounds)
        out << qint32(r.number) << r.status << r.windowStart << r.windowEnd << qint32(r.vulnerabilityCount);
    out << quint32(s.holdHistory.size());
    for (const HoldEvent& h : s.holdHistory)
        out << h.status << h.reason << h.created;
    out << qint64(s.startMs) << qint64(s.endMs) << qint64(s.lastModifiedMs) << qint32(s.nextRetestRound)
        << qint64(s.nextRetestMs);
}

std::optional<QList<ProjectSummary>> read(QIODevice& in, QDateTime* savedAt)
{
    Reader reader(in);
    quint32 magic = 0;
    quint32 version = 0;
    qint64 savedMs = 0;
    reader.stream() >> magic >> version >> savedMs;
    qsizetype n = 0;
    if (!reader.ok() || magic != kMagic || version != kFormatVersion || !reader.count(n, kRowMin))
        return std::nullopt;
    QList<ProjectSummary> rows;
    rows.reserve(n); // at most the file's size over kRowMin rows
    for (qsizetype i = 0; i < n; ++i) {
        if (!reader.row(rows.emplace_back()))
            return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt; // not the list that was written
    if (savedAt)
        *savedAt = QDateTime::fromMSecsSinceEpoch(savedMs, Qt::UTC);
    return rows;
}

} // namespace ProjectSummaryStream
