#!/usr/bin/env bash
# What is left to translate, per language: finished, unfinished and obsolete counts, then the
# source text of each unfinished entry (context, and the translator comment when there is one).
# Run it after `cmake --build <dir> --target update_translations` has brought new strings in.
#
# Usage: scripts/translations-status.sh [--counts] [--drop-obsolete] [LANG...]
#   LANG             de, fr, … (default: every translations/liftoff_*.ts)
#   --counts         only the counts
#   --drop-obsolete  remove the entries the sources no longer have (type "vanished" or
#                    "obsolete") once their text is no longer needed as a reference
# Exit code 0 when every file is complete, 1 otherwise (2: usage).
set -euo pipefail
cd "$(dirname "$0")/.."

counts_only=0
drop_obsolete=0
languages=()
for argument in "$@"; do
    case "$argument" in
    --counts) counts_only=1 ;;
    --drop-obsolete) drop_obsolete=1 ;;
    -h | --help)
        sed -n '2,11s/^# \{0,1\}//p' "$0"
        exit 0
        ;;
    -*)
        echo "translations-status.sh: unknown option $argument (see --help)" >&2
        exit 2
        ;;
    *) languages+=("$argument") ;;
    esac
done
if [ ${#languages[@]} -eq 0 ]; then
    for file in translations/liftoff_*.ts; do
        language=${file#translations/liftoff_}
        languages+=("${language%.ts}")
    done
fi

if [ "$drop_obsolete" = 1 ]; then
    lconvert=$(command -v lconvert6 || command -v /usr/lib/qt6/bin/lconvert || command -v lconvert || true)
    if [ -z "$lconvert" ]; then
        echo "translations-status.sh: lconvert not found (Debian: qt6-l10n-tools)" >&2
        exit 2
    fi
    for language in "${languages[@]}"; do
        file="translations/liftoff_$language.ts"
        "$lconvert" -no-obsolete -locations none -i "$file" -o "$file.tmp" && mv "$file.tmp" "$file"
    done
fi

incomplete=0
for language in "${languages[@]}"; do
    file="translations/liftoff_$language.ts"
    if [ ! -f "$file" ]; then
        echo "translations-status.sh: no $file" >&2
        exit 2
    fi
    # One record per <message>; lupdate writes each on its own lines, in a <context> that names
    # it before its first message.
    status=0
    result=$(awk -v counts_only="$counts_only" -v language="$language" '
        function between(text, opening, closing,    start, rest, stop) {
            start = index(text, opening)
            if (!start)
                return ""
            rest = substr(text, start + length(opening))
            stop = index(rest, closing)
            return substr(rest, 1, stop - 1)
        }
        function unescape(text) {
            gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&quot;/, "\"", text)
            gsub(/&apos;/, "'"'"'", text); gsub(/&amp;/, "\\&", text); gsub(/\n/, "\\n", text)
            return text
        }
        BEGIN { RS = "</message>" }
        {
            if (index($0, "<name>"))
                context = between($0, "<name>", "</name>")
            if (!index($0, "<message"))
                next
            if ($0 ~ /type="(vanished|obsolete)"/) {
                obsolete++
            } else if ($0 ~ /type="unfinished"/) {
                unfinished++
                comment = between($0, "<comment>", "</comment>")
                line = "  " context ": " unescape(between($0, "<source>", "</source>"))
                if (comment != "")
                    line = line "  [" unescape(comment) "]"
                lines = lines line "\n"
            } else {
                finished++
            }
        }
        END {
            printf "%s: %d finished, %d unfinished, %d obsolete\n", language, finished,
                unfinished, obsolete
            if (!counts_only)
                printf "%s", lines
            exit (unfinished + obsolete > 0)
        }' "$file") || status=$?
    printf '%s\n' "$result"
    [ "$status" = 0 ] || incomplete=1
done
exit "$incomplete"
