#include "SandboxFixture.h"

#include "api/SsapiClient.h"
#include "models/ProjectCodec.h"

#include <QJsonDocument>
#include <QTest>

namespace ForgeDeskTest {

namespace {

std::unique_ptr<SandboxServer> startSandbox(SandboxOptions options)
{
    options.apiKey = kApiKey;
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->listen(0))
        qFatal("the sandbox did not start: %s", qPrintable(server->errorString()));
    return server;
}

} // namespace

SandboxFixture::SandboxFixture(SandboxOptions options)
    : server(startSandbox(std::move(options)))
    , client(newClient())
{}

SandboxFixture::~SandboxFixture() = default;

SandboxOptions SandboxFixture::options(const QString& seed)
{
    SandboxOptions o;
    o.apiKey = kApiKey;
    o.seed = seed;
    return o;
}

void SandboxFixture::restart(SandboxOptions options)
{
    server.reset();
    server = startSandbox(std::move(options));
    if (const QString problem = client->setBaseUrl(server->baseUrl()); !problem.isEmpty())
        qFatal("the client refused the sandbox's URL: %s", qPrintable(problem));
}

std::unique_ptr<SsapiClient> SandboxFixture::newClient(int timeoutMs) const
{
    auto c = std::make_unique<SsapiClient>();
    if (const QString problem = c->setBaseUrl(server->baseUrl()); !problem.isEmpty())
        qFatal("the client refused the sandbox's URL: %s", qPrintable(problem));
    c->setApiKey(kApiKey);
    if (timeoutMs > 0)
        c->setTimeout(timeoutMs);
    return c;
}

bool SandboxFixture::sendMarkerAndWait()
{
    bool answered = false;
    QObject context; // no callback once this returns, answered or not
    client->fetchGroups(&context, [&answered](const ApiResult<QList<Group>>&) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, 10000);
}

Project SandboxFixture::storedProject(const QString& id) const
{
    return ProjectCodec::fromReadJson(server->project(id));
}

Catalog SandboxFixture::catalog() const
{
    Catalog c;
    c.groups = server->groups();
    c.portfolios = server->portfolios();
    c.groupsKnown = c.portfoliosKnown = true;
    return c;
}

QList<::RecordedRequest> SandboxFixture::requests(const QByteArray& method, const QString& pathPart) const
{
    QList<::RecordedRequest> out;
    for (const ::RecordedRequest& r : server->requests()) {
        if ((method.isEmpty() || r.method == method) && r.path.contains(pathPart))
            out.append(r);
    }
    return out;
}

QList<QJsonObject> SandboxFixture::putBodies(const QString& pathPart) const
{
    QList<QJsonObject> bodies;
    for (const ::RecordedRequest& r : requests("PUT", pathPart))
        bodies.append(bodyJson(r));
    return bodies;
}

QList<QByteArray> SandboxFixture::methods() const
{
    QList<QByteArray> list;
    for (const ::RecordedRequest& r : server->requests())
        list.append(r.method);
    return list;
}

QJsonObject bodyJson(const ::RecordedRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace ForgeDeskTest
