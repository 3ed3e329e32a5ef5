#include "RetestSandbox.h"

#include "api/SsapiClient.h"
#include "models/ProjectCodec.h"

using namespace Qt::StringLiterals;

namespace ForgeDeskTest {

using namespace RetestFixtures;

RetestSandbox::RetestSandbox()
    : SandboxFixture(options(u"empty"_s))
{
    client->setTimeout(10000);
    server->putProject(ProjectCodec::toReadJson(makeProject(kProject, u"Payments API"_s)));
    server->putProject(ProjectCodec::toReadJson(makeProject(kOther, u"Mobile banking"_s)));
    server->putProject(ProjectCodec::toReadJson(makeProject(kEmpty, u"Intranet"_s)));
    server->setVulnerabilities(kProject, vulnerabilitiesJson(u"a-"_s));
    server->setVulnerabilities(kOther, vulnerabilitiesJson(u"b-"_s));
    QList<QJsonObject> none = vulnerabilitiesJson(u"c-"_s);
    for (QJsonObject& v : none)
        v.insert(u"vulnerability_retest"_s, u"No"_s);
    server->setVulnerabilities(kEmpty, none);
}

} // namespace ForgeDeskTest
