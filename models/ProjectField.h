#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How a field's value is shaped (always in UpdateProjectById request form) and edited.
enum class FieldKind
{
    Text,             // single-line string
    LongText,         // multi-line string (e-mail bodies, executive summary)
    Date,             // UTC ISO 8601 string with milliseconds
    Choice,           // one of `choices`
    ChoiceSet,        // array of distinct `choices`
    IdList,           // array of ids picked from the tenant (groups)
    EmailList,        // array of e-mail addresses
    KeyValueList,     // [{key, value}], keys unique, letters/digits/underscores
    PortfolioStreams, // [{portfolioId, streamId}]
    Features,         // {attack_chains|reporting|retesting|testcases: {enabled?, access{roles,
                      // project_access_level}}}
    Pages,            // {summary: {enabled, access{view|upload|edit _roles, _project_access_levels}}}
};

// The editor's sections, in display order.
enum class ProjectSection
{
    General,
    Status,
    Notifications,
    Emails,
    Summary,
    CustomFields,
    Portfolios,
    Access
};

struct FieldChoice
{
    QString value;
    QString label;
};

// One description of one UpdateProjectById field. Everything field-specific — JSON names in the three
// shapes the API uses, label, rule text, allowed values — lives here and nowhere else.
struct ProjectField
{
    QString key;         // request body key (identity), e.g. "scoringSystem"
    QString readKey;     // GetProjects/GetProjectById key, e.g. "project_scoring"; empty when write-only
    QString responseKey; // UpdateProjectById response key, e.g. "scoring_system"; empty when not returned
    QString label;       // visible label (untranslated source); widgets' accessible names equal it
    ProjectSection section;
    FieldKind kind;
    QList<FieldChoice> choices; // Choice / ChoiceSet
    QString help;               // the rule, shown as tooltip and in error messages
    int minLength = 0;          // Text: when non-zero, inclusive length bounds
    int maxLength = 0;
    bool required = false; // must not be empty when sent

    // The label and rule as shown: translated in context "ProjectField" (see QT_TRANSLATE_NOOP in the table).
    QString displayLabel() const;
    QString displayHelp() const;
    QStringList choiceValues() const;
    QString choiceLabel(const QString& value) const;
};

namespace ProjectFields {

const QList<ProjectField>& all();
const ProjectField* find(const QString& key);
// The GetProjects/GetProjectById key of a field known by its request key, e.g. "project_name" for "name".
QString readKey(const QString& key);
QList<const ProjectField*> inSection(ProjectSection section);
QString sectionTitle(ProjectSection section);

// The request key of every field: the table rows and every other user name fields by these.
inline constexpr QLatin1String Created{"created"};
inline constexpr QLatin1String Name{"name"};
inline constexpr QLatin1String Code{"code"};
inline constexpr QLatin1String OrganizationCode{"organization_code"};
inline constexpr QLatin1String VulnerabilityCode{"vulnerability_code"};
inline constexpr QLatin1String StartDate{"startDate"};
inline constexpr QLatin1String EndDate{"endDate"};
inline constexpr QLatin1String ScoringSystem{"scoringSystem"};
inline constexpr QLatin1String Groups{"groups"};
inline constexpr QLatin1String IsOnHold{"isOnHold"};
inline constexpr QLatin1String IsOnHoldReason{"isOnHoldReason"};
inline constexpr QLatin1String TeamNotifications{"team_notifications"};
inline constexpr QLatin1String AdminNotifications{"admin_notifications"};
inline constexpr QLatin1String ForcedEmails{"forced_emails"};
inline constexpr QLatin1String SlaActivation{"sla_activation"};
inline constexpr QLatin1String StartStopTestingEmail{"start_stop_testing_email"};
inline constexpr QLatin1String StartStopTestingRecipients{"start_stop_testing_email_additional_recipients"};
inline constexpr QLatin1String NewVulnerabilityEmailType{"new_vulnerability_email_type"};
inline constexpr QLatin1String NewVulnerabilityEmail{"new_vulnerability_email"};
inline constexpr QLatin1String NewVulnerabilityRecipients{"new_vulnerability_email_additional_recipients"};
inline constexpr QLatin1String ExecutiveSummary{"executive_summary"};
inline constexpr QLatin1String CustomFields{"custom_fields"};
inline constexpr QLatin1String ReportingCustomFields{"reporting_custom_fields"};
inline constexpr QLatin1String SummaryCustomFields{"summary_custom_fields"};
inline constexpr QLatin1String PortfolioStreams{"portfolio_streams"};
inline constexpr QLatin1String Features{"features"};
inline constexpr QLatin1String Pages{"pages"};

} // namespace ProjectFields

// Vocabulary of the nested access settings (features and pages).
namespace AccessVocabulary {
QList<FieldChoice> roles();        // client, consultant, librarymod
QList<FieldChoice> accessLevels(); // View, Upload, Edit
QList<FieldChoice> features();     // attack_chains, reporting, retesting, testcases
QStringList pageAccessLists();     // view_roles, view_project_access_levels, upload_…, edit_…
// The key of a feature's minimum access level, inside its "access" object.
inline constexpr QLatin1String ProjectAccessLevel{"project_access_level"};
} // namespace AccessVocabulary
