#pragma once

#include "tests/support/TestKeys.h"

#include "api/SsapiClient.h"
#include "models/Catalog.h"
#include "models/Project.h"
#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace ForgeDeskTest {

// The base of every test that talks to the in-process sandbox: a SandboxServer on 127.0.0.1 port 0,
// started with kApiKey, and an SsapiClient pointed at it with that key. Area fixtures (EditorFixture,
// MainWindowFixture, RetestSandbox) add what their area needs on top; the helpers read what reached
// the sandbox (SandboxServer::requests(), the sandbox's own ::RecordedRequest, not the test servers'
// ForgeDeskTest::RecordedRequest) and what it stores.
class SandboxFixture
{
public:
    // `options.apiKey` is always kApiKey. The sandbox not starting is fatal: no test can run without it.
    explicit SandboxFixture(SandboxOptions options = {});
    virtual ~SandboxFixture();
    SandboxFixture(const SandboxFixture&) = delete;
    SandboxFixture& operator=(const SandboxFixture&) = delete;

    // Options with kApiKey and the given seed ("demo", "empty").
    static SandboxOptions options(const QString& seed = QStringLiteral("demo"));

    // Replaces the sandbox by a fresh one started with `options` (the client keeps its settings and
    // is pointed at the new one).
    void restart(SandboxOptions options);
    // Another client pointed at the sandbox with the key; `timeoutMs` 0 keeps SsapiClient's default.
    std::unique_ptr<SsapiClient> newClient(int timeoutMs = 0) const;

    // Ends a "nothing was sent" window without a sleep: a GetGroups call through `client`, started after
    // whatever the code under test would have sent through it, and answered by the sandbox (which runs
    // in this thread and takes requests in the order they arrive). False if no answer came.
    bool sendMarkerAndWait();

    Project storedProject(const QString& id) const;
    Catalog catalog() const;
    // Requests whose method is `method` (empty: any) and whose path contains `pathPart`, in order.
    QList<::RecordedRequest> requests(const QByteArray& method = {}, const QString& pathPart = {}) const;
    // Bodies of the PUT requests whose path contains `pathPart`, in order.
    QList<QJsonObject> putBodies(const QString& pathPart = {}) const;
    QList<QByteArray> methods() const;

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SsapiClient> client;
};

// The JSON object a request to the sandbox carried.
QJsonObject bodyJson(const ::RecordedRequest& request);

} // namespace ForgeDeskTest
