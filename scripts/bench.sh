#!/usr/bin/env bash
# Benchmark of `shegong report` (SPEC §9): median wall time, rows/s, MB/s and peak RSS over
# several runs, on generated inputs cached under .bench/ (outside git), and the median time of
# each stage (SHEGONG_TIMINGS=1).
#
# warnings-10m is province-10m made harsh by scripts/bench_warnings.py (overlapping start times,
# 1 % of services naming another station, visit intervals of 7 days so that most people are
# overdue); a case name ending in -feedback runs its inputs with --feedback, and the run ends
# with what --feedback adds to the case without it, when both ran.
#
#   RUNS=3 CASES="county-1m province-1m province-10m" bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/shegong}
RUNS=${RUNS:-3}
CASES=${CASES:-"county-1m province-1m province-10m warnings-10m warnings-10m-feedback rejected-1m field-20mb"}
BENCH=${BENCH_DIR:-.bench}
AS_OF=2026-11-20
mkdir -p "$BENCH"
[ -x "$BIN" ] || { echo "build first: make build" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y -qq time >/dev/null; }

inputs_for() {  # case name → generated inputs folder (made once)
  local name=$1 dir="$BENCH/$1"
  if [ ! -f "$dir/.complete" ]; then
    case $name in
      rejected-1m | field-20mb)
        # Hostile inputs for memory (SPEC §9, reliability): the committed sample with its services
        # replaced by a million rows that are all rejected, or with one 20 MB note appended.
        echo "generating $name from Inputs/ …" >&2
        rm -rf "$dir" && cp -r Inputs "$dir"
        if [ "$name" = rejected-1m ]; then
          rm -f "$dir"/services/*.csv
          awk 'BEGIN { print "record_id,date,worker_id,beneficiary_id,service_type,duration,station_id,start_time,case_stage,note"
            for (i = 0; i < 1000000; i++) printf "R%07d,2026-10-45,W00001,B000001,home_visit,1,,,,\n", i }' \
            > "$dir/services/2026-10.csv"
        else
          awk 'BEGIN { printf "R9999999,2026-10-05,W00001,B000001,home_visit,1,,,,\""
            block = sprintf("%1000s", ""); gsub(/ /, "x", block)
            for (i = 0; i < 20000; i++) printf "%s", block
            print "\"" }' >> "$dir/services/2026-10.csv"
        fi
        touch "$dir/.complete"
        echo "$dir"
        return
        ;;
      warnings-10m)
        local base
        base=$(inputs_for province-10m)
        echo "generating $name from $base …" >&2
        python3 scripts/bench_warnings.py "$base" "$dir"
        touch "$dir/.complete"
        echo "$dir"
        return
        ;;
      county-1m) args="--scale county --services 1000000 --from 2026-01 --to 2026-10" ;;
      province-1m) args="--scale province --services 1000000 --from 2026-01 --to 2026-10" ;;
      province-10m) args="--scale province --services 10000000 --from 2026-01 --to 2026-10" ;;
      *) echo "unknown case $name" >&2; exit 2 ;;
    esac
    echo "generating $name ($args) …" >&2
    rm -rf "$dir"
    "$BIN" sample --out "$dir" --seed 1 $args --quiet
    touch "$dir/.complete"
  fi
  echo "$dir"
}

declare -A medians  # case name → median wall time
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-14s %10s %10s %10s %9s %10s %10s\n' case services "MB in" "median s" "rows/s" "MB/s" "peak MB"
for name in $CASES; do
  extra=()
  case $name in *-feedback) extra=(--feedback) ;; esac
  dir=$(inputs_for "${name%-feedback}")
  # Data rows of the services files: lines less one header line per file.
  services=$(find "$dir" -path '*services*' -name '*.csv' -exec awk 'END { print NR - 1 }' {} \; \
    | awk '{ total += $1 } END { print total }')
  megabytes=$(du -sm --exclude=.complete "$dir" | cut -f1)
  times=() ; peaks=()
  : > "$BENCH/timings-$name.txt"
  for run in $(seq "$RUNS"); do
    rm -rf "$BENCH/out-$name"
    SHEGONG_TIMINGS=1 /usr/bin/time -f '%e %M' -o "$BENCH/time.txt" "$BIN" report --inputs "$dir" \
      --out "$BENCH/out-$name" --as-of "$AS_OF" --quiet "${extra[@]}" 2>> "$BENCH/timings-$name.txt"
    read -r seconds kilobytes < "$BENCH/time.txt"
    times+=("$seconds"); peaks+=("$kilobytes")
  done
  wall=$(printf '%s\n' "${times[@]}" | median)
  medians[$name]=$wall
  peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
  awk -v n="$name" -v s="$services" -v mb="$megabytes" -v t="$wall" -v p="$peak" 'BEGIN {
    printf "%-14s %10d %10d %10.2f %9.0f %10.1f %10.0f\n", n, s, mb, t, s / t, mb / t, p / 1024 }'
  echo "  runs: ${times[*]} s" >&2
  # Each stage's median over the runs, in the order the run reports them.
  awk '/^timing: / { sub(/^timing: /, ""); sub(/ ms$/, ""); ms = $NF; sub(/ [0-9]+$/, "")
      if (!($0 in n)) order[++stages] = $0; v[$0, ++n[$0]] = ms }
    END { for (i = 1; i <= stages; i++) { s = order[i]; m = n[s]
        for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (v[s, b] < v[s, a]) { t = v[s, a]; v[s, a] = v[s, b]; v[s, b] = t }
        printf "  stage %-62s %8.2f s\n", s, (m % 2 ? v[s, (m + 1) / 2] : (v[s, m / 2] + v[s, m / 2 + 1]) / 2) / 1000 } }' \
    "$BENCH/timings-$name.txt" >&2
  out="$BENCH/out-$name"
  lines() { [ -f "$1" ] && awk 'END { print NR - 1 }' "$1" || echo 0; }
  echo "  lists: $(lines "$out"/issues-*.csv) issues, $(lines "$out"/overdue-*.csv) overdue people$(
    [ -d "$out/feedback" ] && echo ", $(find "$out/feedback" -name '*.xlsx' | wc -l) feedback workbooks")" >&2
done

# What --feedback adds: the median of a -feedback case less the median of its base case, when
# both ran (SPEC §9: at most 5 s for 1 600 stations).
for name in $CASES; do
  base=${name%-feedback}
  if [ "$base" != "$name" ] && [ -n "${medians[$base]:-}" ]; then
    awk -v b="$base" -v a="${medians[$base]}" -v f="${medians[$name]}" \
      'BEGIN { printf "--feedback adds %.2f s on %s (median %.2f s against %.2f s)\n", f - a, b, f, a }'
  fi
done

# Optional side-by-side: DuckDB computing a few of the figures (no validation) on the same files.
if [ -n "${DUCKDB:-}" ] || python3 -c "import duckdb" 2>/dev/null; then
  # The generated samples only: the hostile cases are for memory, and DuckDB rejects their rows.
  samples=$(for name in $CASES; do case $name in rejected-1m | field-20mb) ;; *) echo "$name" ;; esac; done)
  [ -z "$samples" ] || python3 scripts/bench_duckdb.py "$BENCH" $samples || echo "DuckDB comparison failed" >&2
else
  echo "DuckDB not installed (python3 -m pip install duckdb): skipping the comparison" >&2
fi
