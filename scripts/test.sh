#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, then runs every test through CTest inside
# a private session (temporary HOME, D-Bus session bus, unlocked keyring, virtual display).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh default
exec bash scripts/with-session.sh ctest --preset default "$@"
