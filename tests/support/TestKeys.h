#pragma once

#include <QString>

namespace ForgeDeskTest {

// The key every sandbox fixture is started with; the sandbox suites also write it literally where
// they check that it never reaches a body, a file or a log.
inline const QString kApiKey = QStringLiteral("test-key-not-secret");
// The key the wire suites give the client in front of a ScriptedHttpServer; the hostile-server tests
// echo it back in answers to prove it is redacted.
inline const QString kWireKey = QStringLiteral("wire-key-7Qz9-secret");

} // namespace ForgeDeskTest
