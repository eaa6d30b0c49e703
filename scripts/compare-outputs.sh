#!/usr/bin/env bash
# Runs two builds of shegong on the same inputs and compares every output byte for byte.
#
#   bash scripts/compare-outputs.sh OLD_BINARY NEW_BINARY [SCRATCH_DIR]
#
# Cases: the committed sample (default period, --lang en, a quarter, a half, a year, validate),
# and a planted sample (`shegong sample --error-rate 0.05`) as report and validate.
# Exits 1 and names each differing file when any output differs; workbooks that differ are
# unzipped and their parts compared so the message names the sheet.
set -euo pipefail

old=$(realpath "$1")
new=$(realpath "$2")
scratch=${3:-$(mktemp -d)}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$scratch"

"$new" sample --out "$scratch/planted" --scale county --seed 11 --from 2026-05 --to 2026-10 \
  --services 20000 --error-rate 0.05 >/dev/null 2>&1

# name | inputs | extra arguments (report)
cases=(
  "sample-default|$root/Inputs|"
  "sample-en|$root/Inputs|--lang en"
  "sample-quarter|$root/Inputs|--period 2026-Q3"
  "sample-half|$root/Inputs|--period 2026-H2"
  "sample-year|$root/Inputs|--period 2026"
  "sample-unmasked|$root/Inputs|--unmasked --period 2026-09"
  "planted-default|$scratch/planted|"
  "planted-en-quarter|$scratch/planted|--lang en --period 2026-Q3"
)

status=0
for entry in "${cases[@]}"; do
  IFS='|' read -r name inputs extra <<<"$entry"
  for which in old new; do
    binary=${!which}
    out="$scratch/$which/$name"
    rm -rf "$out"
    mkdir -p "$out"
    # shellcheck disable=SC2086
    code=0
    # Both builds write to the same --out path, then the folder moves aside: the run manifest
    # records the arguments as given, and must differ only where inputs or outputs do.
    run_out="$scratch/report-$name"
    rm -rf "$run_out"
    (cd "$root" && "$binary" report --inputs "$inputs" --out "$run_out" --quiet $extra \
      >"$out/stdout" 2>"$out/stderr") || code=$?
    if [ -d "$run_out" ]; then mv "$run_out" "$out/report"; fi
    echo "$code" >"$out/exit"
    code=0
    (cd "$root" && "$binary" validate --inputs "$inputs" >"$out/validate.stdout" \
      2>"$out/validate.stderr") || code=$?
    echo "$code" >"$out/validate.exit"
  done
  if diff -r "$scratch/old/$name" "$scratch/new/$name" >/dev/null; then
    echo "same      $name ($(find "$scratch/new/$name" -type f | wc -l) files)"
  else
    status=1
    echo "DIFFERENT $name"
    diff -rq "$scratch/old/$name" "$scratch/new/$name" | sed 's/^/  /' || true
    for book in "$scratch/new/$name"/report/*.xlsx; do
      [ -f "$book" ] || continue
      base=$(basename "$book")
      if ! cmp -s "$book" "$scratch/old/$name/report/$base"; then
        rm -rf "$scratch/unzip"
        mkdir -p "$scratch/unzip/old" "$scratch/unzip/new"
        unzip -q "$scratch/old/$name/report/$base" -d "$scratch/unzip/old"
        unzip -q "$book" -d "$scratch/unzip/new"
        diff -rq "$scratch/unzip/old" "$scratch/unzip/new" | sed 's/^/    /' || true
      fi
    done
  fi
done
exit $status
