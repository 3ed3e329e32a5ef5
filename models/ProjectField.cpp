#include "models/ProjectField.h"

#include "models/RuleTexts.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// The untranslated source text of a label or rule; QT_TRANSLATE_NOOP marks it for lupdate, and
// ProjectField::displayLabel() / displayHelp() translate it when shown.
QString text(const char* source)
{
    return QString::fromUtf8(source);
}

// A rule as shown: untranslated or translated, with the date example filled in where it has one.
QString filled(const QString& rule)
{
    return rule.contains(u"%1"_s) ? rule.arg(RuleTexts::utcExample()) : rule;
}

QString rule(const char* source)
{
    return filled(text(source));
}

QList<FieldChoice> choices(std::initializer_list<std::pair<const char16_t*, const char*>> list)
{
    QList<FieldChoice> result;
    for (const auto& [value, label] : list)
        result.append({QString::fromUtf16(value), text(label)});
    return result;
}

const char* const kEmailRule =
    QT_TRANSLATE_NOOP("ProjectField", "A list of e-mail addresses, e.g. soc@example.com.");
const char* const kKeyValueRule =
    QT_TRANSLATE_NOOP("ProjectField", "Each entry needs a key and a value. Keys are letters, numbers and "
                                      "underscores only, and unique in the list.");
// %1 is RuleTexts::utcExample(), filled in by rule() after translation.
const char* const kDateRule =
    QT_TRANSLATE_NOOP("ProjectField", "Chosen as a local calendar date; sent as UTC ISO 8601, e.g. %1.");
const char* const kCreatedRule =
    QT_TRANSLATE_NOOP("ProjectField", "Overwrites the project's created timestamp.");
const char* const kEndDateRule = QT_TRANSLATE_NOOP("ProjectField", "Not before the start date.");

QList<ProjectField> buildTable()
{
    using K = FieldKind;
    using S = ProjectSection;
    namespace F = ProjectFields;
    QList<ProjectField> t;
    auto add = [&t](ProjectField f) { t.append(std::move(f)); };

    // General
    add({.key = F::Name,
         .readKey = u"project_name"_s,
         .responseKey = u"name"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Name")),
         .section = S::General,
         .kind = K::Text,
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "The project's name; it cannot be empty.")),
         .required = true});
    add({.key = F::Code,
         .readKey = u"project_code"_s,
         .responseKey = u"code"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Code")),
         .section = S::General,
         .kind = K::Text,
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Project code."))});
    add({.key = F::OrganizationCode,
         .readKey = u"project_organization_code"_s,
         .responseKey = u"organization_code"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Organization code")),
         .section = S::General,
         .kind = K::Text,
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Project organization code."))});
    add({.key = F::VulnerabilityCode,
         .readKey = u"project_vulnerability_code"_s,
         .responseKey = u"vulnerability_code"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Vulnerability code")),
         .section = S::General,
         .kind = K::Text,
         .help = text(QT_TRANSLATE_NOOP(
             "ProjectField",
             "Prefix for user-friendly vulnerability ids: 3 to 8 characters, unique per project.")),
         .minLength = 3,
         .maxLength = 8});
    add({.key = F::Created,
         .readKey = u"project_created"_s,
         .responseKey = u"created"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Created")),
         .section = S::General,
         .kind = K::Date,
         .help = text(kCreatedRule) + u' ' + rule(kDateRule)});
    add({.key = F::StartDate,
         .readKey = u"project_start_date"_s,
         .responseKey = u"startDate"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Start date")),
         .section = S::General,
         .kind = K::Date,
         .help = rule(kDateRule)});
    add({.key = F::EndDate,
         .readKey = u"project_end_date"_s,
         .responseKey = u"endDate"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "End date")),
         .section = S::General,
         .kind = K::Date,
         .help = rule(kDateRule) + u' ' + text(kEndDateRule)});
    add({.key = F::ScoringSystem,
         .readKey = u"project_scoring"_s,
         .responseKey = u"scoring_system"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Scoring system")),
         .section = S::General,
         .kind = K::Choice,
         .choices = choices({{u"Manual", QT_TRANSLATE_NOOP("ProjectField", "Manual")},
                             {u"CVSSv3.1", QT_TRANSLATE_NOOP("ProjectField", "CVSS v3.1")}}),
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Either Manual or CVSSv3.1."))});
    add({.key = F::Groups,
         .readKey = u"project_groups"_s,
         .responseKey = u"groups"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Groups")),
         .section = S::General,
         .kind = K::IdList,
         .help = text(QT_TRANSLATE_NOOP("ProjectField",
                                        "Groups linked to the project, picked from the tenant's groups."))});

    // Status
    add({.key = F::IsOnHold,
         .readKey = u"project_on_hold"_s,
         .responseKey = u"isOnHold"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "On hold")),
         .section = S::Status,
         .kind = K::Choice,
         .choices = choices({{u"No", QT_TRANSLATE_NOOP("ProjectField", "No")},
                             {u"Yes", QT_TRANSLATE_NOOP("ProjectField", "Yes")}}),
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Either Yes or No."))});
    add({.key = F::IsOnHoldReason,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Reason for the hold status change")),
         .section = S::Status,
         .kind = K::LongText,
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "E-mailed to the project team with the status "
                                                        "change; required when the hold status changes."))});

    // Notifications
    add({.key = F::TeamNotifications,
         .readKey = u"project_team_notifications"_s,
         .responseKey = u"team_notifications"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Team notifications")),
         .section = S::Notifications,
         .kind = K::ChoiceSet,
         .choices = choices({{u"critical", QT_TRANSLATE_NOOP("ProjectField", "Critical")},
                             {u"high", QT_TRANSLATE_NOOP("ProjectField", "High")},
                             {u"medium", QT_TRANSLATE_NOOP("ProjectField", "Medium")},
                             {u"low", QT_TRANSLATE_NOOP("ProjectField", "Low")},
                             {u"info", QT_TRANSLATE_NOOP("ProjectField", "Info")},
                             {u"retest", QT_TRANSLATE_NOOP("ProjectField", "Retest")},
                             {u"reopened", QT_TRANSLATE_NOOP("ProjectField", "Reopened")},
                             {u"closed", QT_TRANSLATE_NOOP("ProjectField", "Closed")}}),
         .help = text(QT_TRANSLATE_NOOP(
             "ProjectField", "Any of critical, high, medium, low, info, retest, reopened, closed."))});
    add({.key = F::AdminNotifications,
         .readKey = u"project_admin_notifications"_s,
         .responseKey = u"admin_notifications"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Admin notifications")),
         .section = S::Notifications,
         .kind = K::ChoiceSet,
         .choices = choices({{u"retest", QT_TRANSLATE_NOOP("ProjectField", "Retest")},
                             {u"reopened", QT_TRANSLATE_NOOP("ProjectField", "Reopened")},
                             {u"closed", QT_TRANSLATE_NOOP("ProjectField", "Closed")}}),
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Any of retest, reopened, closed."))});
    add({.key = F::ForcedEmails,
         .readKey = u"project_forced_emails"_s,
         .responseKey = u"forced_emails"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Forced e-mails")),
         .section = S::Notifications,
         .kind = K::ChoiceSet,
         .choices = choices(
             {{u"all_emails", QT_TRANSLATE_NOOP("ProjectField", "All e-mails")},
              {u"daily_start_stop_testing", QT_TRANSLATE_NOOP("ProjectField", "Daily start/stop testing")},
              {u"new_critical_vulnerability",
               QT_TRANSLATE_NOOP("ProjectField", "New critical vulnerability")},
              {u"new_high_vulnerability", QT_TRANSLATE_NOOP("ProjectField", "New high vulnerability")},
              {u"new_medium_vulnerability", QT_TRANSLATE_NOOP("ProjectField", "New medium vulnerability")},
              {u"new_low_vulnerability", QT_TRANSLATE_NOOP("ProjectField", "New low vulnerability")},
              {u"new_info_vulnerability", QT_TRANSLATE_NOOP("ProjectField", "New info vulnerability")},
              {u"vulnerability_ready_for_retesting",
               QT_TRANSLATE_NOOP("ProjectField", "Vulnerability ready for retesting")},
              {u"vulnerability_reopened", QT_TRANSLATE_NOOP("ProjectField", "Vulnerability reopened")},
              {u"vulnerability_closed", QT_TRANSLATE_NOOP("ProjectField", "Vulnerability closed")},
              {u"project_role_updated", QT_TRANSLATE_NOOP("ProjectField", "Project role updated")},
              {u"project_hold", QT_TRANSLATE_NOOP("ProjectField", "Project hold")},
              {u"retest_completed", QT_TRANSLATE_NOOP("ProjectField", "Retest completed")}}),
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "E-mails the project team cannot opt out of."))});
    add({.key = F::SlaActivation,
         .readKey = u"project_sla_activation"_s,
         .responseKey = u"sla_activation"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "SLA activation")),
         .section = S::Notifications,
         .kind = K::Choice,
         .choices = choices({{u"automatic", QT_TRANSLATE_NOOP("ProjectField", "Automatic")},
                             {u"manual", QT_TRANSLATE_NOOP("ProjectField", "Manual")}}),
         .help =
             text(QT_TRANSLATE_NOOP("ProjectField", "Apply vulnerability SLAs automatically or manually."))});

    // E-mails
    add({.key = F::StartStopTestingEmail,
         .readKey = u"project_start_stop_testing_email"_s,
         .responseKey = u"start_stop_testing_email"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Start/stop testing e-mail")),
         .section = S::Emails,
         .kind = K::LongText,
         .help = text(
             QT_TRANSLATE_NOOP("ProjectField", "Body of the daily start and stop testing notification."))});
    add({.key = F::StartStopTestingRecipients,
         .readKey = u"project_start_stop_testing_email_additional_recipients"_s,
         .responseKey = u"start_stop_testing_email_additional_recipients"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Start/stop testing recipients")),
         .section = S::Emails,
         .kind = K::EmailList,
         .help = text(kEmailRule)});
    add({.key = F::NewVulnerabilityEmailType,
         .readKey = u"project_new_vulnerability_email_type"_s,
         .responseKey = u"new_vulnerability_email_type"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "New vulnerability e-mail type")),
         .section = S::Emails,
         .kind = K::Choice,
         .choices = choices({{u"individual", QT_TRANSLATE_NOOP("ProjectField", "Individual")},
                             {u"group", QT_TRANSLATE_NOOP("ProjectField", "Grouped")}}),
         .help = text(
             QT_TRANSLATE_NOOP("ProjectField", "Either individual or group; individual when not set."))});
    add({.key = F::NewVulnerabilityEmail,
         .readKey = u"project_new_vulnerability_email"_s,
         .responseKey = u"new_vulnerability_email"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "New vulnerability e-mail")),
         .section = S::Emails,
         .kind = K::LongText,
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Body of the new vulnerability notification."))});
    add({.key = F::NewVulnerabilityRecipients,
         .readKey = u"project_new_vulnerability_email_additional_recipients"_s,
         .responseKey = u"new_vulnerability_email_additional_recipients"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "New vulnerability recipients")),
         .section = S::Emails,
         .kind = K::EmailList,
         .help = text(kEmailRule)});

    // Summary
    add({.key = F::ExecutiveSummary,
         .readKey = u"project_executive_summary"_s,
         .responseKey = u"executive_summary"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Executive summary")),
         .section = S::Summary,
         .kind = K::LongText,
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Executive summary for the reports."))});

    // Custom fields
    add({.key = F::CustomFields,
         .readKey = u"project_custom_fields"_s,
         .responseKey = u"custom_fields"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Custom fields")),
         .section = S::CustomFields,
         .kind = K::KeyValueList,
         .help = text(kKeyValueRule)});
    add({.key = F::ReportingCustomFields,
         .readKey = u"project_reporting_custom_fields"_s,
         .responseKey = u"reporting_custom_fields"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Reporting custom fields")),
         .section = S::CustomFields,
         .kind = K::KeyValueList,
         .help = text(kKeyValueRule)});
    add({.key = F::SummaryCustomFields,
         .readKey = u"project_summary_custom_fields"_s,
         .responseKey = u"summary_custom_fields"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Summary custom fields")),
         .section = S::CustomFields,
         .kind = K::KeyValueList,
         .help = text(kKeyValueRule)});

    // Portfolios
    add({.key = F::PortfolioStreams,
         .readKey = u"project_streams"_s,
         .responseKey = u"streams"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Portfolio streams")),
         .section = S::Portfolios,
         .kind = K::PortfolioStreams,
         .help = text(QT_TRANSLATE_NOOP("ProjectField", "Each stream must be part of its portfolio."))});

    // Access
    add({.key = F::Features,
         .readKey = u"project_features"_s,
         .responseKey = u"features"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Features")),
         .section = S::Access,
         .kind = K::Features,
         .help =
             text(QT_TRANSLATE_NOOP("ProjectField", "Roles: client, consultant or library moderator. Minimum "
                                                    "project access level: View, Upload or Edit."))});
    add({.key = F::Pages,
         .readKey = u"project_pages"_s,
         .responseKey = u"pages"_s,
         .label = text(QT_TRANSLATE_NOOP("ProjectField", "Summary page")),
         .section = S::Access,
         .kind = K::Pages,
         .help = text(QT_TRANSLATE_NOOP(
             "ProjectField",
             "Roles: client, consultant or library moderator. Access levels: View, Upload or Edit."))});

    return t;
}

} // namespace

QString ProjectField::displayLabel() const
{
    return QCoreApplication::translate("ProjectField", label.toUtf8().constData());
}

QString ProjectField::displayHelp() const
{
    QString whole = QCoreApplication::translate("ProjectField", help.toUtf8().constData());
    if (whole != help)
        return whole;
    // A composed rule (a date field's own rule and the date format) is translated part by part.
    QString composed = help;
    for (const char* source : {kCreatedRule, kDateRule, kEndDateRule})
        composed.replace(filled(text(source)), filled(QCoreApplication::translate("ProjectField", source)));
    return composed;
}

QStringList ProjectField::choiceValues() const
{
    QStringList values;
    for (const FieldChoice& c : choices)
        values.append(c.value);
    return values;
}

QString ProjectField::choiceLabel(const QString& value) const
{
    for (const FieldChoice& c : choices) {
        if (c.value == value)
            return c.label;
    }
    return value;
}

namespace ProjectFields {

const QList<ProjectField>& all()
{
    static const QList<ProjectField> table = buildTable();
    return table;
}

const ProjectField* find(const QString& key)
{
    static const QHash<QString, const ProjectField*> index = [] {
        QHash<QString, const ProjectField*> map;
        for (const ProjectField& f : all())
            map.insert(f.key, &f);
        return map;
    }();
    return index.value(key, nullptr);
}

QString readKey(const QString& key)
{
    const ProjectField* field = find(key);
    return field ? field->readKey : QString();
}

QList<const ProjectField*> inSection(ProjectSection section)
{
    QList<const ProjectField*> result;
    for (const ProjectField& f : all()) {
        if (f.section == section)
            result.append(&f);
    }
    return result;
}

QString sectionTitle(ProjectSection section)
{
    switch (section) {
    case ProjectSection::General:
        return QCoreApplication::translate("ProjectField", "General");
    case ProjectSection::Status:
        return QCoreApplication::translate("ProjectField", "Status");
    case ProjectSection::Notifications:
        return QCoreApplication::translate("ProjectField", "Notifications");
    case ProjectSection::Emails:
        return QCoreApplication::translate("ProjectField", "E-mails");
    case ProjectSection::Summary:
        return QCoreApplication::translate("ProjectField", "Summary");
    case ProjectSection::CustomFields:
        return QCoreApplication::translate("ProjectField", "Custom fields");
    case ProjectSection::Portfolios:
        return QCoreApplication::translate("ProjectField", "Portfolios");
    case ProjectSection::Access:
        return QCoreApplication::translate("ProjectField", "Access");
    }
    return {};
}

} // namespace ProjectFields

namespace AccessVocabulary {

QList<FieldChoice> roles()
{
    return choices({{u"client", QT_TRANSLATE_NOOP("ProjectField", "Client")},
                    {u"consultant", QT_TRANSLATE_NOOP("ProjectField", "Consultant")},
                    {u"librarymod", QT_TRANSLATE_NOOP("ProjectField", "Library moderator")}});
}

QList<FieldChoice> accessLevels()
{
    return choices({{u"View", QT_TRANSLATE_NOOP("ProjectField", "View")},
                    {u"Upload", QT_TRANSLATE_NOOP("ProjectField", "Upload")},
                    {u"Edit", QT_TRANSLATE_NOOP("ProjectField", "Edit")}});
}

QList<FieldChoice> features()
{
    return choices({{u"attack_chains", QT_TRANSLATE_NOOP("ProjectField", "Attack chains")},
                    {u"reporting", QT_TRANSLATE_NOOP("ProjectField", "Reporting")},
                    {u"retesting", QT_TRANSLATE_NOOP("ProjectField", "Retesting")},
                    {u"testcases", QT_TRANSLATE_NOOP("ProjectField", "Test cases")}});
}

QStringList pageAccessLists()
{
    return {u"view_roles"_s,   u"view_project_access_levels"_s,
            u"upload_roles"_s, u"upload_project_access_levels"_s,
            u"edit_roles"_s,   u"edit_project_access_levels"_s};
}

} // namespace AccessVocabulary
