#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan) and runs each for a while.
# Usage: scripts/fuzz.sh [TARGET...]        (default: every tests/fuzz/fuzz_<target>.cpp)
# Two ways to run:
# - exploring (the default, for people): each target for LIFTOFF_FUZZ_SECONDS from a random seed;
#   what it finds becomes a regression seed in tests/fuzz/corpus once fixed.
# - reproducible (LIFTOFF_FUZZ_RUNS set; the test command does this): a fixed number of inputs from
#   a fixed seed over the committed corpus, so one commit always gives one result. A target may
#   name its own count on a line of its own (// fuzz-runs: 5000) when its inputs are slow.
# Environment:
#   LIFTOFF_FUZZ_SECONDS  seconds per target when exploring (default 30)
#   LIFTOFF_FUZZ_RUNS     reproducible: inputs per target (unless the target names its own)
#   LIFTOFF_FUZZ_SEED     libFuzzer's -seed (default: 1 when reproducible, random otherwise)
#   LIFTOFF_FUZZ_CORPUS   a directory to keep the grown corpus in between runs (default: a
#                         temporary one, thrown away); seeds always come from tests/fuzz/corpus
#   LIFTOFF_FUZZ_JOBS     parallel fuzzing processes per target (default 1)
#   LIFTOFF_FUZZ_BUILD    the build directory (default build/fuzz, the `fuzz` preset's)
# Exit status: 0 no findings; 1 a target crashed, leaked, hung or broke an invariant (the input is
# kept; its path, its first bytes and the command that adds it to the seeds are printed); 77
# clang++ or libFuzzer is missing (nothing ran).
# The last line sums it up for CI:  fuzz: PASS|FAIL|SKIP, …
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${LIFTOFF_FUZZ_SECONDS:-30}
runs_per_target=${LIFTOFF_FUZZ_RUNS:-}
seed=${LIFTOFF_FUZZ_SEED:-}
[ -n "$runs_per_target" ] && seed=${seed:-1}
jobs=${LIFTOFF_FUZZ_JOBS:-1}
[ -n "$runs_per_target" ] && jobs=1 # one process: parallel workers would not repeat themselves
build=${LIFTOFF_FUZZ_BUILD:-build/fuzz}
case $build in /*) ;; *) build=$PWD/$build ;; esac

# libFuzzer comes with clang's runtime (Debian: libclang-rt-14-dev); try to link one target.
probe_dir=$(mktemp -d -t liftoff-fuzz-probe.XXXXXX)
trap 'rm -rf "$probe_dir"' EXIT
printf '#include <cstddef>\n#include <cstdint>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }\n' \
    >"$probe_dir/probe.cpp"
if ! command -v clang++ >/dev/null \
    || ! clang++ -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" 2>/dev/null; then
    echo "fuzz: SKIP, clang++ with libFuzzer not found (Debian: apt-get install clang libclang-rt-14-dev)"
    exit 77
fi

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for source in tests/fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        targets+=("${name#fuzz_}")
    done
fi

cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target liftoff-fuzzers -j 2

work=$(mktemp -d -t liftoff-fuzz.XXXXXX)
corpus_root=${LIFTOFF_FUZZ_CORPUS:-$work/corpus}
failed=()
total_runs=0
printf '%-16s %10s %8s %8s %8s %s\n' target runs exec/s cov ft result
for target in "${targets[@]}"; do
    binary=$build/bin/liftoff-fuzz-$target
    seeds=$PWD/tests/fuzz/corpus/$target
    if [ ! -x "$binary" ] || [ ! -d "$seeds" ]; then
        echo "fuzz: no target $target (expected $binary and $seeds)" >&2
        failed+=("$target")
        continue
    fi
    corpus=$corpus_root/$target
    mkdir -p "$corpus" "$work/artifacts/$target"
    options=(-timeout=20 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$work/artifacts/$target/")
    if [ -n "$runs_per_target" ]; then
        runs_here=$(sed -n 's|^// fuzz-runs:[[:space:]]*||p' "tests/fuzz/fuzz_$target.cpp" | head -n 1)
        options+=(-runs="${runs_here:-$runs_per_target}")
    else
        options+=(-max_total_time="$seconds")
    fi
    [ -n "$seed" ] && options+=(-seed="$seed")
    # A target may name a dictionary on a line of its own: // fuzz-dict: ddp.dict
    dict=$(sed -n 's|^// fuzz-dict:[[:space:]]*||p' "tests/fuzz/fuzz_$target.cpp" | head -n 1)
    [ -n "$dict" ] && options+=(-dict="$PWD/tests/fuzz/$dict")
    [ "$jobs" -gt 1 ] && options+=(-jobs="$jobs" -workers="$jobs")
    log=$work/$target.log
    status=0
    # New inputs go to the first directory ($corpus), never into the repository's seeds; with
    # -jobs libFuzzer writes fuzz-N.log into the working directory, so that is $work too.
    (cd "$work" && "$binary" "${options[@]}" "$corpus" "$seeds") >"$log" 2>&1 || status=$?
    [ "$jobs" -gt 1 ] && cat "$work"/fuzz-*.log >>"$log" && rm -f "$work"/fuzz-*.log
    runs=$(sed -n 's/^stat::number_of_executed_units:[[:space:]]*//p' "$log" | awk '{s += $1} END {print s + 0}')
    speed=$(sed -n 's/^stat::average_exec_per_sec:[[:space:]]*//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    total_runs=$((total_runs + runs))
    result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status)"
        failed+=("$target")
    fi
    printf '%-16s %10s %8s %8s %8s %s\n' "$target" "$runs" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$result"
    if [ "$status" -ne 0 ]; then
        grep -E 'ERROR|invariant broken|SUMMARY|Test unit written' "$log" | head -n 20 >&2 || true
        echo "full output: $log" >&2
        # The input that did it, so that it can become a regression seed once fixed.
        for input in "$work/artifacts/$target"/*; do
            [ -f "$input" ] || continue
            echo "input ($(wc -c <"$input") bytes): $input" >&2
            { od -A d -c "$input" | head -n 8; } >&2 || true # head may cut od short
            echo "once fixed: cp '$input' tests/fuzz/corpus/$target/regression-<what-it-is>" >&2
        done
    fi
done

if [ -n "$runs_per_target" ]; then
    how="reproducible: seed $seed, $runs_per_target inputs per target (or the target's own count)"
else
    how="${seconds} s each${seed:+, seed $seed}"
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "inputs and logs kept in $work (reproduce: $build/bin/liftoff-fuzz-<target> <input>)" >&2
    echo "fuzz: FAIL, ${#failed[@]} of ${#targets[@]} targets found a problem (${failed[*]}); $how, $total_runs runs, ${SECONDS} s in all"
    exit 1
fi
rm -rf "$work"
echo "fuzz: PASS, ${#targets[@]} targets, $how, $total_runs runs, no crashes, ${SECONDS} s in all (build included)"
