// How long the model layer takes on a large tenant, next to the cost of just parsing the same JSON
// with QJsonDocument (the floor any client pays). Prints one line per step; asserts nothing.
#include "models/Catalog.h"
#include "models/ProjectCodec.h"
#include "models/ProjectDiff.h"
#include "models/ProjectValidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QJsonObject sampleProject(int i)
{
    QJsonObject body{{u"name"_s, u"Project %1 — ACME web application penetration test"_s.arg(i)},
                     {u"code"_s, u"ACME%1"_s.arg(i)},
                     {u"startDate"_s, u"2026-01-05T00:00:00.000Z"_s},
                     {u"endDate"_s, u"2026-02-05T00:00:00.000Z"_s},
                     {u"scoringSystem"_s, u"CVSSv3.1"_s},
                     {u"isOnHold"_s, i % 7 == 0 ? u"Yes"_s : u"No"_s},
                     {u"groups"_s, QJsonArray{u"g%1"_s.arg(i % 5)}},
                     {u"team_notifications"_s, QJsonArray{u"critical"_s, u"high"_s, u"retest"_s}},
                     {u"new_vulnerability_email_additional_recipients"_s, QJsonArray{u"soc@acme.example"_s}},
                     {u"custom_fields"_s,
                      QJsonArray{QJsonObject{{u"key"_s, u"owner"_s}, {u"value"_s, u"Team %1"_s.arg(i)}}}},
                     {u"features"_s, QJsonObject{{u"reporting"_s, QJsonObject{{u"enabled"_s, true}}}}}};
    Project p = ProjectCodec::fromUpdateBody(body);
    p.setId(u"p%1"_s.arg(i));
    for (int r = 1; r <= 3; ++r)
        p.facts().retestRounds.append({u"r%1"_s.arg(r),
                                       r,
                                       u"Completed"_s,
                                       u"2026-01-10T00:00:00.000Z"_s,
                                       u"2026-01-12T23:59:59.999Z"_s,
                                       {},
                                       {},
                                       {},
                                       {},
                                       {}});
    return ProjectCodec::toReadJson(p);
}

template <typename F> double timeMs(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);

    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(sampleProject(i));
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{u"count"_s, count}, {u"projects"_s, list}}).toJson(QJsonDocument::Compact);
    out << "bench_codec: " << count << " projects, " << bytes.size() / 1024 << " KiB of GetProjects JSON\n";

    QJsonDocument doc;
    const double parse = timeMs([&] { doc = QJsonDocument::fromJson(bytes); });
    QList<Project> projects;
    const double decode = timeMs([&] {
        for (const QJsonValue& v : doc.object().value(u"projects"_s).toArray())
            projects.append(ProjectCodec::fromReadJson(v.toObject()));
    });
    const double encode = timeMs([&] {
        for (const Project& p : projects)
            ProjectCodec::toReadJson(p);
    });
    int changed = 0;
    const double diff = timeMs([&] {
        for (const Project& p : projects) {
            Project edited = p;
            edited.setValue(u"name"_s, QString(p.name() + u" (edited)"_s));
            changed += ProjectDiff::updateBody(p, edited).size();
        }
    });
    int issues = 0;
    const double validate = timeMs([&] {
        for (const Project& p : projects)
            issues += ProjectValidator::validateUpdateBody(ProjectCodec::toUpdateBody(p)).size();
    });

    out << QString::asprintf("  reference  QJsonDocument::fromJson          %8.1f ms\n", parse);
    out << QString::asprintf("  ForgeDesk  decode to Project (after parse)   %8.1f ms  (%.1f µs/project)\n",
                             decode, decode * 1000 / count);
    out << QString::asprintf("  ForgeDesk  encode to read JSON               %8.1f ms\n", encode);
    out << QString::asprintf("  ForgeDesk  diff + minimal update body        %8.1f ms  (%d fields changed)\n",
                             diff, changed);
    out << QString::asprintf("  ForgeDesk  validate every field of each      %8.1f ms  (%d issues)\n",
                             validate, issues);
    return 0;
}
