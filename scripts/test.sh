#!/usr/bin/env bash
# The whole test suite: installs what is missing and builds; where clang++ with libFuzzer is
# installed, a reproducible run of every fuzz target (scripts/fuzz.sh with a fixed seed and a fixed
# number of inputs over the committed corpus: LIFTOFF_FUZZ_RUNS, default 200000 per target, fewer for
# slow targets; LIFTOFF_FUZZ_SECONDS=0 skips it); then every test through CTest inside a private
# session (temporary HOME, D-Bus session bus, unlocked keyring, virtual display). CTest runs last so
# its summary closes the output. A fuzz finding is a bug like a failing test: it fails the command,
# and the same commit always fails the same way. Exploring at random, for longer, is for people
# (bash scripts/fuzz.sh); its findings, once fixed, go into tests/fuzz/corpus (CTest replays every
# seed, fuzz_*), so they cannot come back unnoticed.
# The last line sums it up for CI:  test.sh: PASS|FAIL (ctest: PASS|FAIL; fuzz: PASS|FAIL|SKIP, …)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh default

fuzz_status=0
fuzz_summary="fuzz: SKIP, LIFTOFF_FUZZ_SECONDS=0"
if [ "${LIFTOFF_FUZZ_SECONDS:-30}" = 0 ]; then
    echo "$fuzz_summary"
else
    fuzz_log=$(mktemp -t liftoff-fuzz-summary.XXXXXX)
    LIFTOFF_FUZZ_RUNS=${LIFTOFF_FUZZ_RUNS:-200000} LIFTOFF_FUZZ_SEED=${LIFTOFF_FUZZ_SEED:-1} \
        bash scripts/fuzz.sh | tee "$fuzz_log" || fuzz_status=$?
    fuzz_summary=$(grep '^fuzz: ' "$fuzz_log" | tail -n 1 || true)
    [ -n "$fuzz_summary" ] || fuzz_summary="fuzz: FAIL, scripts/fuzz.sh ended without a summary"
    rm -f "$fuzz_log"
    [ "$fuzz_status" -eq 77 ] && fuzz_status=0 # no clang/libFuzzer here: skipped, said so
fi

ctest_status=0
bash scripts/with-session.sh ctest --preset default "$@" || ctest_status=$?

ctest_summary="ctest: PASS"
[ "$ctest_status" -ne 0 ] && ctest_summary="ctest: FAIL"
if [ "$fuzz_status" -ne 0 ]; then
    echo "The fuzz run found a problem (see above): fix it, then add the kept input to" \
        "tests/fuzz/corpus/<target>/ as a regression seed." >&2
fi
if [ "$ctest_status" -ne 0 ] || [ "$fuzz_status" -ne 0 ]; then
    echo "test.sh: FAIL ($ctest_summary; $fuzz_summary)"
    exit 1
fi
echo "test.sh: PASS ($ctest_summary; $fuzz_summary)"
