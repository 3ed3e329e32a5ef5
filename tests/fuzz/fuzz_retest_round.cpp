// Retest rounds (project_retesting_history entries): a round object, a list of them, or a project
// holding them, through RetestRound::fromJson and back.
#include "FuzzSupport.h"

#include "models/RetestRound.h"

#include <QJsonArray>

FORGEDESK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(FuzzSupport::bytes(data, size));
    QJsonArray rounds = doc.array();
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        rounds = root.value(u"project_retesting_history").toArray();
        rounds.append(root);
    }
    for (const QJsonValue& v : rounds) {
        const RetestRound round = RetestRound::fromJson(v.toObject());
        (void)round.isOpen();
        (void)RetestRound::fromJson(round.toJson());
    }
    return 0;
}
