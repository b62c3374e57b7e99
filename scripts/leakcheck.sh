#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer with LeakSanitizer on
# (the `asan` preset: g++, Debug at -O1, in build/asan), inside a private session
# (scripts/with-session.sh). Any report fails the test it happens in; leaks inside libraries we do
# not build may be suppressed in tests/sanitizers/lsan.supp, one by one with the reason (see
# tests/fuzz/README.md). The test preset brings ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS.
# Usage: scripts/leakcheck.sh [CTEST ARGUMENTS...]     e.g. -R faultmatrix
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset asan "${launcher[@]}" >/dev/null
cmake --build --preset asan
start=$SECONDS
status=0
bash scripts/with-session.sh ctest --preset asan "$@" || status=$?
if [ "$status" -eq 0 ]; then
    echo "leakcheck: PASS, no sanitizer report, $((SECONDS - start)) s of tests"
else
    echo "leakcheck: FAIL (see the reports above: AddressSanitizer, LeakSanitizer, runtime error)"
fi
exit "$status"
