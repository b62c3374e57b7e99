#!/usr/bin/env bash
# Fails when a file in app/ or ui/ includes a header from a layer above its own (or beside it where
# the two must not know each other). The layers, from the bottom up:
#
#   core -> {tls, storage} -> ddp -> rocketchat -> sso -> auth -> {cli, ui} -> app/main.cpp
#
# Every include of a project header names its folder ("ddp/ddpconnection.h"), so the layer shows at
# each include and this check can read it. A project include without a folder, or with "../", is an
# error too. Usage: scripts/check-layering.sh [SOURCE_DIR]   (exit 0: clean, 1: a violation)
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

# What each folder may include, itself included.
declare -A allowed=(
    [core]="core"
    [tls]="core tls"
    [storage]="core storage"
    [ddp]="core tls storage ddp"
    [rocketchat]="core tls storage ddp rocketchat"
    [sso]="core tls storage ddp rocketchat sso"
    [auth]="core tls storage ddp rocketchat sso auth"
    [cli]="core tls storage ddp rocketchat sso auth cli"
    [ui]="core tls storage ddp rocketchat sso auth ui"
    [main]="core tls storage ddp rocketchat sso auth cli ui"
)
layers=" ${allowed[main]} "

violations=0
checked=0
report() {
    echo "$1:$2: $3" >&2
    violations=$((violations + 1))
}

while IFS= read -r file; do
    case "$file" in
    app/main.cpp) layer=main ;;
    app/*/*) layer=${file#app/} layer=${layer%%/*} ;;
    ui/*) layer=ui ;;
    *) continue ;;
    esac
    if [ -z "${allowed[$layer]+set}" ]; then
        report "$file" 1 "'$layer' is not a layer: add it to scripts/check-layering.sh and app/README.md"
        continue
    fi
    checked=$((checked + 1))
    while IFS=: read -r line header; do
        case "$header" in
        *.moc | moc_*) continue ;; # Qt's generated sources
        ../* | */../*)
            report "$file" "$line" "\"$header\": name the folder instead of a relative path"
            continue
            ;;
        */*) ;;
        *)
            report "$file" "$line" "\"$header\": name its folder (\"<folder>/$header\")"
            continue
            ;;
        esac
        target=${header%%/*}
        if [[ "$layers" != *" $target "* ]]; then
            report "$file" "$line" "\"$header\": '$target' is not a folder of app/ or ui/"
        elif [[ " ${allowed[$layer]} " != *" $target "* ]]; then
            report "$file" "$line" "\"$header\": $layer may not use $target (see app/README.md)"
        fi
    done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" |
        sed 's/^\([0-9]*\):[^"]*"\([^"]*\)".*/\1:\2/')
done < <(git ls-files --cached --others --exclude-standard 'app/*.h' 'app/*.cpp' 'ui/*.h' 'ui/*.cpp' 2>/dev/null ||
    find app ui -name '*.h' -o -name '*.cpp')

if [ "$violations" -gt 0 ]; then
    echo "check-layering: $violations include(s) break the layering of app/ and ui/" >&2
    exit 1
fi
echo "check-layering: $checked files, every include goes down a layer or stays in its own"
