#include "models/AccessRules.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AccessRules {

namespace {

QStringList valuesOf(const QList<FieldChoice>& choices)
{
    QStringList values;
    for (const FieldChoice& c : choices)
        values.append(c.value);
    return values;
}

QString labelOf(const QList<FieldChoice>& choices, const QString& value)
{
    for (const FieldChoice& c : choices) {
        if (c.value == value)
            return c.label;
    }
    return value;
}

void report(const ProjectField& f, const QString& path, const QString& message, ValidationIssueCollector& out)
{
    out.append({f.key + u'.' + path, f.label + u": "_s + message});
}

void checkList(const ProjectField& f, const QString& path, const QString& what, const QJsonValue& v,
               const QStringList& allowed, ValidationIssueCollector& out)
{
    if (!v.isArray()) {
        report(f, path, QCoreApplication::translate("AccessRules", "%1 must be a list.").arg(what), out);
        return;
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!allowed.contains(item.toString()))
            report(f, path,
                   QCoreApplication::translate("AccessRules", "%1 “%2” is not allowed; use %3.")
                       .arg(what, item.toVariant().toString(), allowed.join(u", "_s)),
                   out);
    }
}

void checkEnabled(const ProjectField& f, const QString& path, const QJsonObject& o,
                  ValidationIssueCollector& out)
{
    if (o.contains(u"enabled"_s) && !o.value(u"enabled"_s).isBool())
        report(f, path + u".enabled"_s,
               QCoreApplication::translate("AccessRules", "“enabled” must be true or false."), out);
}

} // namespace

void checkFeatures(const ProjectField& f, const QJsonValue& value, ValidationIssueCollector& out)
{
    if (!value.isObject()) {
        report(f, QString(),
               QCoreApplication::translate("AccessRules", "must be an object of feature settings."), out);
        return;
    }
    const QList<FieldChoice> features = AccessVocabulary::features();
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key();
        if (!valuesOf(features).contains(name)) {
            report(f, name,
                   QCoreApplication::translate("AccessRules", "unknown feature “%1”; use %2.")
                       .arg(name, valuesOf(features).join(u", "_s)),
                   out);
            continue;
        }
        const QString label = labelOf(features, name);
        const QJsonObject feature = it.value().toObject();
        checkEnabled(f, name, feature, out);
        const QJsonObject access = feature.value(u"access"_s).toObject();
        if (access.contains(u"roles"_s))
            checkList(f, name + u".access.roles"_s,
                      QCoreApplication::translate("AccessRules", "%1 role").arg(label),
                      access.value(u"roles"_s), valuesOf(AccessVocabulary::roles()), out);
        if (access.contains(AccessVocabulary::ProjectAccessLevel)) {
            const QString level = access.value(AccessVocabulary::ProjectAccessLevel).toString();
            if (!valuesOf(AccessVocabulary::accessLevels()).contains(level))
                report(f, name + u".access.project_access_level"_s,
                       QCoreApplication::translate(
                           "AccessRules", "%1 minimum project access level must be View, Upload or Edit.")
                           .arg(label),
                       out);
        }
    }
}

void checkPages(const ProjectField& f, const QJsonValue& value, ValidationIssueCollector& out)
{
    if (!value.isObject()) {
        report(f, QString(),
               QCoreApplication::translate("AccessRules", "must be an object of page settings."), out);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"summary"_s) {
            report(f, it.key(),
                   QCoreApplication::translate("AccessRules",
                                               "unknown page “%1”; only the summary page can be configured.")
                       .arg(it.key()),
                   out);
            continue;
        }
        const QJsonObject page = it.value().toObject();
        checkEnabled(f, it.key(), page, out);
        const QJsonObject access = page.value(u"access"_s).toObject();
        for (const QString& list : AccessVocabulary::pageAccessLists()) {
            if (!access.contains(list))
                continue;
            const bool isRoles = list.endsWith(u"_roles"_s);
            const QString what = QString(list).replace(u'_', u' ');
            checkList(f, it.key() + u".access."_s + list, what, access.value(list),
                      valuesOf(isRoles ? AccessVocabulary::roles() : AccessVocabulary::accessLevels()), out);
        }
    }
}

} // namespace AccessRules
