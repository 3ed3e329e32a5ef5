#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The words the demo data set is made of: clients, systems, findings, people. Kept apart from the
// generator so the data reads like a real tenant and the generator stays about structure.
namespace DemoVocabulary {

struct Client
{
    QString name;   // group name, e.g. "ACME Corporation"
    QString short_; // in project names, e.g. "ACME"
    QString code;   // 4 letters for project and vulnerability codes
    QString domain; // for e-mail addresses
};

struct Finding
{
    QString title;
    QString priority;
    QString remediation;
};

struct PortfolioSpec
{
    QString name;
    QString code;
    QStringList streams;
};

const QList<Client>& clients();
// The standard demo projects: (client index, rest of the name).
const QList<std::pair<int, QString>>& curatedProjects();
const QStringList& systems();
const QStringList& testTypes();
const QList<Finding>& findings();
const QList<PortfolioSpec>& portfolios();
const QStringList& firstNames();
const QStringList& lastNames();
const QStringList& holdReasons();
const QStringList& assets();

} // namespace DemoVocabulary
