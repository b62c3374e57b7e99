#!/usr/bin/env bash
# Builds the .rpm and the .tar.gz from the same install rules as the .deb and checks what is in
# them: the app, its desktop integration, nothing of the tests; the RPM's Requires. The tarball's
# binary runs from where it was unpacked. Usage: test-rpm-tgz.sh <build dir> <version> <app id>.
# Exit code 77 (skipped): rpmbuild is not installed (apt-get install rpm).
set -euo pipefail
build=$1 version=$2 app_id=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
expect_files() { # <listing file> <prefix>
    for f in bin/liftoff "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
             "share/icons/hicolor/256x256/apps/$app_id.png" "share/icons/hicolor/scalable/apps/$app_id.svg" \
             share/man/man1/liftoff.1.gz share/doc/liftoff/copyright; do
        grep -qx "$2$f" "$1" && ok "$2$f" || fail "$2$f is missing"
    done
    # The window's module, in <libdir>/liftoff/modules (lib, lib64 or lib/<multiarch>).
    grep -qE "^$2lib(64|/[^/]+)?/liftoff/modules/liftoff-window\.so$" "$1" \
        && ok "$2<libdir>/liftoff/modules/liftoff-window.so" \
        || fail "$2<libdir>/liftoff/modules/liftoff-window.so is missing"
    if grep -E 'devserver|tst_|bench|fuzz|changelog.Debian|lintian' "$1"; then
        fail "more than the app (or Debian's files) in the package"
    else
        ok "only the app is packaged"
    fi
}

generators=TGZ
command -v rpmbuild >/dev/null && generators="TGZ;RPM"
cpack --config "$build/CPackConfig.cmake" -G "$generators" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "FAIL: cpack -G $generators"; exit 1; }

tgz=$(ls "$work"/out/liftoff-"$version"-*.tar.gz)
top=$(basename "$tgz" .tar.gz)
tar -tzf "$tgz" | sed "s|^$top/||" >"$work/tgz.files"
expect_files "$work/tgz.files" ""
mkdir "$work/unpacked" && tar -xzf "$tgz" -C "$work/unpacked"
out=$(env -u LD_LIBRARY_PATH HOME="$work" "$work/unpacked/$top/bin/liftoff" --version 2>&1) || true
[ "$out" = "liftoff $version" ] && ok "the tarball's liftoff --version: $out" || fail "tarball's liftoff --version: $out"

if [[ $generators == *RPM* ]]; then
    rpm=$(ls "$work"/out/liftoff-"$version"-*.rpm)
    rpm -qpl "$rpm" 2>/dev/null | sed 's|^/usr/||' >"$work/rpm.files"
    expect_files "$work/rpm.files" ""
    requires=$(rpm -qpR "$rpm" 2>/dev/null)
    for wanted in libsecret qt6-qtsvg 'libqt6keychain.so.1()(64bit)' 'libQt6WebSockets.so.6()(64bit)'; do
        grep -qxF "$wanted" <<<"$requires" && ok "Requires: $wanted" || fail "Requires lacks $wanted"
    done
    # The package must not claim directories the system owns.
    if rpm -qpl "$rpm" 2>/dev/null | grep -xE '/usr/share/(applications|icons|icons/hicolor|metainfo|man|man/man1)'; then
        fail "the RPM owns system directories"
    else
        ok "the RPM owns no system directory"
    fi
    [ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
    echo "the .rpm and the .tar.gz hold the app"
else
    [ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
    echo "SKIP (the .tar.gz passed): rpmbuild is not installed (apt-get install rpm)"
    exit 77
fi
