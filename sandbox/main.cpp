// forgedesk-sandbox: an AttackForge SSAPI look-alike on 127.0.0.1 (see SandboxServer).

#include "sandbox/EventsHub.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here; the event loop picks the byte up and quits cleanly, so
    // the data file gets its final write.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication& app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "forgedesk-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"forgedesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FORGEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"AttackForge SSAPI sandbox for ForgeDesk. Listens on 127.0.0.1 only.\n"
        "The API key can also come from FORGEDESK_SANDBOX_KEY (preferred: command lines are visible to "
        "other users)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"N"_s, u"0"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"Key clients must send in X-SSAPI-KEY."_s, u"KEY"_s);
    const QCommandLineOption seed(u"seed"_s, u"Initial data: demo or empty."_s, u"demo|empty"_s, u"demo"_s);
    const QCommandLineOption seedSize(u"seed-size"_s, u"Number of demo projects (default 30)."_s, u"N"_s);
    const QCommandLineOption data(u"data"_s, u"Keep state in this JSON file (loaded when present)."_s,
                                  u"FILE"_s);
    const QCommandLineOption latency(u"latency"_s, u"Delay every answer by MS milliseconds."_s, u"MS"_s,
                                     u"0"_s);
    const QCommandLineOption fault(
        u"fault"_s,
        u"Inject a fault into the next COUNT matching requests: KIND:COUNT[:METHOD[:PATHREGEX]], KIND one of "
        "500, 503, 429 (or 429/SECONDS), 401, hang, malformed, html, close; COUNT * = always. Repeatable."_s,
        u"SPEC"_s);
    const QCommandLineOption control(u"control"_s,
                                     u"Expose /__sandbox/faults, /__sandbox/requests, /__sandbox/reset."_s);
    const QCommandLineOption requestTimeout(
        u"request-timeout"_s,
        u"Close a connection that has not sent a whole request within MS milliseconds."_s, u"MS"_s,
        u"10000"_s);
    const QCommandLineOption maxConnections(
        u"max-connections"_s, u"Refuse connections beyond N open ones (503)."_s, u"N"_s, u"64"_s);
    const QCommandLineOption eventsGrant(
        u"events-grant"_s,
        u"Events a key may receive on /api/ss/events: [KEY=]none|all|EVENT,EVENT… (no KEY: the API key). "
        "Keys not given receive every event. Repeatable."_s,
        u"SPEC"_s);
    const QCommandLineOption eventsHeartbeat(u"events-heartbeat"_s,
                                             u"Heartbeat interval in ms on /api/ss/events; 0 sends none."_s,
                                             u"MS"_s, u"30000"_s);
    const QCommandLineOption eventsDrop(
        u"events-drop-every"_s, u"Drop every events connection every MS milliseconds."_s, u"MS"_s, u"0"_s);
    parser.addOptions({port, apiKey, seed, seedSize, data, latency, fault, control, requestTimeout,
                       maxConnections, eventsGrant, eventsHeartbeat, eventsDrop});
    parser.process(app);

    SandboxOptions options;
    options.apiKey =
        parser.isSet(apiKey) ? parser.value(apiKey) : qEnvironmentVariable("FORGEDESK_SANDBOX_KEY");
    if (options.apiKey.isEmpty())
        return fail(u"no API key: pass --api-key KEY or set FORGEDESK_SANDBOX_KEY"_s);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(u"--port must be a number from 0 to 65535"_s);
    options.seed = parser.value(seed);
    if (options.seed != u"demo"_s && options.seed != u"empty"_s)
        return fail(u"--seed must be demo or empty"_s);
    if (parser.isSet(seedSize)) {
        options.seedSize = parser.value(seedSize).toInt(&ok);
        if (!ok || options.seedSize < 1)
            return fail(u"--seed-size must be a positive number"_s);
    }
    options.dataFile = parser.value(data);
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return fail(u"--latency must be a number of milliseconds"_s);
    options.control = parser.isSet(control);
    options.requestTimeoutMs = parser.value(requestTimeout).toInt(&ok);
    if (!ok || options.requestTimeoutMs < 1)
        return fail(u"--request-timeout must be a positive number of milliseconds"_s);
    options.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || options.maxConnections < 1)
        return fail(u"--max-connections must be a positive number"_s);
    for (const QString& spec : parser.values(eventsGrant)) {
        QString error;
        if (!EventsHub::parseGrant(spec, options.apiKey, options.eventGrants, &error))
            return fail(error);
    }
    options.eventsHeartbeatMs = parser.value(eventsHeartbeat).toInt(&ok);
    if (!ok || options.eventsHeartbeatMs < 0)
        return fail(u"--events-heartbeat must be a number of milliseconds"_s);
    options.eventsDropEveryMs = parser.value(eventsDrop).toInt(&ok);
    if (!ok || options.eventsDropEveryMs < 0)
        return fail(u"--events-drop-every must be a number of milliseconds"_s);

    SandboxServer server(options);
    for (const QString& spec : parser.values(fault)) {
        QString error;
        const std::optional<Fault> parsed = FaultInjector::parse(spec, &error);
        if (!parsed)
            return fail(error);
        server.addFault(*parsed);
    }
    if (!server.listen(quint16(portNumber)))
        return fail(server.errorString());

    quitOnSignals(app);
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
