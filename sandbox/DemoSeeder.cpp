#include "sandbox/DemoSeeder.h"

#include "models/IsoDate.h"
#include "models/ProjectCodec.h"
#include "models/ProjectFactKeys.h"
#include "models/ProjectField.h"
#include "sandbox/DemoCatalog.h"
#include "sandbox/DemoVocabulary.h"
#include "sandbox/ProjectStatus.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/VulnerabilityCounts.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

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

QStringList valuesOf(const QList<FieldChoice>& choices)
{
    QStringList values;
    for (const FieldChoice& c : choices)
        values.append(c.value);
    return values;
}

const ProjectField& field(const QString& key)
{
    return *ProjectFields::find(key);
}

// The allowed values of a Choice or ChoiceSet field, from the field table.
QStringList choicesOf(const QString& key)
{
    return field(key).choiceValues();
}

// Some of a field's allowed values, by position in the table (so the demo data picks documented values
// without spelling them again).
QStringList choicesAt(const QString& key, std::initializer_list<int> positions)
{
    const QStringList all = choicesOf(key);
    QStringList picked;
    for (const int i : positions)
        picked.append(all.at(i));
    return picked;
}

const QStringList& roles()
{
    static const QStringList list = valuesOf(AccessVocabulary::roles());
    return list;
}

const QStringList& levels()
{
    static const QStringList list = valuesOf(AccessVocabulary::accessLevels());
    return list;
}

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
    QStringList ids;
    ids.reserve(projectCount);
    for (int i = 0; i < projectCount; ++i) {
        ids.append(projectId(i));
        indexOf->insert(ids.constLast(), i);
    }
    const DemoSeeder self = *this;
    // Project i depends on nothing but i, so the store may produce it on any thread, when first asked.
    store.setProjectSource(ids, [self](qsizetype row) { return self.project(int(row)); });
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
        QJsonObject access{{AccessVocabulary::ProjectAccessLevel, pick(rng, levels())},
                           {u"roles"_s, subset(rng, roles(), 1)}};
        QJsonObject f{{u"access"_s, access}};
        if (withEnabled)
            f.insert(u"enabled"_s, enabled);
        return f;
    };
    const QStringList names = valuesOf(AccessVocabulary::features()); // attack chains, reporting, …
    QJsonObject out;
    out.insert(names.at(0), feature(true, rng.bounded(3) != 0));
    out.insert(names.at(1), feature(true, rng.bounded(5) != 0));
    out.insert(names.at(2), feature(true, rng.bounded(10) != 0));
    out.insert(names.at(3), feature(false, true));
    return out;
}

QJsonObject DemoSeeder::pages(QRandomGenerator& rng) const
{
    // pageAccessLists() pairs each action's roles with its access levels: view_roles,
    // view_project_access_levels, upload_roles, …
    const QStringList lists = AccessVocabulary::pageAccessLists();
    QJsonObject access;
    for (qsizetype action = 0; action + 1 < lists.size(); action += 2) {
        access.insert(lists.at(action + 1), subset(rng, levels(), 1));
        access.insert(lists.at(action), subset(rng, roles(), 1));
    }
    return {{u"summary"_s, QJsonObject{{u"enabled"_s, rng.bounded(4) != 0},
                                       {u"access"_s, access},
                                       {u"custom_fields"_s,
                                        QJsonArray{keyValue(u"summary_note"_s, u"Demo"_s, u"Field"_s)}}}}};
}

QJsonArray DemoSeeder::streams(const Plan& p, QRandomGenerator& rng, QHash<QString, QString>& names) const
{
    // Each client mostly lives in one portfolio; some projects also sit in the cloud platform.
    static const int home[] = {0, 1, 1, 3, 2, 1};
    const auto& specs = DemoVocabulary::portfolios();
    QJsonArray out;
    QSet<QString> added;
    auto add = [&](int portfolio) {
        const int stream = int(rng.bounded(int(specs.at(portfolio).streams.size())));
        const QString streamId = DemoCatalog::streamId(portfolio, stream);
        if (added.contains(streamId))
            return;
        added.insert(streamId);
        names.insert(streamId, specs.at(portfolio).streams.at(stream));
        names.insert(DemoCatalog::portfolioId(portfolio), specs.at(portfolio).name);
        out.append(
            QJsonObject{{u"portfolioId"_s, DemoCatalog::portfolioId(portfolio)}, {u"streamId"_s, streamId}});
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
    namespace F = ProjectFields;
    namespace K = ProjectFactKeys;
    const Plan p = plan(index);
    // A second generator, so the project's settings never shift the plan's numbers. The draws below
    // keep their order: each project must stay the same project.
    QRandomGenerator rng(m_seed ^ (0x2545f491u + quint32(index) * 31337u));
    const auto& client = DemoVocabulary::clients().at(p.client);
    const QList<DemoVulnerability> vulns = findings(p);
    const QString contact = pick(rng, DemoVocabulary::firstNames()).toLower();

    Project project;
    project.setId(projectId(index));
    ProjectFacts& facts = project.facts();
    QJsonArray groups{DemoCatalog::groupId(p.client)};
    facts.names.insert(DemoCatalog::groupId(p.client), client.name);
    if (rng.bounded(3) == 0) {
        const QString internal = DemoCatalog::groupId(int(DemoVocabulary::clients().size()));
        groups.append(internal);
        facts.names.insert(internal, u"Internal Security Team"_s);
    }

    const QDateTime created = p.start.addDays(-14 - int(rng.bounded(10))).addSecs(11 * 3600);
    const bool onHold = rng.bounded(7) == 0 && p.start < m_today;
    if (onHold || rng.bounded(6) == 0) {
        const QDateTime held =
            qMin(p.start.addDays(1 + rng.bounded(3)), m_today.addDays(-1)).addSecs(14 * 3600);
        facts.holdHistory.append(
            HoldEvent{HoldEvent::kOnHold, pick(rng, DemoVocabulary::holdReasons()), iso(held)});
        if (!onHold)
            facts.holdHistory.append(HoldEvent{
                HoldEvent::kOffHold, u"Environment restored; testing resumes."_s, iso(held.addDays(1))});
    }

    QJsonArray team;
    for (int m = 0, members = 2 + int(rng.bounded(3)); m < members; ++m) {
        const QString level = m == 0 ? levels().at(2) : pick(rng, levels());
        const QString role = m == 0 ? roles().at(1) : pick(rng, roles());
        team.append(QJsonObject{{u"id"_s, DemoCatalog::hexId(u"5f01", index * 8 + m)},
                                {u"user_id"_s, DemoCatalog::hexId(u"5f00", m)},
                                {u"first_name"_s, DemoVocabulary::firstNames().at((index + m) % 10)},
                                {u"last_name"_s, DemoVocabulary::lastNames().at((index * 3 + m) % 10)},
                                {u"access_level"_s, level},
                                {u"role"_s, role}});
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

    // The UpdateProjectById fields, in request shape; the codec writes them under their read keys.
    auto set = [&project](const QString& key, const QJsonValue& value) { project.setValue(key, value); };
    set(F::Name, p.name);
    set(F::Code, p.code);
    set(F::OrganizationCode, QString(u"ORG-"_s + client.code));
    set(F::VulnerabilityCode, p.vulnerabilityCode);
    set(F::Groups, groups);
    set(F::IsOnHold, choicesOf(F::IsOnHold).at(onHold ? 1 : 0)); // No, Yes
    set(F::StartDate, iso(p.start));
    set(F::EndDate, iso(p.end));
    set(F::ScoringSystem, choicesOf(F::ScoringSystem).at(rng.bounded(3) == 0 ? 0 : 1)); // Manual, CVSS
    set(F::TeamNotifications, subset(rng, choicesOf(F::TeamNotifications)));
    set(F::AdminNotifications, subset(rng, choicesOf(F::AdminNotifications)));
    set(F::StartStopTestingEmail,
        u"Hi {firstName},\n\nTesting on %1 starts at 09:00 and stops at 17:00 each day.\n\nRegards"_s.arg(
            p.name));
    set(F::StartStopTestingRecipients,
        rng.bounded(2) ? QJsonArray{QString(u"soc@"_s + client.domain)} : QJsonArray());
    set(F::NewVulnerabilityEmailType,
        choicesOf(F::NewVulnerabilityEmailType).at(rng.bounded(2) ? 0 : 1)); // individual, group
    set(F::NewVulnerabilityEmail,
        u"Hi {firstName},\n\nA new {priority} vulnerability was found on %1."_s.arg(p.name));
    set(F::NewVulnerabilityRecipients, rng.bounded(2) ? QJsonArray{QString(contact + u'@' + client.domain),
                                                                   QString(u"appsec@"_s + client.domain)}
                                                      : QJsonArray());
    // New critical and high vulnerability, ready for retesting, project hold, retest completed.
    set(F::ForcedEmails, subset(rng, choicesAt(F::ForcedEmails, {2, 3, 7, 11, 12})));
    set(F::SlaActivation,
        choicesOf(F::SlaActivation).at(rng.bounded(4) == 0 ? 1 : 0)); // automatic, manual
    set(F::ExecutiveSummary,
        u"%1 engaged the team to assess %2. %3 findings were raised."_s.arg(client.name, p.name)
            .arg(vulns.size()));
    const QJsonArray streamList = streams(p, rng, facts.names);
    set(F::PortfolioStreams, streamList);
    set(F::Created, iso(created));
    facts.lastModified = iso(qMin(created.addDays(20 + rng.bounded(40)), m_today.addSecs(-3600)));
    set(F::CustomFields,
        QJsonArray{keyValue(u"customer_name"_s, client.name, u"Field"_s),
                   keyValue(u"engagement_type"_s, rng.bounded(2) ? u"External"_s : u"Internal"_s, u"Tag"_s),
                   keyValue(u"cost_centre"_s, u"CC-%1"_s.arg(1000 + index % 9000), u"Field"_s)});
    set(F::ReportingCustomFields,
        QJsonArray{keyValue(u"report_template"_s, rng.bounded(2) ? u"Standard"_s : u"Executive"_s),
                   keyValue(u"classification"_s, u"Confidential"_s)});
    set(F::SummaryCustomFields,
        QJsonArray{keyValue(u"business_owner"_s, team.first().toObject().value(u"first_name"_s).toString() +
                                                     u" (business owner)"_s)});
    set(F::Features, features(rng));
    set(F::Pages, pages(rng));
    facts.testingProgress = u"%1%"_s.arg(tested * 100 / testcases);

    QJsonObject json = ProjectCodec::toReadJson(project);
    // What the read shape says beyond the fields and the facts the client keeps.
    json.insert(K::RetestingHistory, retests);
    json.insert(K::Scope, scope);
    json.insert(K::Team, team);
    json.insert(K::RetestsRequested, requested);
    json.insert(K::RetestsCompleted, completed);
    json.insert(K::TotalAssets, scope.size());
    json.insert(K::TotalTestcases, testcases);
    json.insert(K::TestedTestcases, tested);
    json.insert(K::NotTestedTestcases, testcases - tested);
    json.insert(K::Status, ProjectStatus::compute(json, m_today));
    VulnerabilityCounts counts;
    for (const DemoVulnerability& v : vulns)
        counts.add(v.priority(), v.status, v.retest, v.pending);
    counts.writeTo(json);
    return json;
}
