// UpdateProjectById responses: {"project": {...}} in the unprefixed shape, decoded by
// ProjectCodec::fromResponseJson as SsapiClient::updateProject does, and encoded back.
#include "FuzzSupport.h"

#include "models/ProjectCodec.h"
#include "models/ProjectDiff.h"

FORGEDESK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonObject root = FuzzSupport::object(FuzzSupport::bytes(data, size));
    const QJsonObject json = root.value(u"project").isObject() ? root.value(u"project").toObject() : root;
    const Project project = ProjectCodec::fromResponseJson(json);
    const Project again = ProjectCodec::fromResponseJson(ProjectCodec::toResponseJson(project));
    (void)ProjectDiff::updateBody(project, again);
    return 0;
}
