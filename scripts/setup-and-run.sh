#!/usr/bin/env bash
# Installs what is missing, builds the two programs it runs (liftoff and liftoff-devserver, not the
# tests), starts the bundled dev server with its demo accounts and opens Liftoff pointed at it.
# Demo accounts: alice/wonderland, bob/builder (TOTP), carol/caroline (e-mail code, printed below),
# dave/deactivated; erin/directory is an LDAP account, for a dev server started with --ldap. Single
# sign-on buttons (--sso-demo) go through the dev server's own identity provider, which signs in
# alice. A build that is not installed is not the rocketchat:// handler, so the browser's hand-off
# back to Liftoff needs the installed package (or BROWSER="build/default/bin/liftoff-testbrowser
# %s", the test browser that delivers the link itself).
#
# Stop it with Ctrl+C, or by signalling this script's PID: either way the window, the dev server
# and, without a display, Xvfb, the session bus and the keyring go with it.
set -euo pipefail
cd "$(dirname "$0")/.."

# Its own process group, so that stopping it stops everything it started.
if [ -z "${LIFTOFF_SETUP_GROUP:-}" ] && command -v setsid >/dev/null; then
    export LIFTOFF_SETUP_GROUP=1
    setsid "$0" "$@" &
    leader=$!
    trap 'kill -TERM -- -"$leader" 2>/dev/null || true' INT TERM HUP
    wait "$leader" || status=$?
    # A second wait: after a trapped signal the first one returns early.
    wait "$leader" 2>/dev/null || true
    exit "${status:-0}"
fi

bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target liftoff liftoff-devserver

bin=build/default/bin
log=$(mktemp -t liftoff-devserver.XXXXXX)
"$bin/liftoff-devserver" --port 0 --sso-demo >"$log" 2>&1 &
cleanup() {
    trap - EXIT
    trap '' INT TERM HUP
    rm -f "$log"
    # Everything else in this process group: the window, the session helpers, the dev server.
    kill -TERM 0 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
for _ in $(seq 100); do grep -q '^Listening on ' "$log" && break; sleep 0.05; done
url=$(sed -n 's/^Listening on \(.*\)$/\1/p' "$log" | head -n1)
[ -n "$url" ] || { cat "$log" >&2; echo "the dev server did not start" >&2; exit 1; }
echo "Dev server: $url (demo accounts: alice/wonderland, bob/builder, carol/caroline," \
    "dave/deactivated)"
tail -n +2 -f "$log" &

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display here: Liftoff runs on a virtual display (Xvfb). Stop it with Ctrl+C."
    bash scripts/with-session.sh "$bin/liftoff" --server "$url" &
else
    "$bin/liftoff" --server "$url" &
fi
wait "$!"
