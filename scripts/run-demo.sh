#!/usr/bin/env bash
# The README's run command: set up, build, and start ForgeDesk on the embedded sandbox with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec ./build/app/forgedesk --demo "$@"
