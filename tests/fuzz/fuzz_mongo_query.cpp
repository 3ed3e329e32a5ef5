// The sandbox's `q` filter: MongoQuery::parse on any text, then matching against a project and a
// vulnerability shaped as the store holds them. The first byte picks the field prefix.
#include "FuzzSupport.h"

#include "sandbox/MongoQuery.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

FORGEDESK_FUZZ_INIT

namespace {

const QJsonObject& vulnerability()
{
    static const QJsonObject v = FuzzSupport::object(
        R"({"vulnerability_id":"v1","vulnerability_title":"SQL injection","vulnerability_priority":"High",
            "vulnerability_status":"Open","vulnerability_is_retest":"Yes","vulnerability_cvss_score":7.5,
            "vulnerability_tags":["web","db"],"vulnerability_created":"2024-05-01T10:00:00.000Z"})");
    return v;
}

const QJsonObject& project()
{
    static const QJsonObject p = FuzzSupport::object(
        R"({"project_id":"p1","project_name":"Web app","project_status":"Testing","project_on_hold":false,
            "project_start_date":"2024-05-01T00:00:00.000Z","project_groups":[{"id":"g1","name":"Red"}]})");
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QString prefix = (data[0] & 1) ? u"project_"_s : u"vulnerability_"_s;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    static const QDateTime now = QDateTime::fromString(u"2024-06-01T12:00:00Z"_s, Qt::ISODate);
    QString error;
    const std::optional<MongoQuery> query = MongoQuery::parse(text, prefix, now, &error);
    if (query) {
        (void)query->matches(vulnerability());
        (void)query->matches(project());
    }
    return 0;
}
