#!/usr/bin/env bash
# Screenshots of the INSTALLED app (the .deb unpacked into a throw-away root, run with the
# system's libraries only), in each language given, against the dev server with its demo
# single sign-on services. For the release notes and the metainfo; checked by eye.
#
# Usage: scripts/screenshots-installed.sh <build dir> <output dir> [LANG...]   (default: de ja)
# Needs: the build's install rules (cpack), liftoff-devserver in <build dir>/bin, Xvfb and
# ImageMagick (`import`, `convert`). Runs inside scripts/with-session.sh (temporary HOME and keyring).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
shift 2
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(de ja)

if [ -z "${LIFTOFF_IN_SESSION:-}" ]; then
    exec bash scripts/with-session.sh bash "$0" "$build" "$out" "${languages[@]}"
fi
command -v import >/dev/null || { echo "screenshots: ImageMagick's import is missing" >&2; exit 1; }

work=$(mktemp -d -t liftoff-shots.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; exit 1; }
dpkg-deb -x "$(ls "$work"/out/liftoff_*.deb)" "$work/root"
app="$work/root/usr/bin/liftoff"

"$build/bin/liftoff-devserver" --port 0 --sso-demo >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q '^Listening on ' "$work/server.log" && break; sleep 0.05; done
url=$(sed -n 's/^Listening on \(.*\)$/\1/p' "$work/server.log" | head -n1)
[ -n "$url" ] || { cat "$work/server.log" >&2; exit 1; }

unset QT_QPA_PLATFORM # the real xcb window on the session's Xvfb display
for lang in "${languages[@]}"; do
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH "$app" --lang "$lang" --server "$url" \
        >"$work/app-$lang.log" 2>&1 &
    pid=$!
    pids+=("$pid")
    sleep 4 # the server check and the service buttons
    # No window manager under Xvfb: the window sits alone on the root window; trim the rest.
    import -window root "$work/screen-$lang.png"
    convert "$work/screen-$lang.png" -trim +repage "$out/installed-$lang.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "screenshots: $out/installed-$lang.png"
done
