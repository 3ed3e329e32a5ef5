#include "sandbox/DemoCatalog.h"

#include "sandbox/DemoVocabulary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DemoCatalog {

QString hexId(const char16_t* prefix, int index)
{
    const QString p = QString::fromUtf16(prefix);
    return p + u"%1"_s.arg(index, 24 - int(p.size()), 16, QChar(u'0'));
}

QString groupId(int index)
{
    return hexId(u"64f79099", index + 1);
}

QString portfolioId(int index)
{
    return hexId(u"65c0ffee", index + 1);
}

QString streamId(int portfolio, int stream)
{
    return hexId(u"65c05eed", (portfolio + 1) * 100 + stream + 1);
}

QList<QJsonObject> groups()
{
    static const QStringList industries{u"Finance"_s,    u"Manufacturing"_s, u"Software"_s,
                                        u"Healthcare"_s, u"Technology"_s,    u"Defence"_s};
    QList<QJsonObject> list;
    const auto& clients = DemoVocabulary::clients();
    for (int i = 0; i < clients.size(); ++i) {
        const auto& c = clients.at(i);
        const QString contact = DemoVocabulary::firstNames().at(i) + u' ' + DemoVocabulary::lastNames().at(i);
        list.append(QJsonObject{
            {u"group_id"_s, groupId(i)},
            {u"group_name"_s, c.name},
            {u"group_owner"_s, contact},
            {u"group_primary_contact_name"_s, contact},
            {u"group_primary_contact_number"_s, u"+1 555 01%1"_s.arg(i, 2, 10, QChar(u'0'))},
            {u"group_primary_contact_email"_s, QString(u"security@"_s + c.domain)},
            {u"group_custom_fields"_s,
             QJsonArray{QJsonObject{{u"key"_s, u"industry"_s}, {u"value"_s, industries.at(i)}}}}});
    }
    list.append(QJsonObject{{u"group_id"_s, groupId(int(clients.size()))},
                            {u"group_name"_s, u"Internal Security Team"_s},
                            {u"group_owner"_s, u"Julia Larsen"_s},
                            {u"group_custom_fields"_s, QJsonArray()}});
    return list;
}

QList<QJsonObject> portfolios()
{
    QList<QJsonObject> list;
    const auto& specs = DemoVocabulary::portfolios();
    for (int p = 0; p < specs.size(); ++p) {
        QJsonArray streams;
        for (int s = 0; s < specs.at(p).streams.size(); ++s)
            streams.append(QJsonObject{{u"id"_s, streamId(p, s)}, {u"name"_s, specs.at(p).streams.at(s)}});
        list.append(QJsonObject{
            {u"id"_s, portfolioId(p)},
            {u"name"_s, specs.at(p).name},
            {u"code"_s, specs.at(p).code},
            {u"description"_s, QString(specs.at(p).name + u" applications and infrastructure."_s)},
            {u"level_1_owner"_s, QString(DemoVocabulary::firstNames().at(p) + u" Murphy"_s)},
            {u"tags"_s, QJsonArray()},
            {u"custom_fields"_s, QJsonArray()},
            {u"streams"_s, streams}});
    }
    return list;
}

} // namespace DemoCatalog
