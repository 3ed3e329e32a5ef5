#include "models/ProjectField.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QList<FieldChoice> choices(std::initializer_list<std::pair<const char16_t*, const char16_t*>> list)
{
    QList<FieldChoice> result;
    for (const auto& [value, label] : list)
        result.append({QString::fromUtf16(value), QString::fromUtf16(label)});
    return result;
}

const QString kEmailRule = u"A list of e-mail addresses, e.g. soc@example.com."_s;
const QString kKeyValueRule =
    u"Each entry needs a key and a value. Keys are letters, numbers and underscores only, and unique in the list."_s;
const QString kDateRule =
    u"Chosen as a local calendar date; sent as UTC ISO 8601, e.g. 2021-06-03T23:15:33.008Z."_s;

QList<ProjectField> buildTable()
{
    using K = FieldKind;
    using S = ProjectSection;
    QList<ProjectField> t;
    auto add = [&t](ProjectField f) { t.append(std::move(f)); };

    // General
    add({u"name"_s,
         u"project_name"_s,
         u"name"_s,
         u"Name"_s,
         S::General,
         K::Text,
         {},
         u"The project's name; it cannot be empty."_s,
         0,
         0,
         true});
    add({u"code"_s, u"project_code"_s, u"code"_s, u"Code"_s, S::General, K::Text, {}, u"Project code."_s});
    add({u"organization_code"_s,
         u"project_organization_code"_s,
         u"organization_code"_s,
         u"Organization code"_s,
         S::General,
         K::Text,
         {},
         u"Project organization code."_s});
    add({u"vulnerability_code"_s,
         u"project_vulnerability_code"_s,
         u"vulnerability_code"_s,
         u"Vulnerability code"_s,
         S::General,
         K::Text,
         {},
         u"Prefix for user-friendly vulnerability ids: 3 to 8 characters, unique per project."_s,
         3,
         8});
    add({u"created"_s,
         u"project_created"_s,
         u"created"_s,
         u"Created"_s,
         S::General,
         K::Date,
         {},
         u"Overwrites the project's created timestamp. "_s + kDateRule});
    add({u"startDate"_s,
         u"project_start_date"_s,
         u"startDate"_s,
         u"Start date"_s,
         S::General,
         K::Date,
         {},
         kDateRule});
    add({u"endDate"_s,
         u"project_end_date"_s,
         u"endDate"_s,
         u"End date"_s,
         S::General,
         K::Date,
         {},
         kDateRule + u" Not before the start date."_s});
    add({u"scoringSystem"_s, u"project_scoring"_s, u"scoring_system"_s, u"Scoring system"_s, S::General,
         K::Choice, choices({{u"Manual", u"Manual"}, {u"CVSSv3.1", u"CVSS v3.1"}}),
         u"Either Manual or CVSSv3.1."_s});
    add({u"groups"_s,
         u"project_groups"_s,
         u"groups"_s,
         u"Groups"_s,
         S::General,
         K::IdList,
         {},
         u"Groups linked to the project, picked from the tenant's groups."_s});

    // Status
    add({u"isOnHold"_s, u"project_on_hold"_s, u"isOnHold"_s, u"On hold"_s, S::Status, K::Choice,
         choices({{u"No", u"No"}, {u"Yes", u"Yes"}}), u"Either Yes or No."_s});
    add({u"isOnHoldReason"_s,
         QString(),
         QString(),
         u"Reason for the hold status change"_s,
         S::Status,
         K::LongText,
         {},
         u"E-mailed to the project team with the status change; required when the hold status changes."_s});

    // Notifications
    add({u"team_notifications"_s, u"project_team_notifications"_s, u"team_notifications"_s,
         u"Team notifications"_s, S::Notifications, K::ChoiceSet,
         choices({{u"critical", u"Critical"},
                  {u"high", u"High"},
                  {u"medium", u"Medium"},
                  {u"low", u"Low"},
                  {u"info", u"Info"},
                  {u"retest", u"Retest"},
                  {u"reopened", u"Reopened"},
                  {u"closed", u"Closed"}}),
         u"Any of critical, high, medium, low, info, retest, reopened, closed."_s});
    add({u"admin_notifications"_s, u"project_admin_notifications"_s, u"admin_notifications"_s,
         u"Admin notifications"_s, S::Notifications, K::ChoiceSet,
         choices({{u"retest", u"Retest"}, {u"reopened", u"Reopened"}, {u"closed", u"Closed"}}),
         u"Any of retest, reopened, closed."_s});
    add({u"forced_emails"_s, u"project_forced_emails"_s, u"forced_emails"_s, u"Forced e-mails"_s,
         S::Notifications, K::ChoiceSet,
         choices({{u"all_emails", u"All e-mails"},
                  {u"daily_start_stop_testing", u"Daily start/stop testing"},
                  {u"new_critical_vulnerability", u"New critical vulnerability"},
                  {u"new_high_vulnerability", u"New high vulnerability"},
                  {u"new_medium_vulnerability", u"New medium vulnerability"},
                  {u"new_low_vulnerability", u"New low vulnerability"},
                  {u"new_info_vulnerability", u"New info vulnerability"},
                  {u"vulnerability_ready_for_retesting", u"Vulnerability ready for retesting"},
                  {u"vulnerability_reopened", u"Vulnerability reopened"},
                  {u"vulnerability_closed", u"Vulnerability closed"},
                  {u"project_role_updated", u"Project role updated"},
                  {u"project_hold", u"Project hold"},
                  {u"retest_completed", u"Retest completed"}}),
         u"E-mails the project team cannot opt out of."_s});
    add({u"sla_activation"_s, u"project_sla_activation"_s, u"sla_activation"_s, u"SLA activation"_s,
         S::Notifications, K::Choice, choices({{u"automatic", u"Automatic"}, {u"manual", u"Manual"}}),
         u"Apply vulnerability SLAs automatically or manually."_s});

    // E-mails
    add({u"start_stop_testing_email"_s,
         u"project_start_stop_testing_email"_s,
         u"start_stop_testing_email"_s,
         u"Start/stop testing e-mail"_s,
         S::Emails,
         K::LongText,
         {},
         u"Body of the daily start and stop testing notification."_s});
    add({u"start_stop_testing_email_additional_recipients"_s,
         u"project_start_stop_testing_email_additional_recipients"_s,
         u"start_stop_testing_email_additional_recipients"_s,
         u"Start/stop testing recipients"_s,
         S::Emails,
         K::EmailList,
         {},
         kEmailRule});
    add({u"new_vulnerability_email_type"_s, u"project_new_vulnerability_email_type"_s,
         u"new_vulnerability_email_type"_s, u"New vulnerability e-mail type"_s, S::Emails, K::Choice,
         choices({{u"individual", u"Individual"}, {u"group", u"Grouped"}}),
         u"Either individual or group; individual when not set."_s});
    add({u"new_vulnerability_email"_s,
         u"project_new_vulnerability_email"_s,
         u"new_vulnerability_email"_s,
         u"New vulnerability e-mail"_s,
         S::Emails,
         K::LongText,
         {},
         u"Body of the new vulnerability notification."_s});
    add({u"new_vulnerability_email_additional_recipients"_s,
         u"project_new_vulnerability_email_additional_recipients"_s,
         u"new_vulnerability_email_additional_recipients"_s,
         u"New vulnerability recipients"_s,
         S::Emails,
         K::EmailList,
         {},
         kEmailRule});

    // Summary
    add({u"executive_summary"_s,
         u"project_executive_summary"_s,
         u"executive_summary"_s,
         u"Executive summary"_s,
         S::Summary,
         K::LongText,
         {},
         u"Executive summary for the reports."_s});

    // Custom fields
    add({u"custom_fields"_s,
         u"project_custom_fields"_s,
         u"custom_fields"_s,
         u"Custom fields"_s,
         S::CustomFields,
         K::KeyValueList,
         {},
         kKeyValueRule});
    add({u"reporting_custom_fields"_s,
         u"project_reporting_custom_fields"_s,
         u"reporting_custom_fields"_s,
         u"Reporting custom fields"_s,
         S::CustomFields,
         K::KeyValueList,
         {},
         kKeyValueRule});
    add({u"summary_custom_fields"_s,
         u"project_summary_custom_fields"_s,
         u"summary_custom_fields"_s,
         u"Summary custom fields"_s,
         S::CustomFields,
         K::KeyValueList,
         {},
         kKeyValueRule});

    // Portfolios
    add({u"portfolio_streams"_s,
         u"project_streams"_s,
         u"streams"_s,
         u"Portfolio streams"_s,
         S::Portfolios,
         K::PortfolioStreams,
         {},
         u"Each stream must be part of its portfolio."_s});

    // Access
    add({u"features"_s,
         u"project_features"_s,
         u"features"_s,
         u"Features"_s,
         S::Access,
         K::Features,
         {},
         u"Roles: client, consultant or library moderator. Minimum project access level: View, Upload or Edit."_s});
    add({u"pages"_s,
         u"project_pages"_s,
         u"pages"_s,
         u"Summary page"_s,
         S::Access,
         K::Pages,
         {},
         u"Roles: client, consultant or library moderator. Access levels: View, Upload or Edit."_s});
    return t;
}

} // namespace

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
        return u"General"_s;
    case ProjectSection::Status:
        return u"Status"_s;
    case ProjectSection::Notifications:
        return u"Notifications"_s;
    case ProjectSection::Emails:
        return u"E-mails"_s;
    case ProjectSection::Summary:
        return u"Summary"_s;
    case ProjectSection::CustomFields:
        return u"Custom fields"_s;
    case ProjectSection::Portfolios:
        return u"Portfolios"_s;
    case ProjectSection::Access:
        return u"Access"_s;
    }
    return {};
}

} // namespace ProjectFields

namespace AccessVocabulary {

QList<FieldChoice> roles()
{
    return choices(
        {{u"client", u"Client"}, {u"consultant", u"Consultant"}, {u"librarymod", u"Library moderator"}});
}

QList<FieldChoice> accessLevels()
{
    return choices({{u"View", u"View"}, {u"Upload", u"Upload"}, {u"Edit", u"Edit"}});
}

QList<FieldChoice> features()
{
    return choices({{u"attack_chains", u"Attack chains"},
                    {u"reporting", u"Reporting"},
                    {u"retesting", u"Retesting"},
                    {u"testcases", u"Test cases"}});
}

QStringList pageAccessLists()
{
    return {u"view_roles"_s,   u"view_project_access_levels"_s,
            u"upload_roles"_s, u"upload_project_access_levels"_s,
            u"edit_roles"_s,   u"edit_project_access_levels"_s};
}

} // namespace AccessVocabulary
