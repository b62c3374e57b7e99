#!/usr/bin/env bash
# Installs what Liftoff needs to build, run and test on Debian 12 (or newer).
# Idempotent: apt-get runs only when a package is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev libssl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev libqt6svg6
    gnome-keyring libsecret-tools dbus dbus-bin xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream lintian rpm
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done

# Node.js and npm run the interop test with real third-party DDP clients. Some machines have a
# Node.js build that bundles npm (and conflicts with Debian's npm): install only when absent.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# Real third-party DDP clients for the interop test, pinned by the committed lock file.
here=$(cd "$(dirname "$0")/.." && pwd)
interop="$here/tests/interop"
if [ -f "$interop/package-lock.json" ] && [ ! -d "$interop/node_modules" ]; then
    (cd "$interop" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
        || echo "warning: could not install the interop test's npm packages; that test will be skipped" >&2
fi
