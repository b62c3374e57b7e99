#!/usr/bin/env bash
# The whole test suite: installs what is missing and builds; where clang++ with libFuzzer is
# installed, a short run of every fuzz target (scripts/fuzz.sh: LIFTOFF_FUZZ_SECONDS each, default
# 30; 0 skips it); then every test through CTest inside a private session (temporary HOME, D-Bus
# session bus, unlocked keyring, virtual display). CTest runs last so its summary closes the output.
# The fuzz run explores at random, so a finding is reported loudly (with the input kept) but does not
# decide the exit code; the seeds, including every past finding, are replayed by CTest (fuzz_*).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh default

fuzz_status=0
if [ "${LIFTOFF_FUZZ_SECONDS:-30}" = 0 ]; then
    echo "fuzz: SKIP, LIFTOFF_FUZZ_SECONDS=0"
else
    bash scripts/fuzz.sh || fuzz_status=$?
    [ "$fuzz_status" -eq 77 ] && fuzz_status=0 # no clang/libFuzzer here: skipped, said so
fi

ctest_status=0
bash scripts/with-session.sh ctest --preset default "$@" || ctest_status=$?
[ "$fuzz_status" -ne 0 ] && echo "WARNING: the fuzz run found a problem (see above); fix it and add the input to tests/fuzz/corpus" >&2
exit "$ctest_status"
