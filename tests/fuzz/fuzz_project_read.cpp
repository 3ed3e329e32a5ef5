// GetProjects / GetProjectById responses: {"projects": [...]} and {"project": {...}} decoded by
// ProjectCodec::fromReadJson as SsapiClient does, then encoded back the ways the client uses a project.
#include "FuzzSupport.h"

#include "models/ProjectCodec.h"
#include "models/ProjectDiff.h"

#include <QJsonArray>

FORGEDESK_FUZZ_INIT

namespace {

void exercise(const QJsonObject& json)
{
    const Project project = ProjectCodec::fromReadJson(json);
    const QJsonObject read = ProjectCodec::toReadJson(project);
    const QJsonObject body = ProjectCodec::toUpdateBody(project);
    const Project fromBody = ProjectCodec::fromUpdateBody(body);
    (void)ProjectCodec::fromReadJson(read);
    (void)ProjectDiff::updateBody(project, fromBody);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonObject root = FuzzSupport::object(FuzzSupport::bytes(data, size));
    for (const QJsonValue& v : root.value(u"projects").toArray())
        exercise(v.toObject());
    if (root.value(u"project").isObject())
        exercise(root.value(u"project").toObject());
    return 0;
}
