#!/usr/bin/env bash
# Fails when a C++ file does not follow the committed .clang-format.
set -euo pipefail
clang_format=${1:-clang-format}
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui tests -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
"$clang_format" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"
