#!/usr/bin/env bash
# Kills `shegong report` with SIGKILL at random moments and checks, after every kill, that the
# output folder still holds one whole report: the previous one byte for byte, or — only when the
# commit journal is present — the new one that the next run completes by renaming. Each run
# writes the other of two reports whose four files all differ, so a mix would show. After the
# KILLS kills at random moments come COMMIT_KILLS kills aimed at the commit (as soon as the
# journal appears), which the random ones rarely hit. At the end a normal run must leave exactly
# the four outputs and nothing hidden.
#
#   make killloop                          # builds, then runs this script
#   KILLS=50 SERVICES=400000 SHEGONG=.build/release/shegong bash scripts/killloop.sh
#
# Exits 0 when every check passed, 1 otherwise; the last line is the summary.
set -uo pipefail

BIN=${SHEGONG:-.build/release/shegong}
KILLS=${KILLS:-20}
COMMIT_KILLS=${COMMIT_KILLS:-5}
SERVICES=${SERVICES:-200000}
TEMPLATES=${TEMPLATES:-Templates}
OUTPUTS=(shegong-2026-10.xlsx report-2026-10.md metrics-2026-10.json issues-2026-10.csv)
FLAGS_A=(--period 2026-10 --as-of 2026-10-25 --lang en)
FLAGS_B=(--period 2026-10 --as-of 2026-11-20 --lang zh)

fail() {
  echo "killloop: FAILED: $*" >&2
  exit 1
}

[ -x "$BIN" ] || fail "$BIN is not built (make build, or SHEGONG=path)"
work=$(mktemp -d -t shegong-killloop.XXXXXX) || fail "cannot make a scratch folder"
trap 'rm -rf "$work"' EXIT
# The workbook library's own scratch files go here too, so that leftovers would be seen.
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"

declare -A pending=() # output name → the temporary the journal renames over it

now_ms() { echo $(($(date +%s%N) / 1000000)); }

report() { # report OUT FLAGS...
  local out=$1
  shift
  "$BIN" report --inputs "$work/inputs" --templates "$TEMPLATES" --out "$out" --quiet "$@"
}

# same_as REF DIR: the four outputs of DIR (after the journal's renames) equal those of REF.
same_as() {
  local ref=$1 dir=$2 name file
  for name in "${OUTPUTS[@]}"; do
    file=$dir/$name
    if [ -n "${pending[$name]:-}" ]; then file=$dir/${pending[$name]}; fi
    cmp -s "$ref/$name" "$file" || return 1
  done
}

echo "killloop: generating a county sample with $SERVICES services"
"$BIN" sample --out "$work/inputs" --scale county --services "$SERVICES" --seed 7 --quiet ||
  fail "shegong sample failed"

start=$(now_ms)
report "$work/ref-a" "${FLAGS_A[@]}" || fail "the reference report A failed"
middle=$(now_ms)
report "$work/ref-b" "${FLAGS_B[@]}" || fail "the reference report B failed"
end=$(now_ms)
typical=$(((end - start) / 2))
for name in "${OUTPUTS[@]}"; do
  cmp -s "$work/ref-a/$name" "$work/ref-b/$name" && fail "reports A and B have the same $name"
done
echo "killloop: a run takes about $typical ms (A $((middle - start)) ms, B $((end - middle)) ms); killing $KILLS runs"

out=$work/out
mkdir "$out"
cp "$work/ref-a/"* "$out/"
state=a
kills=0 finished=0 attempts=0 aimed=0
declare -A phases=([before-writing]=0 [while-staging]=0 [during-commit]=0 [after-commit]=0)

# check_after_kill PID LABEL: the folder must hold one whole report once the next run has done
# the renames of any journal; sets `state` to that report and `phase` to where the kill landed.
check_after_kill() {
  local pid=$1 label=$2 file name journal=no
  for file in "$out"/.[!.]*; do
    [ -e "$file" ] || continue
    name=${file##*/}
    if [ "$name" = .shegong-commit ]; then
      journal=yes
    elif ! [[ "$name" =~ ^\.(shegong-2026-10\.xlsx|report-2026-10\.md|metrics-2026-10\.json|issues-2026-10\.csv|shegong-commit)\.tmp-[0-9]+$ ]]; then
      fail "$label: an unexpected hidden file $name"
    fi
  done
  for file in "$out"/*; do
    name=${file##*/}
    case " ${OUTPUTS[*]} " in *" $name "*) ;; *) fail "$label: an unexpected file $name" ;; esac
  done
  [ -z "$(ls -A "$TMPDIR")" ] || fail "$label: files left in the temporary folder: $(ls -A "$TMPDIR")"

  declare -gA pending=()
  if [ "$journal" = yes ]; then
    local temporary final
    while IFS=$'\t' read -r temporary final; do
      if [ -e "$out/$temporary" ]; then pending[$final]=$temporary; fi
    done <"$out/.shegong-commit"
  fi
  if same_as "$work/ref-$state" "$out"; then
    : # the previous report, whole (a journal of an earlier run may still be waiting for its repair)
  elif same_as "$work/ref-$next" "$out"; then
    state=$next # the new report, whole once the journal's renames are done
  else
    fail "$label: the folder holds neither report $state nor (after its journal) report $next"
  fi
  if [ "$journal" = yes ] && grep -q "tmp-$pid" "$out/.shegong-commit"; then
    phase="during-commit ($((${#OUTPUTS[@]} - ${#pending[@]})) of ${#OUTPUTS[@]} renamed)"
  elif compgen -G "$out/.*.tmp-$pid" >/dev/null; then
    phase=while-staging
  elif [ "$state" = "$next" ]; then
    phase=after-commit
  else
    phase=before-writing
  fi
}

# kill_one MODE: starts a run writing the other report and kills it with SIGKILL — at a random
# moment of a typical run (MODE random), or as soon as its commit journal appears (MODE commit).
# Returns 1 when the run ended before the kill.
kill_one() {
  local mode=$1 delay_ms=0 pid status
  if [ "$state" = a ]; then next=b flags=("${FLAGS_B[@]}"); else next=a flags=("${FLAGS_A[@]}"); fi
  # Started directly (not through a shell function) so that $! is shegong itself.
  "$BIN" report --inputs "$work/inputs" --templates "$TEMPLATES" --out "$out" --quiet "${flags[@]}" &
  pid=$!
  if [ "$mode" = random ]; then
    # From the start of a run to a little past its typical end.
    delay_ms=$((RANDOM % (typical * 11 / 10 + 1)))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  else
    while kill -0 "$pid" 2>/dev/null && [ ! -e "$out/.shegong-commit" ]; do :; done
  fi
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  status=$?
  if [ "$status" -ne 137 ]; then
    # The run ended before the kill: it must have written the whole new report.
    [ "$status" -eq 0 ] || fail "a run that was not killed exited $status"
    declare -gA pending=()
    same_as "$work/ref-$next" "$out" || fail "a finished run left something other than its report"
    finished=$((finished + 1))
    state=$next
    return 1
  fi
  local label="kill $((kills + aimed + 1)) ($mode, ${delay_ms} ms)"
  check_after_kill "$pid" "$label"
  echo "killloop: $label: $phase; the folder holds report $state"
}

while [ "$kills" -lt "$KILLS" ]; do
  attempts=$((attempts + 1))
  [ "$attempts" -le $((KILLS * 5)) ] || fail "only $kills kills in $attempts attempts"
  kill_one random || continue
  kills=$((kills + 1))
  phases[${phase%% *}]=$((phases[${phase%% *}] + 1))
done

# Kills aimed at the commit itself, to see the journal completed by the next run. A journal left
# by an earlier kill is repaired first by a normal run, so that the next journal is the new run's.
commit_hits=0
for _ in $(seq "$COMMIT_KILLS"); do
  if [ -e "$out/.shegong-commit" ]; then
    if [ "$state" = a ]; then next=b flags=("${FLAGS_B[@]}"); else next=a flags=("${FLAGS_A[@]}"); fi
    "$BIN" report --inputs "$work/inputs" --templates "$TEMPLATES" --out "$out" --quiet "${flags[@]}" ||
      fail "a repairing run failed"
    state=$next
  fi
  kill_one commit || continue
  aimed=$((aimed + 1))
  if [ "${phase%% *}" = during-commit ]; then commit_hits=$((commit_hits + 1)); fi
done

# A normal run repairs whatever is left and writes the other report.
if [ "$state" = a ]; then next=b flags=("${FLAGS_B[@]}"); else next=a flags=("${FLAGS_A[@]}"); fi
report "$out" "${flags[@]}" || fail "the final run failed"
declare -A pending=()
same_as "$work/ref-$next" "$out" || fail "the final run did not write report $next"
left=$(ls -A "$out" | sort | tr '\n' ' ')
expected=$(printf '%s\n' "${OUTPUTS[@]}" | sort | tr '\n' ' ')
[ "$left" = "$expected" ] || fail "the final run left: $left"
[ -z "$(ls -A "$TMPDIR")" ] || fail "files left in the temporary folder: $(ls -A "$TMPDIR")"

echo "killloop: OK: $kills kills at random moments (${phases[before-writing]} before writing," \
  "${phases[while-staging]} while staging, ${phases[during-commit]} during the commit, ${phases[after-commit]} after it)" \
  "and $aimed aimed at the commit ($commit_hits with the journal written); $finished run(s) ended before their kill;" \
  "every report stayed whole; the final run left exactly the 4 outputs and no temporaries"
