#!/usr/bin/env bash
# The window is a module that `liftoff` loads only to open a window (app/CMakeLists.txt,
# ui/windowmodule.h). Checks, on the build tree:
#  - the executable links neither Qt Gui nor Qt Widgets;
#  - command-line runs (--version, --help, help, a login to a closed port) load none of Qt Gui,
#    Widgets, xcb, fontconfig, GL, EGL nor the window module, at start-up or later (glibc's
#    LD_DEBUG=files lists every object the process loads, dlopen()ed ones included);
#  - the window opens (offscreen platform): the module is found next to the executable, every
#    symbol it takes from the executable resolves (it is loaded with all symbols bound at once),
#    and the window is still up two seconds later.
# Usage: test-window-module.sh <liftoff executable>
set -euo pipefail
app=$1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
    XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
window_only='libQt6Gui|libQt6Widgets|libxcb|libX11|libfontconfig|libfreetype|libGL|libEGL|libOpenGL|liftoff-window'

needed=$(readelf -d "$app" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if grep -E 'libQt6(Gui|Widgets)' <<<"$needed"; then
    fail "liftoff links the window's libraries"
else
    ok "liftoff links no Qt Gui or Widgets ($(wc -l <<<"$needed") libraries)"
fi

loaded() { # <name> <stdin> <args…>: the objects the run loaded
    local name=$1 input=$2
    shift 2
    LD_DEBUG=files LD_DEBUG_OUTPUT="$work/$name" "$app" "$@" <"$input" >/dev/null 2>&1 || true
    cat "$work/$name".* | sed -n 's/.*file=\([^ ]*\).*/\1/p' | sort -u
}
printf 'wonderland\n' >"$work/password"
for run in "version --version" "help --help" "commands help" \
    "login login --server http://127.0.0.1:9 --username alice --password-stdin --no-store"; do
    read -r name args <<<"$run"
    # shellcheck disable=SC2086
    objects=$(loaded "$name" "$work/password" $args)
    [ -n "$objects" ] || { fail "LD_DEBUG listed nothing for liftoff $args"; continue; }
    if grep -E "$window_only" <<<"$objects"; then
        fail "liftoff $args loads the window's libraries (above)"
    else
        ok "liftoff $args: $(wc -l <<<"$objects") objects, none of the window's"
    fi
done

# The window, offscreen: it loads the module and stays up.
QT_QPA_PLATFORM=offscreen "$app" --server http://127.0.0.1:9 >"$work/window.log" 2>&1 &
pid=$!
sleep 2
if kill -0 "$pid" 2>/dev/null; then
    if grep -q 'liftoff-window\.so' "/proc/$pid/maps"; then
        ok "the window is up with $(grep -o '[^/]*liftoff-window\.so' "/proc/$pid/maps" | head -n 1)"
    else
        fail "the window is up without the module"
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true
else
    wait "$pid" && status=0 || status=$?
    fail "the window did not stay up (exit $status): $(cat "$work/window.log")"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "the command line runs without the window's libraries; the window loads its module"
