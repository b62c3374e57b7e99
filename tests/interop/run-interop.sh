#!/usr/bin/env bash
# Runs one interop script against a fresh liftoff-devserver on a free port.
# Usage: run-interop.sh DEVSERVER NODE SCRIPT.js
# Exit codes: the script's (0 = real success); 77 = skipped (npm packages not installed).
set -euo pipefail
devserver=$1 node=$2 script=$3
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -d "$here/node_modules" ]; then
    echo "SKIP: $here/node_modules is missing (run 'npm ci' there, or scripts/install-deps.sh)"
    exit 77
fi

log=$(mktemp -t liftoff-interop.XXXXXX)
"$devserver" --port 0 >"$log" 2>&1 &
server=$!
cleanup() {
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    rm -f "$log"
}
trap cleanup EXIT

url=
for _ in $(seq 200); do
    url=$(sed -n '1s/^Listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$log")
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.05
done
if [ -z "$url" ]; then
    echo "the dev server did not start:" >&2
    cat "$log" >&2
    exit 1
fi

cd "$here"
status=0
"$node" "$script" "$url" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- dev server output ---" >&2
    cat "$log" >&2
fi
exit "$status"
