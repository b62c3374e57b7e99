#!/usr/bin/env bash
# Installs what is missing, builds, starts the bundled dev server with its demo accounts and opens
# Liftoff pointed at it. Demo accounts: alice/wonderland, bob/builder (TOTP), carol/caroline
# (e-mail code, printed below), dave/deactivated; single sign-on buttons (--sso-demo) go through the
# dev server's own identity provider, which signs in alice. A build that is not installed is not the
# rocketchat:// handler, so the browser's hand-off back to Liftoff needs the installed package (or
# BROWSER="build/default/bin/liftoff-testbrowser %s", the test browser that delivers the link itself).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh default

bin=build/default/bin
log=$(mktemp -t liftoff-devserver.XXXXXX)
"$bin/liftoff-devserver" --port 0 --sso-demo >"$log" 2>&1 &
server_pid=$!
cleanup() {
    kill ${app_pid:-} $server_pid ${tail_pid:-} 2>/dev/null || true
    rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for _ in $(seq 100); do grep -q '^Listening on ' "$log" && break; sleep 0.05; done
url=$(sed -n 's/^Listening on \(.*\)$/\1/p' "$log" | head -n1)
[ -n "$url" ] || { cat "$log" >&2; echo "the dev server did not start" >&2; exit 1; }
echo "Dev server: $url (demo accounts: alice/wonderland, bob/builder, carol/caroline, dave/deactivated)"
tail -n +2 -f "$log" &
tail_pid=$!

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display here: Liftoff runs on a virtual display (Xvfb). Stop it with Ctrl+C."
    bash scripts/with-session.sh "$bin/liftoff" --server "$url" &
else
    "$bin/liftoff" --server "$url" &
fi
app_pid=$!
wait "$app_pid"
