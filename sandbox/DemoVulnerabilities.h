#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The findings of one demo project: first as cheap facts (enough for counters and retest rounds),
// turned into GetProjectVulnerabilities objects only when a client asks for them.
struct DemoVulnerability
{
    QString id;
    QString alternateId;
    int finding = 0; // index into DemoVulnerability::findings()
    QString status;  // Open, Closed
    QString retest;  // Yes, No
    bool pending = false;
    QDateTime created;
    QString asset;

    QString title() const;
    QString priority() const;
    bool isReadyForRetest() const { return status == u"Open" && retest == u"Yes"; }
    QJsonObject toJson(const QString& projectId, const QString& projectName) const;
};

namespace DemoVulnerabilities {

// `count` findings of project `projectIndex`, created during the test window from `start`.
// The same arguments always give the same findings.
QList<DemoVulnerability> generate(quint32 seed, int projectIndex, const QString& vulnerabilityCode,
                                  const QString& domain, const QDateTime& start, int count);
QString vulnerabilityId(int projectIndex, int number);

} // namespace DemoVulnerabilities
