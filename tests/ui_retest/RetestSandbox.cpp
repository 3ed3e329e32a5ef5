#include "RetestSandbox.h"

#include "api/SsapiClient.h"

namespace RetestSandbox {

std::unique_ptr<SsapiClient> client(const SandboxServer& server, int timeoutMs)
{
    auto c = std::make_unique<SsapiClient>();
    c->setBaseUrl(server.baseUrl());
    c->setApiKey(kKey);
    c->setTimeout(timeoutMs);
    return c;
}

} // namespace RetestSandbox
