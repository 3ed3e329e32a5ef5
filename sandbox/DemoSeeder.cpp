#include "sandbox/DemoSeeder.h"

#include "models/IsoDate.h"
#include "sandbox/DemoCatalog.h"
#include "sandbox/DemoVocabulary.h"
#include "sandbox/ProjectStatus.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/VulnerabilityCounts.h"

#include <QHash>
#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonArray subset(QRandomGenerator& rng, const QStringList& values, int minimum = 0)
{
    QJsonArray out;
    for (const QString& v : values) {
        if (rng.bounded(2) == 0)
            out.append(v);
    }
    for (int i = 0; out.size() < minimum && i < values.size(); ++i) {
        if (!out.contains(values.at(i)))
            out.append(values.at(i));
    }
    return out;
}

template <typename T> const T& pick(QRandomGenerator& rng, const QList<T>& list)
{
    return list.at(rng.bounded(int(list.size())));
}

QString iso(const QDateTime& t)
{
    return IsoDate::format(t);
}

QJsonObject keyValue(const QString& key, const QString& value, const QString& type = {})
{
    QJsonObject o{{u"key"_s, key}, {u"value"_s, value}};
    if (!type.isEmpty())
        o.insert(u"type"_s, type);
    return o;
}

const QStringList kRoles{u"client"_s, u"consultant"_s, u"librarymod"_s};
const QStringList kLevels{u"View"_s, u"Upload"_s, u"Edit"_s};

} // namespace

DemoSeeder::DemoSeeder(QDate today, quint32 seed)
    : m_today(today.startOfDay(Qt::UTC))
    , m_seed(seed)
{}

QString DemoSeeder::projectId(int index)
{
    return DemoCatalog::hexId(u"66a1f0c2", index + 1);
}

void DemoSeeder::seedCatalog(SandboxStore& store) const
{
    store.setGroups(DemoCatalog::groups());
    store.setPortfolios(DemoCatalog::portfolios());
}

void DemoSeeder::seed(SandboxStore& store, int projectCount) const
{
    store.clear();
    seedCatalog(store);
    auto indexOf = std::make_shared<QHash<QString, int>>();
    indexOf->reserve(projectCount);
    for (int i = 0; i < projectCount; ++i) {
        store.putProject(project(i));
        indexOf->insert(projectId(i), i);
    }
    const DemoSeeder self = *this;
    store.setVulnerabilitySource([self, indexOf](const QString& id) {
        const auto it = indexOf->constFind(id);
        return it == indexOf->cend() ? QList<QJsonObject>() : self.vulnerabilities(it.value());
    });
}

DemoSeeder::Plan DemoSeeder::plan(int index) const
{
    QRandomGenerator rng(m_seed + quint32(index) * 7919u);
    Plan p;
    p.index = index;
    p.client = index % int(DemoVocabulary::clients().size());
    const auto& client = DemoVocabulary::clients().at(p.client);
    const auto& curated = DemoVocabulary::curatedProjects();
    if (index < curated.size()) {
        p.name = client.short_ + u' ' + curated.at(index).second;
    } else {
        p.name = client.short_ + u' ' + pick(rng, DemoVocabulary::systems()) + u' ' +
                 pick(rng, DemoVocabulary::testTypes()) + u" #"_s + QString::number(index + 1);
    }
    p.code = client.code + u'-' + u"%1"_s.arg(index + 1, 4, 10, QChar(u'0'));
    p.vulnerabilityCode = client.code + u"%1"_s.arg(index % 1000, 3, 10, QChar(u'0'));
    p.start = m_today.addDays(-int(rng.bounded(180)) + 45);
    p.end = p.start.addDays(5 + rng.bounded(24)).addMSecs(-1);
    p.vulnerabilityCount = 5 + int(rng.bounded(26));
    return p;
}

QList<DemoVulnerability> DemoSeeder::findings(const Plan& p) const
{
    return DemoVulnerabilities::generate(m_seed, p.index, p.vulnerabilityCode,
                                         DemoVocabulary::clients().at(p.client).domain, p.start,
                                         p.vulnerabilityCount);
}

QList<QJsonObject> DemoSeeder::vulnerabilities(int index) const
{
    const Plan p = plan(index);
    QList<QJsonObject> list;
    const QString id = projectId(index);
    for (const DemoVulnerability& v : findings(p))
        list.append(v.toJson(id, p.name));
    return list;
}

QJsonObject DemoSeeder::features(QRandomGenerator& rng) const
{
    auto feature = [&](bool withEnabled, bool enabled) {
        QJsonObject access{{u"project_access_level"_s, pick(rng, kLevels)},
                           {u"roles"_s, subset(rng, kRoles, 1)}};
        QJsonObject f{{u"access"_s, access}};
        if (withEnabled)
            f.insert(u"enabled"_s, enabled);
        return f;
    };
    return {{u"attack_chains"_s, feature(true, rng.bounded(3) != 0)},
            {u"reporting"_s, feature(true, rng.bounded(5) != 0)},
            {u"retesting"_s, feature(true, rng.bounded(10) != 0)},
            {u"testcases"_s, feature(false, true)}};
}

QJsonObject DemoSeeder::pages(QRandomGenerator& rng) const
{
    QJsonObject access;
    for (const char16_t* action : {u"view", u"upload", u"edit"}) {
        const QString a = QString::fromUtf16(action);
        access.insert(a + u"_project_access_levels"_s, subset(rng, kLevels, 1));
        access.insert(a + u"_roles"_s, subset(rng, kRoles, 1));
    }
    return {{u"summary"_s, QJsonObject{{u"enabled"_s, rng.bounded(4) != 0},
                                       {u"access"_s, access},
                                       {u"custom_fields"_s,
                                        QJsonArray{keyValue(u"summary_note"_s, u"Demo"_s, u"Field"_s)}}}}};
}

QJsonArray DemoSeeder::streams(const Plan& p, QRandomGenerator& rng) const
{
    // Each client mostly lives in one portfolio; some projects also sit in the cloud platform.
    static const int home[] = {0, 1, 1, 3, 2, 1};
    const auto& specs = DemoVocabulary::portfolios();
    QJsonArray out;
    auto add = [&](int portfolio) {
        const int stream = int(rng.bounded(int(specs.at(portfolio).streams.size())));
        for (const QJsonValue& existing : std::as_const(out)) {
            if (existing.toObject().value(u"id"_s).toString() == DemoCatalog::streamId(portfolio, stream))
                return;
        }
        out.append(QJsonObject{
            {u"id"_s, DemoCatalog::streamId(portfolio, stream)},
            {u"name"_s, specs.at(portfolio).streams.at(stream)},
            {u"stream_portfolios"_s, QJsonArray{QJsonObject{{u"id"_s, DemoCatalog::portfolioId(portfolio)},
                                                            {u"name"_s, specs.at(portfolio).name}}}}});
    };
    const int roll = int(rng.bounded(10));
    if (roll >= 2)
        add(home[p.client % 6]);
    if (roll >= 7)
        add(2);
    return out;
}

QJsonArray DemoSeeder::rounds(const Plan& p, const QList<DemoVulnerability>& findings, QRandomGenerator& rng,
                              int* requested, int* completed) const
{
    QList<const DemoVulnerability*> candidates;
    for (const DemoVulnerability& v : findings) {
        if (!v.pending && (v.isReadyForRetest() || v.status == u"Closed"_s))
            candidates.append(&v);
    }
    QJsonArray out;
    if (candidates.isEmpty() || p.start > m_today.addDays(-14))
        return out;
    const int count = int(rng.bounded(4));
    for (int k = 1; k <= count; ++k) {
        const QDateTime windowStart = p.end.addMSecs(1).addDays(7 * k);
        if (windowStart > m_today.addDays(14))
            break;
        const QDateTime windowEnd = windowStart.addDays(2).addMSecs(-1);
        const bool last = k == count || windowStart.addDays(7) > m_today.addDays(14);
        QString status = u"Completed"_s;
        if (last && (windowEnd > m_today || rng.bounded(2) == 0))
            status = u"Requested"_s;
        else if (rng.bounded(8) == 0)
            status = u"Cancelled"_s;
        QJsonArray vulns;
        const int picked = 1 + int(rng.bounded(qMin(4, int(candidates.size()))));
        for (int n = 0; n < picked; ++n) {
            const DemoVulnerability* v = candidates.at((k + n * 3) % candidates.size());
            const QJsonObject entry{{u"vulnerability_id"_s, v->id},
                                    {u"vulnerability_alternate_id"_s, v->alternateId},
                                    {u"vulnerability_title"_s, v->title()}};
            if (!vulns.contains(entry))
                vulns.append(entry);
        }
        const QString tester = pick(rng, DemoVocabulary::firstNames());
        QJsonObject round{
            {u"retesting_round_id"_s, DemoCatalog::hexId(u"66c3", p.index * 8 + k)},
            {u"retesting_round"_s, k},
            {u"retesting_round_status"_s, status},
            {u"retesting_round_actioned_by"_s,
             QJsonObject{{u"user_id"_s, DemoCatalog::hexId(u"5f00", int(tester.size()))},
                         {u"user_first_name"_s, tester},
                         {u"user_last_name"_s, pick(rng, DemoVocabulary::lastNames())}}},
            {u"retesting_round_vulnerabilities"_s, vulns},
            {u"retesting_round_retested_vulnerabilities"_s, status == u"Completed"_s ? vulns : QJsonArray()},
            {u"retesting_window_start"_s, iso(windowStart)},
            {u"retesting_window_end"_s, iso(windowEnd)},
            {u"retesting_round_requested_date"_s, iso(windowStart.addDays(-3).addSecs(10 * 3600))}};
        if (status == u"Completed"_s)
            round.insert(u"retesting_round_completed_date"_s, iso(windowEnd.addSecs(-6 * 3600)));
        ++*requested;
        if (status == u"Completed"_s)
            ++*completed;
        out.append(round);
    }
    return out;
}

QJsonObject DemoSeeder::project(int index) const
{
    const Plan p = plan(index);
    // A second generator, so the project's settings never shift the plan's numbers.
    QRandomGenerator rng(m_seed ^ (0x2545f491u + quint32(index) * 31337u));
    const auto& client = DemoVocabulary::clients().at(p.client);
    const QList<DemoVulnerability> vulns = findings(p);
    const QString contact = pick(rng, DemoVocabulary::firstNames()).toLower();

    QJsonArray groups{QJsonObject{{u"id"_s, DemoCatalog::groupId(p.client)}, {u"name"_s, client.name}}};
    if (rng.bounded(3) == 0)
        groups.append(QJsonObject{{u"id"_s, DemoCatalog::groupId(int(DemoVocabulary::clients().size()))},
                                  {u"name"_s, u"Internal Security Team"_s}});

    const QDateTime created = p.start.addDays(-14 - int(rng.bounded(10))).addSecs(11 * 3600);
    const bool onHold = rng.bounded(7) == 0 && p.start < m_today;
    QJsonArray holds;
    if (onHold || rng.bounded(6) == 0) {
        const QDateTime held =
            qMin(p.start.addDays(1 + rng.bounded(3)), m_today.addDays(-1)).addSecs(14 * 3600);
        holds.append(QJsonObject{{u"status"_s, u"On Hold"_s},
                                 {u"reason"_s, pick(rng, DemoVocabulary::holdReasons())},
                                 {u"created"_s, iso(held)}});
        if (!onHold)
            holds.append(QJsonObject{{u"status"_s, u"Off Hold"_s},
                                     {u"reason"_s, u"Environment restored; testing resumes."_s},
                                     {u"created"_s, iso(held.addDays(1))}});
    }

    QJsonArray team;
    for (int m = 0, members = 2 + int(rng.bounded(3)); m < members; ++m) {
        team.append(QJsonObject{{u"id"_s, DemoCatalog::hexId(u"5f01", index * 8 + m)},
                                {u"user_id"_s, DemoCatalog::hexId(u"5f00", m)},
                                {u"first_name"_s, DemoVocabulary::firstNames().at((index + m) % 10)},
                                {u"last_name"_s, DemoVocabulary::lastNames().at((index * 3 + m) % 10)},
                                {u"access_level"_s, m == 0 ? u"Edit"_s : pick(rng, kLevels)},
                                {u"role"_s, m == 0 ? u"consultant"_s : pick(rng, kRoles)}});
    }

    QJsonArray scope;
    for (const QString& a : DemoVocabulary::assets()) {
        if (rng.bounded(3) == 0)
            scope.append(a.contains(u"%1"_s) ? a.arg(client.domain) : a);
    }

    int requested = 0;
    int completed = 0;
    const QJsonArray retests = rounds(p, vulns, rng, &requested, &completed);
    const int testcases = 40 + int(rng.bounded(120));
    const int tested =
        qMin(testcases, int(testcases * (m_today < p.start ? 0 : (m_today > p.end ? 1.0 : 0.5))));

    QJsonObject json{
        {u"project_id"_s, projectId(index)},
        {u"project_name"_s, p.name},
        {u"project_code"_s, p.code},
        {u"project_organization_code"_s, QString(u"ORG-"_s + client.code)},
        {u"project_vulnerability_code"_s, p.vulnerabilityCode},
        {u"project_groups"_s, groups},
        {u"project_on_hold"_s, onHold ? u"Yes"_s : u"No"_s},
        {u"project_start_date"_s, iso(p.start)},
        {u"project_end_date"_s, iso(p.end)},
        {u"project_scope"_s, scope},
        {u"project_scoring"_s, rng.bounded(3) == 0 ? u"Manual"_s : u"CVSSv3.1"_s},
        {u"project_team_notifications"_s, subset(rng, {u"critical"_s, u"high"_s, u"medium"_s, u"low"_s,
                                                       u"info"_s, u"retest"_s, u"reopened"_s, u"closed"_s})},
        {u"project_admin_notifications"_s, subset(rng, {u"retest"_s, u"reopened"_s, u"closed"_s})},
        {u"project_start_stop_testing_email"_s,
         u"Hi {firstName},\n\nTesting on %1 starts at 09:00 and stops at 17:00 each day.\n\nRegards"_s.arg(
             p.name)},
        {u"project_start_stop_testing_email_additional_recipients"_s,
         rng.bounded(2) ? QJsonArray{QString(u"soc@"_s + client.domain)} : QJsonArray()},
        {u"project_new_vulnerability_email_type"_s, rng.bounded(2) ? u"individual"_s : u"group"_s},
        {u"project_new_vulnerability_email"_s,
         u"Hi {firstName},\n\nA new {priority} vulnerability was found on %1."_s.arg(p.name)},
        {u"project_new_vulnerability_email_additional_recipients"_s,
         rng.bounded(2)
             ? QJsonArray{QString(contact + u'@' + client.domain), QString(u"appsec@"_s + client.domain)}
             : QJsonArray()},
        {u"project_forced_emails"_s,
         subset(rng, {u"new_critical_vulnerability"_s, u"new_high_vulnerability"_s,
                      u"vulnerability_ready_for_retesting"_s, u"project_hold"_s, u"retest_completed"_s})},
        {u"project_sla_activation"_s, rng.bounded(4) == 0 ? u"manual"_s : u"automatic"_s},
        {u"project_executive_summary"_s,
         u"%1 engaged the team to assess %2. %3 findings were raised."_s.arg(client.name, p.name)
             .arg(vulns.size())},
        {u"project_team"_s, team},
        {u"project_hold_history"_s, holds},
        {u"project_retests_requested"_s, requested},
        {u"project_retests_completed"_s, completed},
        {u"project_retesting_history"_s, retests},
        {u"project_streams"_s, streams(p, rng)},
        {u"project_total_assets"_s, scope.size()},
        {u"project_total_testcases"_s, testcases},
        {u"project_tested_testcases"_s, tested},
        {u"project_not_tested_testcases"_s, testcases - tested},
        {u"project_testing_progress"_s, u"%1%"_s.arg(tested * 100 / testcases)},
        {u"project_created"_s, iso(created)},
        {u"project_last_modified"_s,
         iso(qMin(created.addDays(20 + rng.bounded(40)), m_today.addSecs(-3600)))},
        {u"project_custom_fields"_s,
         QJsonArray{keyValue(u"customer_name"_s, client.name, u"Field"_s),
                    keyValue(u"engagement_type"_s, rng.bounded(2) ? u"External"_s : u"Internal"_s, u"Tag"_s),
                    keyValue(u"cost_centre"_s, u"CC-%1"_s.arg(1000 + index % 9000), u"Field"_s)}},
        {u"project_reporting_custom_fields"_s,
         QJsonArray{keyValue(u"report_template"_s, rng.bounded(2) ? u"Standard"_s : u"Executive"_s),
                    keyValue(u"classification"_s, u"Confidential"_s)}},
        {u"project_summary_custom_fields"_s,
         QJsonArray{keyValue(u"business_owner"_s, team.first().toObject().value(u"first_name"_s).toString() +
                                                      u" (business owner)"_s)}},
        {u"project_features"_s, features(rng)},
        {u"project_pages"_s, pages(rng)},
    };
    json.insert(u"project_status"_s, ProjectStatus::compute(json, m_today));
    VulnerabilityCounts counts;
    for (const DemoVulnerability& v : vulns)
        counts.add(v.priority(), v.status, v.retest, v.pending);
    counts.writeTo(json);
    return json;
}
