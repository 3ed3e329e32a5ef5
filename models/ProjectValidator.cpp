#include "models/ProjectValidator.h"

#include "models/AccessRules.h"
#include "models/Catalog.h"
#include "models/IsoDate.h"
#include "models/Project.h"
#include "models/RuleTexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ProjectValidator {

namespace {

ValidationIssue issue(const ProjectField& f, const QString& message, const QString& path = {})
{
    return {path.isEmpty() ? f.key : path, f.displayLabel() + u": "_s + message};
}

QString quoted(const QStringList& values)
{
    return u"“"_s + values.join(u"”, “"_s) + u"”"_s;
}

void checkStringArray(const ProjectField& f, const QJsonValue& v, ValidationIssueCollector& out,
                      const std::function<QString(const QString&)>& checkItem)
{
    if (!v.isArray()) {
        out.append(issue(f, QCoreApplication::translate("ProjectValidator", "must be a list.")));
        return;
    }
    QSet<QString> seen;
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = f.key + u'[' + QString::number(i) + u']';
        if (!items.at(i).isString()) {
            out.append(
                issue(f, QCoreApplication::translate("ProjectValidator", "entry %1 must be text.").arg(i + 1),
                      path));
            continue;
        }
        const QString item = items.at(i).toString();
        if (const QString problem = checkItem(item); !problem.isEmpty())
            out.append(issue(f, problem, path));
        else if (seen.contains(item))
            out.append(issue(
                f, QCoreApplication::translate("ProjectValidator", "“%1” is listed twice.").arg(item), path));
        seen.insert(item);
    }
}

void checkKeyValues(const ProjectField& f, const QJsonValue& v, ValidationIssueCollector& out)
{
    if (!v.isArray()) {
        out.append(issue(
            f, QCoreApplication::translate("ProjectValidator", "must be a list of key/value entries.")));
        return;
    }
    QSet<QString> keys;
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = f.key + u'[' + QString::number(i) + u"].key"_s;
        const QJsonObject entry = items.at(i).toObject();
        const QString key = entry.value(u"key"_s).toString();
        if (!items.at(i).isObject() || !entry.value(u"key"_s).isString() || key.isEmpty())
            out.append(
                issue(f, QCoreApplication::translate("ProjectValidator", "entry %1 needs a key.").arg(i + 1),
                      path));
        else if (!isValidCustomFieldKey(key))
            out.append(issue(f, RuleTexts::keyCharacters(key), path));
        else if (keys.contains(key))
            out.append(issue(f, RuleTexts::keyUsedTwice(key), path));
        keys.insert(key);
        const QJsonValue value = entry.value(u"value"_s);
        if (items.at(i).isObject() && !value.isString() && !value.isArray())
            out.append(issue(
                f, QCoreApplication::translate("ProjectValidator", "entry %1 needs a value.").arg(i + 1),
                f.key + u'[' + QString::number(i) + u"].value"_s));
    }
}

// Ids the project already had are kept as they are: the user's catalog lists only what the user may
// see (GetGroups without allGroups), so an id missing from it is not wrong. Only added ids are checked.
bool wasAlreadyThere(const ValidationContext& c, const ProjectField& f, const QJsonValue& item)
{
    return c.current && c.current->value(f.key).toArray().contains(item);
}

void checkPortfolioStreams(const ProjectField& f, const QJsonValue& v, const ValidationContext& c,
                           ValidationIssueCollector& out)
{
    if (!v.isArray()) {
        out.append(issue(f, QCoreApplication::translate("ProjectValidator",
                                                        "must be a list of portfolio and stream pairs.")));
        return;
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = f.key + u'[' + QString::number(i) + u']';
        const QJsonObject o = items.at(i).toObject();
        const QString portfolioId = o.value(u"portfolioId"_s).toString();
        const QString streamId = o.value(u"streamId"_s).toString();
        if (portfolioId.isEmpty() || streamId.isEmpty()) {
            out.append(issue(f,
                             QCoreApplication::translate("ProjectValidator",
                                                         "entry %1 needs both a portfolio and a stream.")
                                 .arg(i + 1),
                             path));
            continue;
        }
        if (!c.catalog || !c.catalog->portfoliosKnown || wasAlreadyThere(c, f, o))
            continue;
        const Portfolio* portfolio = c.catalog->portfolio(portfolioId);
        if (!portfolio)
            out.append(issue(f,
                             QCoreApplication::translate("ProjectValidator", "portfolio %1 does not exist.")
                                 .arg(portfolioId),
                             path));
        else if (!portfolio->stream(streamId))
            out.append(issue(
                f,
                QCoreApplication::translate("ProjectValidator", "stream %1 is not part of portfolio “%2”.")
                    .arg(streamId, portfolio->name),
                path));
    }
}

QString checkChoice(const ProjectField& f, const QString& value)
{
    if (f.choiceValues().contains(value))
        return {};
    return QCoreApplication::translate("ProjectValidator", "“%1” is not allowed; use one of %2.")
        .arg(value, quoted(f.choiceValues()));
}

void checkCrossField(const QJsonObject& body, const ValidationContext& c, ValidationIssueCollector& out)
{
    auto merged = [&](QLatin1String key) {
        if (body.contains(key))
            return body.value(key).toString();
        return c.current ? c.current->text(key) : QString();
    };
    const QString start = merged(ProjectFields::StartDate);
    const QString end = merged(ProjectFields::EndDate);
    if (IsoDate::isStrictUtc(start) && IsoDate::isStrictUtc(end) &&
        IsoDate::parse(end) < IsoDate::parse(start) &&
        (body.contains(ProjectFields::StartDate) || body.contains(ProjectFields::EndDate))) {
        const ProjectField* f = ProjectFields::find(ProjectFields::EndDate);
        out.append(
            issue(*f, QCoreApplication::translate("ProjectValidator", "must not be before the start date.")));
    }
    if (c.requireHoldReason && body.contains(ProjectFields::IsOnHold)) {
        const QString was = c.current ? c.current->text(ProjectFields::IsOnHold) : QString();
        const QString now = body.value(ProjectFields::IsOnHold).toString();
        const bool valid = ProjectFields::find(ProjectFields::IsOnHold)->choiceValues().contains(now);
        if (valid && now != was && body.value(ProjectFields::IsOnHoldReason).toString().trimmed().isEmpty()) {
            const ProjectField* f = ProjectFields::find(ProjectFields::IsOnHoldReason);
            out.append(issue(*f, f->help)); // the field's rule, from the table
        }
    }
}

} // namespace

bool isValidEmail(const QString& address)
{
    // Deliberately practical rather than RFC 5322-complete: one @, a dotted domain, no spaces.
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"_s);
    return pattern.match(address).hasMatch();
}

bool isValidCustomFieldKey(const QString& key)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_]+$"_s);
    return pattern.match(key).hasMatch();
}

void validateField(const ProjectField& f, const QJsonValue& v, const ValidationContext& c,
                   ValidationIssueCollector& out)
{
    switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        if (!v.isString()) {
            out.append(issue(f, QCoreApplication::translate("ProjectValidator", "must be text.")));
        } else if (f.required && v.toString().trimmed().isEmpty()) {
            out.append(issue(f, QCoreApplication::translate("ProjectValidator", "cannot be empty.")));
        } else if (f.minLength > 0 &&
                   (v.toString().size() < f.minLength || v.toString().size() > f.maxLength)) {
            out.append(issue(f, QCoreApplication::translate("ProjectValidator",
                                                            "must be %1 to %2 characters long (it is %3).")
                                    .arg(f.minLength)
                                    .arg(f.maxLength)
                                    .arg(v.toString().size())));
        }
        break;
    case FieldKind::Date:
        if (!v.isString() || !IsoDate::isStrictUtc(v.toString()))
            out.append(issue(f, RuleTexts::notUtcDate()));
        break;
    case FieldKind::Choice:
        if (!v.isString())
            out.append(issue(f, QCoreApplication::translate("ProjectValidator", "must be one of %1.")
                                    .arg(quoted(f.choiceValues()))));
        else if (const QString problem = checkChoice(f, v.toString()); !problem.isEmpty())
            out.append(issue(f, problem));
        break;
    case FieldKind::ChoiceSet:
        checkStringArray(f, v, out, [&f](const QString& item) { return checkChoice(f, item); });
        break;
    case FieldKind::IdList:
        checkStringArray(f, v, out, [&c, &f](const QString& id) {
            if (id.isEmpty())
                return QCoreApplication::translate("ProjectValidator", "an id cannot be empty.");
            if (c.catalog && c.catalog->groupsKnown && !c.catalog->group(id) && !wasAlreadyThere(c, f, id))
                return QCoreApplication::translate("ProjectValidator", "no group has the id %1.").arg(id);
            return QString();
        });
        break;
    case FieldKind::EmailList:
        checkStringArray(f, v, out, [](const QString& address) {
            return isValidEmail(address)
                       ? QString()
                       : QCoreApplication::translate("ProjectValidator", "“%1” is not an e-mail address.")
                             .arg(address);
        });
        break;
    case FieldKind::KeyValueList:
        checkKeyValues(f, v, out);
        break;
    case FieldKind::PortfolioStreams:
        checkPortfolioStreams(f, v, c, out);
        break;
    case FieldKind::Features:
        AccessRules::checkFeatures(f, v, out);
        break;
    case FieldKind::Pages:
        AccessRules::checkPages(f, v, out);
        break;
    }
}

ValidationIssues validateField(const ProjectField& f, const QJsonValue& v, const ValidationContext& c)
{
    ValidationIssueCollector out;
    validateField(f, v, c, out);
    return out.takeIssues();
}

void validateUpdateBody(const QJsonObject& body, const ValidationContext& context,
                        ValidationIssueCollector& out)
{
    for (const ProjectField& field : ProjectFields::all()) {
        if (body.contains(field.key))
            validateField(field, body.value(field.key), context, out);
    }
    checkCrossField(body, context, out);
}

ValidationIssues validateUpdateBody(const QJsonObject& body, const ValidationContext& context)
{
    ValidationIssueCollector out;
    validateUpdateBody(body, context, out);
    return out.takeIssues();
}

} // namespace ProjectValidator
