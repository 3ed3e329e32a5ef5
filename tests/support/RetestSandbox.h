#pragma once

#include "tests/support/RetestFixtures.h"
#include "tests/support/SandboxFixture.h"

namespace ForgeDeskTest {

// The retest suites' layer on SandboxFixture: an empty tenant with the three RetestFixtures projects
// (kProject, kOther, kEmpty) and their vulnerabilities, and a client that gives up after 10 s.
class RetestSandbox : public SandboxFixture
{
public:
    RetestSandbox();
};

} // namespace ForgeDeskTest
