// The sandbox's fault specs: the --fault text ("503:2:GET:/api/ss/projects") and the control
// endpoint's JSON, then the queued fault matched against requests (its path is a regular expression).
#include "FuzzSupport.h"

#include "sandbox/FaultInjector.h"

using namespace Qt::StringLiterals;

FORGEDESK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    QString error;
    std::optional<Fault> fault = FaultInjector::parse(QString::fromUtf8(input), &error);
    if (!fault)
        fault = FaultInjector::fromJson(FuzzSupport::object(input), &error);
    if (!fault)
        return 0;
    (void)FaultInjector::fromJson(FaultInjector::toJson(*fault));
    FaultInjector injector;
    injector.add(*fault);
    (void)injector.pending();
    (void)injector.take("GET", u"/api/ss/projects"_s);
    (void)injector.take("PUT", u"/api/ss/project/66a1f0c2000000000000001"_s);
    return 0;
}
