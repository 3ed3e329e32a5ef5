#include "sandbox/DemoVulnerabilities.h"

#include "models/IsoDate.h"
#include "sandbox/DemoVocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

QString DemoVulnerability::title() const
{
    return DemoVocabulary::findings().at(finding).title;
}

QString DemoVulnerability::priority() const
{
    return DemoVocabulary::findings().at(finding).priority;
}

QJsonObject DemoVulnerability::toJson(const QString& projectId, const QString& projectName) const
{
    const DemoVocabulary::Finding& f = DemoVocabulary::findings().at(finding);
    static const QHash<QString, double> scores{
        {u"Critical"_s, 9.8}, {u"High"_s, 8.1}, {u"Medium"_s, 5.4}, {u"Low"_s, 3.1}, {u"Info"_s, 0.0}};
    QJsonObject json{
        {u"vulnerability_id"_s, id},
        {u"vulnerability_alternate_id"_s, alternateId},
        {u"vulnerability_created"_s, IsoDate::format(created)},
        {u"vulnerability_modified"_s, IsoDate::format(created.addDays(3))},
        {u"vulnerability_title"_s, f.title},
        {u"vulnerability_priority"_s, f.priority},
        {u"vulnerability_cvssv3_base_score"_s, QString::number(scores.value(f.priority), 'f', 1)},
        {u"vulnerability_status"_s, status},
        {u"vulnerability_status_updated"_s, IsoDate::format(created.addDays(status == u"Closed"_s ? 9 : 0))},
        {u"vulnerability_retest"_s, retest},
        {u"vulnerability_is_zeroday"_s, u"No"_s},
        {u"vulnerability_description"_s, QString(f.title + u" was found on "_s + asset + u'.')},
        {u"vulnerability_remediation_recommendation"_s, f.remediation},
        {u"vulnerability_affected_asset_name"_s, asset},
        {u"vulnerability_tags"_s, QJsonArray{f.priority.toLower()}},
        {u"vulnerability_projects"_s,
         QJsonArray{QJsonObject{{u"id"_s, projectId}, {u"name"_s, projectName}}}},
    };
    if (pending)
        json.insert(u"vulnerability_is_pending"_s, true);
    return json;
}

namespace DemoVulnerabilities {

QString vulnerabilityId(int projectIndex, int number)
{
    return u"6650b1%1%2"_s.arg(projectIndex, 12, 16, QChar(u'0')).arg(number, 6, 16, QChar(u'0'));
}

QList<DemoVulnerability> generate(quint32 seed, int projectIndex, const QString& vulnerabilityCode,
                                  const QString& domain, const QDateTime& start, int count)
{
    QRandomGenerator rng(seed ^ (0x9e3779b9u + quint32(projectIndex) * 104729u));
    const int findings = int(DemoVocabulary::findings().size());
    const QStringList& assets = DemoVocabulary::assets();
    QList<DemoVulnerability> list;
    list.reserve(count);
    for (int n = 1; n <= count; ++n) {
        DemoVulnerability v;
        v.id = vulnerabilityId(projectIndex, n);
        v.alternateId = vulnerabilityCode + u'-' + QString::number(n);
        // Fewer criticals than lows, as in real reports.
        const int roll = int(rng.bounded(100));
        v.finding = roll < 8    ? int(rng.bounded(3))
                    : roll < 35 ? 3 + int(rng.bounded(6))
                    : roll < 70 ? 9 + int(rng.bounded(6))
                                : 15 + int(rng.bounded(findings - 15));
        const int state = int(rng.bounded(100));
        v.status = state < 30 ? u"Closed"_s : u"Open"_s;
        v.retest = state >= 30 && state < 60 ? u"Yes"_s : u"No"_s;
        v.pending = state >= 97;
        v.created = start.addDays(rng.bounded(5)).addSecs(rng.bounded(8 * 3600) + 9 * 3600);
        v.asset = assets.at(rng.bounded(int(assets.size())));
        if (v.asset.contains(u"%1"_s))
            v.asset = v.asset.arg(domain);
        list.append(v);
    }
    return list;
}

} // namespace DemoVulnerabilities
