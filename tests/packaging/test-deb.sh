#!/usr/bin/env bash
# Builds the .deb from the build directory's install rules (cpack -G DEB), unpacks it into a
# throw-away root and runs the installed binary from there: --version and --help, with
# LD_LIBRARY_PATH unset so that only the system's libraries are found. Checks the desktop file,
# metainfo, icons and documents landed under usr/share, validates them where they landed, that
# the dependencies resolve (apt-get, simulated), and that lintian finds no error or warning.
# Usage: test-deb.sh <build dir> <project version> <app id>. Exit code 77 (skipped): no dpkg-deb.
set -euo pipefail
build=$1 version=$2 app_id=$3

command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb is not installed (not a Debian system)"; exit 77; }
command -v dpkg-shlibdeps >/dev/null || { echo "FAIL: dpkg-shlibdeps missing: apt-get install dpkg-dev"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

# The package goes to a directory of its own, so that nothing is left in the build directory.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1; }
deb=$(ls "$work"/out/liftoff_"$version"-*.deb)
ok "built $(basename "$deb")"

# The control file.
depends=$(dpkg-deb -f "$deb" Depends)
for wanted in libsecret-1-0 libqt6keychain1 libqt6websockets6 libqt6widgets6 libqt6svg6 dbus-session-bus; do
    [[ $depends == *"$wanted"* ]] && ok "Depends: $wanted" || fail "Depends lacks $wanted: $depends"
done
[ "$(dpkg-deb -f "$deb" Section)" = net ] && ok "Section: net" || fail "Section is not net"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "Version is $(dpkg-deb -f "$deb" Version), not $version-1"

# Only the app: no dev server, tests or benchmarks.
dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/files"
if grep -E 'devserver|tst_|bench|fuzz' "$work/files"; then fail "the package holds more than the app"; else ok "only the app is packaged"; fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
app="$root/usr/bin/liftoff"
[ -x "$app" ] || { fail "usr/bin/liftoff is missing"; exit 1; }
if readelf -S "$app" | grep -q '\.symtab'; then fail "usr/bin/liftoff is not stripped"; else ok "usr/bin/liftoff is stripped"; fi

# The installed binary runs from the throw-away root with the system's libraries only.
out=$(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$work" "$app" --version 2>&1) \
    || fail "liftoff --version exited with $?: $out"
[ "$out" = "liftoff $version" ] && ok "liftoff --version: $out" || fail "liftoff --version said '$out', expected 'liftoff $version'"
out=$(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$work" "$app" --help 2>&1) \
    || fail "liftoff --help exited with $?"
for wanted in "Usage:" "--server" "login" "logout" "--version"; do
    [[ $out == *"$wanted"* ]] || fail "liftoff --help does not mention $wanted"
done
ok "liftoff --help lists the options and commands"
out=$(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$work" "$app" help 2>&1) \
    || fail "liftoff help exited with $?"
[[ $out == *"status"* ]] && ok "liftoff help lists the commands" || fail "liftoff help: $out"

# The window's module, private, where the executable looks for it: the window opens from the
# throw-away root (offscreen), and the command line above did without it.
module=$(find "$root/usr/lib" -path '*/liftoff/modules/liftoff-window.so' | head -n 1)
if [ -n "$module" ]; then
    ok "${module#"$root/"}"
    if readelf -S "$module" | grep -q '\.symtab'; then fail "liftoff-window.so is not stripped"; fi
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$work" QT_QPA_PLATFORM=offscreen \
        "$app" --server http://127.0.0.1:9 >"$work/window.log" 2>&1 &
    pid=$!
    sleep 2
    if kill -0 "$pid" 2>/dev/null && grep -q "$module" "/proc/$pid/maps"; then
        ok "the installed window opens with its module"
    else
        fail "the installed window did not open: $(cat "$work/window.log")"
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
else
    fail "<libdir>/liftoff/modules/liftoff-window.so is missing"
fi

# Desktop integration where the desktop looks for it.
share="$root/usr/share"
for f in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" \
         "icons/hicolor/scalable/apps/$app_id.svg" "man/man1/liftoff.1.gz" \
         doc/liftoff/copyright doc/liftoff/changelog.Debian.gz lintian/overrides/liftoff; do
    [ -f "$share/$f" ] && ok "usr/share/$f" || fail "usr/share/$f is missing"
done
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size}x${size} icon"
done
ok "hicolor icons 16 to 512"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/$app_id.desktop" && ok "desktop-file-validate" \
        || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >"$work/as.log" 2>&1 \
        && ok "appstreamcli validate" || { cat "$work/as.log"; fail "appstreamcli validate"; }
fi
if command -v man >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$share/man/man1/liftoff.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] && ok "man page renders without warnings" || fail "man page: $warnings"
fi

# Would it install here? apt resolves the dependencies (simulated, no root needed).
if command -v apt-get >/dev/null && compgen -G "/var/lib/apt/lists/*Packages*" >/dev/null; then
    if apt-get -s --no-install-recommends install "$deb" >"$work/apt.log" 2>&1 \
        && grep -q '^Conf liftoff ' "$work/apt.log"; then
        ok "apt-get would install it (dependencies resolve)"
    else
        cat "$work/apt.log"
        fail "apt-get cannot install the package"
    fi
else
    echo "note: no apt package lists here; dependency resolution not checked"
fi

# lintian: no errors and no warnings (the informational tags left are in packaging/README.md).
if command -v lintian >/dev/null; then
    if lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1; then
        ok "lintian: no errors or warnings"
    else
        grep -v 'running with root privileges' "$work/lintian.log" || true
        fail "lintian"
    fi
else
    echo "note: lintian is not installed (apt-get install lintian); not run"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "the .deb installs and runs"
