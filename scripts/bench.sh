#!/usr/bin/env bash
# Runs every benchmark in tests/bench and prints one Markdown table, every figure beside its floor
# measured in the same run: start-up and memory of the window against a bare Qt Widgets sign-in
# form, the command line's memory and sign-in against ddp-login (npm), DDP throughput, and the
# round trips of a sign-in. Figures, not tests: nothing here passes or fails on a number.
#
# Usage: scripts/bench.sh            (builds with the `bench` preset into build/bench first)
# Environment:
#   LIFTOFF_BENCH_BUILD_DIR  use this build instead (it must have the bench targets built)
#   LIFTOFF_BENCH_RUNS       runs per side for start-up and the command line (default 11)
#   LIFTOFF_BENCH_MEMORY_RUNS  runs per side for memory (default 5)
#   LIFTOFF_BENCH_APP        measure this liftoff executable instead of the build's (an older build,
#                            for a before/after; the baselines still come from the build)
#   LIFTOFF_BENCH_QUICK=1    start-up, memory and the command line only (no throughput, round trips)
# Everything runs in a private session (scripts/with-session.sh: temporary HOME and keyring,
# Xvfb), so the window that signs in by itself uses a keychain of its own. See tests/bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${LIFTOFF_IN_SESSION:-}" ]; then
    if [ -z "${LIFTOFF_BENCH_BUILD_DIR:-}" ]; then
        cmake --preset bench >/dev/null
        cmake --build --preset bench >/dev/null
    fi
    exec bash scripts/with-session.sh bash "$0" "$@"
fi

build=${LIFTOFF_BENCH_BUILD_DIR:-build/bench}
bin=$(cd "$build/bin" && pwd)
runs=${LIFTOFF_BENCH_RUNS:-11}
memory_runs=${LIFTOFF_BENCH_MEMORY_RUNS:-5}
app=${LIFTOFF_BENCH_APP:-$bin/liftoff}
quick=${LIFTOFF_BENCH_QUICK:-}
meter=$bin/liftoff-bench-process
work=$(mktemp -d -t liftoff-bench.XXXXXX)
unset QT_QPA_PLATFORM # the real xcb platform on the session's display, for both sides

server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

say() { echo "$*" >&2; }
die() {
    say "bench: $*"
    exit 1
}

# key=value from the meter's line
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f MB", kb / 1024 }'; }

# One run of the meter; fails loudly when the program did not do its job.
measure() {
    local line
    line=$("$meter" "$@") || die "failed: ${*: -3}"
    case "$line" in
    exit=0* | *window_ms=*) ;;
    *) die "non-zero exit: $line (${*: -3})" ;;
    esac
    echo "$line"
}

# --- The dev server, one for everything; its log tells when the window has signed in. ----------
log=$work/devserver.log
QT_LOGGING_RULES="liftoff.devserver.info=true" \
    "$bin/liftoff-devserver" --port 0 --login-rate-limit 0 >"$log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 200); do
    url=$(sed -n 's/^Listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$log")
    [ -n "$url" ] && break
    sleep 0.05
done
[ -n "$url" ] || die "the dev server did not start: $(cat "$log")"
port=${url##*:}
printf 'wonderland\n' >"$work/password"
printf 'alice\nwonderland\n' >"$work/answers"

# --- Start-up: fork to the first window mapped, interleaved with the floor: a bare Qt Widgets
# sign-in form of the same size (liftoff-bench-barewindow --form). The empty window is a reference.
form=("$bin/liftoff-bench-barewindow" --form)
say "start-up ($runs runs each)…"
# A first run of each warms the disk and font caches, and gives Liftoff's window size to the others.
first=$(measure --window -- "$app")
size=$(field window "$first")
measure --window -- "${form[@]}" --size "$size" >/dev/null
measure --window -- "$bin/liftoff-bench-barewindow" --size "$size" >/dev/null
: >"$work/start.liftoff"
: >"$work/start.form"
: >"$work/start.bare"
for _ in $(seq "$runs"); do
    a=$(measure --window -- "$app")
    b=$(measure --window -- "${form[@]}" --size "$size")
    c=$(measure --window -- "$bin/liftoff-bench-barewindow" --size "$size")
    field window_ms "$a" >>"$work/start.liftoff"
    field window_ms "$b" >>"$work/start.form"
    field window_ms "$c" >>"$work/start.bare"
done
start_liftoff=$(median <"$work/start.liftoff")
start_form=$(median <"$work/start.form")
start_bare=$(median <"$work/start.bare")

# --- Memory: peak RSS (VmHWM) one second after the window is up (and, signed in, after the
# server saw the resume login). -------------------------------------------------------------------
say "memory ($memory_runs runs each)…"
: >"$work/rss.form"
: >"$work/rss.bare"
: >"$work/rss.idle"
: >"$work/rss.signedin"
for _ in $(seq "$memory_runs"); do
    a=$(measure --window --settle 1000 -- "${form[@]}" --size "$size")
    b=$(measure --window --settle 1000 -- "$app")
    c=$(measure --window --settle 1000 -- "$bin/liftoff-bench-barewindow" --size "$size")
    field peak_rss_kb "$a" >>"$work/rss.form"
    field peak_rss_kb "$b" >>"$work/rss.idle"
    field peak_rss_kb "$c" >>"$work/rss.bare"
done
# Signed in for real: the command line keeps the session in the keychain, and the window, started
# without arguments, resumes it (SignInController::resumeLastAccount).
"$app" login --server "$url" --username alice --password-stdin <"$work/password" >/dev/null \
    || die "liftoff login (to store a session) failed"
for _ in $(seq "$memory_runs"); do
    a=$(measure --window --ready-file "$log" --ready-text 'logged in "alice" by "resume"' \
        --settle 1000 -- "$app")
    field peak_rss_kb "$a" >>"$work/rss.signedin"
done
rss_form=$(median <"$work/rss.form")
rss_bare=$(median <"$work/rss.bare")
rss_idle=$(median <"$work/rss.idle")
rss_signedin=$(median <"$work/rss.signedin")

# --- The command line against ddp-login, same server, interleaved: `liftoff --version` (the
# least a run of liftoff costs) and `liftoff login`, both against a ddp-login sign-in. ------------
ddp_login=tests/interop/node_modules/.bin/ddp-login
node=$(command -v node || true)
have_ddp_login=
[ -x "$ddp_login" ] && [ -n "$node" ] && have_ddp_login=1
say "command line ($runs runs each)…"
: >"$work/cli.version"
: >"$work/cli.liftoff"
: >"$work/cli.ddplogin"
for i in $(seq $((runs + 1))); do
    v=$(measure -- "$app" --version)
    a=$(measure --stdin "$work/password" -- "$app" login --server "$url" \
        --username alice --password-stdin --no-store)
    if [ -n "$have_ddp_login" ]; then
        b=$(measure --stdin "$work/answers" -- "$node" --require "$PWD/tests/bench/ddp-login-stdin.js" \
            "$ddp_login" --host 127.0.0.1 --port "$port" --method username \
            --env LIFTOFF_BENCH_NO_TOKEN --retry 1)
    fi
    [ "$i" -eq 1 ] && continue # warm-up
    echo "$(field wall_ms "$v") $(field peak_rss_kb "$v")" >>"$work/cli.version"
    echo "$(field wall_ms "$a") $(field peak_rss_kb "$a")" >>"$work/cli.liftoff"
    [ -n "$have_ddp_login" ] && echo "$(field wall_ms "$b") $(field peak_rss_kb "$b")" >>"$work/cli.ddplogin"
done
version_rss=$(cut -d' ' -f2 "$work/cli.version" | median)
cli_wall=$(cut -d' ' -f1 "$work/cli.liftoff" | median)
cli_rss=$(cut -d' ' -f2 "$work/cli.liftoff" | median)
if [ -n "$have_ddp_login" ]; then
    ddp_login_version=$("$node" -p "require('./tests/interop/node_modules/ddp-login/package.json').version")
    ddp_wall=$(cut -d' ' -f1 "$work/cli.ddplogin" | median)
    ddp_rss=$(cut -d' ' -f2 "$work/cli.ddplogin" | median)
    ddp_name="ddp-login $ddp_login_version, node $("$node" --version)"
else
    ddp_wall=0 ddp_rss=0 ddp_name="ddp-login: skipped, tests/interop/node_modules missing (npm ci there)"
fi
cli_rows="| \`liftoff login\` on the command line: wall time, median of $runs | $cli_wall ms | $ddp_wall ms ($ddp_name) | $(ratio "$cli_wall" "$ddp_wall") |
| \`liftoff login\` on the command line: peak RSS, median of $runs | $(mb "$cli_rss") | $(mb "$ddp_rss") (ddp-login) | $(ratio "$cli_rss" "$ddp_rss") |
| \`liftoff --version\`: peak RSS, median of $runs | $(mb "$version_rss") | $(mb "$ddp_rss") (ddp-login) | $(ratio "$version_rss" "$ddp_rss") |"

# --- Throughput and round trips: programs of their own. ------------------------------------------
rest_rows=
if [ -z "$quick" ]; then
    say "throughput…"
    throughput=$("$bin/liftoff-bench-throughput" --tsv --runs 5) || die "liftoff-bench-throughput failed"
    tp() { awk -F'\t' -v row="$1" -v col="$2" '$1 == row { print $col }' <<<"$throughput"; }
    say "round trips…"
    # In this private session the keychain is a throw-away one, so `liftoff resume` can be timed too.
    roundtrips=$("$bin/liftoff-bench-roundtrips" --runs 5 --with-keychain) || die "liftoff-bench-roundtrips failed"
    rt() { awk -v row="$1" 'index($0, row) == 1 { print $NF; exit }' <<<"$roundtrips"; }
    # The physical minimum the dev server can show: it does not delay the WebSocket upgrade, so one
    # round trip, `connect` and `login` sent together (on a real network add TCP, TLS and the
    # upgrade).
    floor="1 (\`connect\` + \`login\` pipelined)"
    rest_rows="| DDP throughput, 100 000 \`added\`: DdpConnection end to end (loopback WebSocket) | $(tp "end to end" 2) frames/s ($(tp "end to end" 3) MB/s) | | |
| … decode + DdpCollections::applyAdded, in memory | $(tp "decode+apply" 2) frames/s ($(tp "decode+apply" 3) MB/s) | | |
| … DdpFrame::decode alone | $(tp decode 2) frames/s ($(tp decode 3) MB/s) | | |
| Round trips, process start to signed in: \`liftoff resume\` (token from the keychain) | $(rt "liftoff resume") | $floor | $(ratio "$(rt "liftoff resume")" 1) |
| Round trips, process start to signed in: \`liftoff login --password-stdin\` | $(rt "liftoff login --password-stdin") | $floor | $(ratio "$(rt "liftoff login --password-stdin")" 1) |
| Round trips: \`liftoff login --ldap\`, LDAP account | $(rt "liftoff login --ldap") | $floor | $(ratio "$(rt "liftoff login --ldap")" 1) |
| Round trips: \`liftoff login\`, LDAP account, no \`--ldap\` (the password shape refused, then LDAP) | $(rt "liftoff login, LDAP account") | 2 (one retry by design) | $(ratio "$(rt "liftoff login, LDAP account")" 2) |
| Round trips: DdpConnection password login | $(rt "DdpConnection: password") | $floor | $(ratio "$(rt "DdpConnection: password")" 1) |
| Round trips: DdpConnection resume | $(rt "DdpConnection: resume") | $floor | $(ratio "$(rt "DdpConnection: resume")" 1) |"
fi

# --- The table. ------------------------------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
cat <<EOF

Liftoff $("$app" --version 2>/dev/null | awk '{ print $NF }'), $(date -u +%Y-%m-%d), $cpu, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), Xvfb, Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)

| Benchmark | Liftoff | Floor, same run | Ratio |
|---|---:|---:|---:|
| Start-up: exec to first window mapped (sign-in page), median of $runs | $start_liftoff ms | $start_form ms (bare Qt Widgets sign-in form, same size) | $(ratio "$start_liftoff" "$start_form") |
| Peak RSS: window on the sign-in page, median of $memory_runs | $(mb "$rss_idle") | $(mb "$rss_form") (bare form) | $(ratio "$rss_idle" "$rss_form") |
| Peak RSS: window signed in (resumed session), median of $memory_runs | $(mb "$rss_signedin") | $(mb "$rss_form") (bare form) | $(ratio "$rss_signedin" "$rss_form") |
| Reference: a bare empty Qt Widgets window, same size: start-up; peak RSS | $start_bare ms; $(mb "$rss_bare") | $start_form ms; $(mb "$rss_form") (bare form) | $(ratio "$start_bare" "$start_form"); $(ratio "$rss_bare" "$rss_form") |
$cli_rows
$rest_rows
EOF
