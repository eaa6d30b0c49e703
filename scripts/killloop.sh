#!/usr/bin/env bash
# Kills `shegong report` with SIGKILL at random moments and right after its exchange, while a
# reader snapshots the output folder throughout, and checks that nobody ever sees two runs'
# files together:
#
# - after every kill, `--out` holds one whole report (the previous one or the new one, byte for
#   byte) and every file of the folder that the report does not write (a note and a subfolder of
#   BYSTANDERS files, which every run must carry over); beside it there is at most the killed
#   run's working folder `.out.shegong-<pid>`, which the next run removes;
# - a reader (in the background, the whole time) enters the folder and checksums the four
#   outputs and the note in one go, again and again: each snapshot must be wholly report A or
#   wholly report B. A snapshot whose files vanished under it (the old set is removed right
#   after the exchange) is counted, not failed.
#
# Each run writes the other of two reports whose files all differ, so a mix would show.
# After the KILLS kills at random moments come EXCHANGE_KILLS kills aimed right after the
# exchange (as soon as `--out` is another folder), which random kills rarely hit. At the end a
# normal run must leave the five outputs, the bystanders, and nothing beside the folder.
#
#   make killloop                          # builds, then runs this script
#   KILLS=50 SERVICES=400000 SHEGONG=.build/release/shegong bash scripts/killloop.sh
#
# Exits 0 when every check passed, 1 otherwise; the last line is the summary.
set -uo pipefail

BIN=${SHEGONG:-.build/release/shegong}
KILLS=${KILLS:-20}
EXCHANGE_KILLS=${EXCHANGE_KILLS:-5}
SERVICES=${SERVICES:-200000}
BYSTANDERS=${BYSTANDERS:-2000}
TEMPLATES=${TEMPLATES:-Templates}
OUTPUTS=(shegong-2026-10.xlsx report-2026-10.md metrics-2026-10.json issues-2026-10.csv overdue-2026-10.csv
  manifest-2026-10.json)
FLAGS_A=(--period 2026-10 --as-of 2026-10-25 --lang en)
FLAGS_B=(--period 2026-10 --as-of 2026-11-20 --lang zh)

fail() {
  echo "killloop: FAILED: $*" >&2
  exit 1
}

[ -x "$BIN" ] || fail "$BIN is not built (make build, or SHEGONG=path)"
work=$(mktemp -d -t shegong-killloop.XXXXXX) || fail "cannot make a scratch folder"
reader_pid=
trap '[ -n "$reader_pid" ] && kill "$reader_pid" 2>/dev/null; rm -rf "$work"' EXIT
# Nothing of the run may land in the system's temporary folder either.
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

report() { # report OUT FLAGS...
  local out=$1
  shift
  "$BIN" report --inputs "$work/inputs" --templates "$TEMPLATES" --out "$out" --quiet "$@"
}

# same_as REF DIR: the outputs of DIR equal those of REF.
same_as() {
  local ref=$1 dir=$2 name
  for name in "${OUTPUTS[@]}"; do
    cmp -s "$ref/$name" "$dir/$name" || return 1
  done
}

echo "killloop: generating a county sample with $SERVICES services"
"$BIN" sample --out "$work/inputs" --scale county --services "$SERVICES" --seed 7 --quiet ||
  fail "shegong sample failed"

out=$work/out
# The references are written to the folder the runs write to, then moved aside: the manifest
# names --out among its arguments, so only then are its bytes those a run leaves there.
start=$(now_ms)
report "$out" "${FLAGS_A[@]}" || fail "the reference report A failed"
mv "$out" "$work/ref-a"
middle=$(now_ms)
report "$out" "${FLAGS_B[@]}" || fail "the reference report B failed"
mv "$out" "$work/ref-b"
end=$(now_ms)
for name in "${OUTPUTS[@]}"; do
  cmp -s "$work/ref-a/$name" "$work/ref-b/$name" && fail "reports A and B have the same $name"
done

mkdir "$out"
cp "$work/ref-a/"* "$out/"
echo "kept by every run" >"$out/keep.txt"
mkdir "$out/notes"
for i in $(seq "$BYSTANDERS"); do echo "note $i" >"$out/notes/$i.txt"; done
state=a

# The checksums a snapshot of each report shows (the outputs, then the note, in this order).
(cd "$work/ref-a" && cksum "${OUTPUTS[@]}") >"$work/sum-a" && echo "$(cd "$out" && cksum keep.txt)" >>"$work/sum-a"
(cd "$work/ref-b" && cksum "${OUTPUTS[@]}") >"$work/sum-b" && echo "$(cd "$out" && cksum keep.txt)" >>"$work/sum-b"

# The reader: enters the folder (so that every file is read from one folder, whichever set the
# path names at that moment) and checksums the outputs and the note, until told to stop.
reader() {
  local snapshots=0 whole_a=0 whole_b=0 vanished=0 sums
  while [ ! -e "$work/stop-reader" ]; do
    if sums=$(cd "$out" 2>/dev/null && cksum "${OUTPUTS[@]}" keep.txt 2>/dev/null); then
      snapshots=$((snapshots + 1))
      if [ "$sums" = "$(<"$work/sum-a")" ]; then
        whole_a=$((whole_a + 1))
      elif [ "$sums" = "$(<"$work/sum-b")" ]; then
        whole_b=$((whole_b + 1))
      else
        printf '%s\n' "$sums" >"$work/reader-mixed"
        echo "mixed" >"$work/reader-result"
        return 1
      fi
    else
      vanished=$((vanished + 1))
    fi
  done
  echo "$snapshots $whole_a $whole_b $vanished" >"$work/reader-result"
}
reader &
reader_pid=$!

# A run with the reader going takes longer than the references did: time one (writing report B
# over A, whole), so that the random kills spread over a whole run, the exchange included.
start=$(now_ms)
report "$out" "${FLAGS_B[@]}" || fail "a normal run with the reader going failed"
typical=$(($(now_ms) - start))
same_as "$work/ref-b" "$out" || fail "a normal run with the reader going did not write report B"
state=b

echo "killloop: a run takes about $typical ms with the reader going (A $((middle - start)) ms, B $((end - middle)) ms" \
  "alone); killing $KILLS runs at random and $EXCHANGE_KILLS right after their exchange"

kills=0 finished=0 attempts=0 aimed=0 aimed_hits=0
declare -A phases=([before-the-exchange]=0 [after-the-exchange]=0)

# check_after_kill PID LABEL: the folder holds one whole report and every bystander; beside it
# only the lock file and the killed run's working folder. Sets `state` to the report the folder
# holds and `phase` to where the kill landed.
check_after_kill() {
  local pid=$1 label=$2 file name count
  for file in "$work"/.out.*; do
    [ -e "$file" ] || continue
    name=${file##*/}
    # The lock file of a killed run, and working folders of killed runs that no run has reached
    # the lock since.
    [ "$name" = .out.shegong-lock ] || [[ "$name" =~ ^\.out\.shegong-[0-9]+$ ]] ||
      fail "$label: an unexpected $name beside the folder"
  done
  for file in "$out"/* "$out"/.[!.]*; do
    [ -e "$file" ] || continue
    name=${file##*/}
    case " ${OUTPUTS[*]} keep.txt notes " in *" $name "*) ;; *) fail "$label: an unexpected file $name" ;; esac
  done
  [ "$(cat "$out/keep.txt")" = "kept by every run" ] || fail "$label: keep.txt was not kept"
  count=$(find "$out/notes" -type f | wc -l)
  [ "$count" -eq "$BYSTANDERS" ] || fail "$label: notes/ holds $count of $BYSTANDERS files"
  [ -z "$(ls -A "$TMPDIR")" ] || fail "$label: files left in the temporary folder: $(ls -A "$TMPDIR")"
  if same_as "$work/ref-$state" "$out"; then
    phase=before-the-exchange
  elif same_as "$work/ref-$next" "$out"; then
    state=$next
    phase=after-the-exchange
  else
    fail "$label: the folder holds neither report $state nor report $next whole"
  fi
}

# kill_one MODE: starts a run writing the other report and kills it with SIGKILL — at a random
# moment of a typical run (MODE random), or as soon as `--out` names another folder than before
# (MODE exchange). Returns 1 when the run ended before the kill.
kill_one() {
  local mode=$1 delay_ms=0 pid status folder
  if [ "$state" = a ]; then next=b flags=("${FLAGS_B[@]}"); else next=a flags=("${FLAGS_A[@]}"); fi
  # The folder that --out names now, held open to compare with (bash builtins only, no forks).
  exec {folder}<"$out"
  # Started directly (not through a shell function) so that $! is shegong itself.
  "$BIN" report --inputs "$work/inputs" --templates "$TEMPLATES" --out "$out" --quiet "${flags[@]}" &
  pid=$!
  if [ "$mode" = random ]; then
    # From the start of a run to a little past its typical end.
    delay_ms=$((RANDOM % (typical * 11 / 10 + 1)))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  else
    while kill -0 "$pid" 2>/dev/null && [ "$out" -ef "/proc/$$/fd/$folder" ]; do :; done
  fi
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  status=$?
  exec {folder}<&-
  if [ "$status" -ne 137 ]; then
    # The run ended before the kill: it must have written the whole new report.
    [ "$status" -eq 0 ] || fail "a run that was not killed exited $status"
    same_as "$work/ref-$next" "$out" || fail "a finished run left something other than its report"
    finished=$((finished + 1))
    state=$next
    return 1
  fi
  local label="kill $((kills + aimed + 1)) ($mode, ${delay_ms} ms)"
  check_after_kill "$pid" "$label"
  local beside=""
  if [ -e "$work/.out.shegong-$pid" ]; then beside=" and its working folder beside it"; fi
  echo "killloop: $label: $phase; the folder holds report $state$beside"
}

while [ "$kills" -lt "$KILLS" ]; do
  attempts=$((attempts + 1))
  [ "$attempts" -le $((KILLS * 5)) ] || fail "only $kills kills in $attempts attempts"
  kill_one random || continue
  kills=$((kills + 1))
  phases[$phase]=$((phases[$phase] + 1))
done

# Kills aimed right after the exchange, while the run removes the old set.
for _ in $(seq "$EXCHANGE_KILLS"); do
  kill_one exchange || continue
  aimed=$((aimed + 1))
  if [ "$phase" = after-the-exchange ]; then aimed_hits=$((aimed_hits + 1)); fi
done

# A normal run removes whatever is left and writes the other report.
if [ "$state" = a ]; then next=b flags=("${FLAGS_B[@]}"); else next=a flags=("${FLAGS_A[@]}"); fi
report "$out" "${flags[@]}" || fail "the final run failed"
same_as "$work/ref-$next" "$out" || fail "the final run did not write report $next"
left=$(ls -A "$out" | sort | tr '\n' ' ')
expected=$(printf '%s\n' "${OUTPUTS[@]}" keep.txt notes | sort | tr '\n' ' ')
[ "$left" = "$expected" ] || fail "the final run left: $left"
beside=$(cd "$work" && ls -d .out.* 2>/dev/null | tr '\n' ' ')
[ -z "$beside" ] || fail "the final run left beside the folder: $beside"
[ -z "$(ls -A "$TMPDIR")" ] || fail "files left in the temporary folder: $(ls -A "$TMPDIR")"

touch "$work/stop-reader"
wait "$reader_pid"
reader_status=$?
reader_pid=
if [ "$reader_status" -ne 0 ]; then
  fail "the reader saw two runs' files together: $(cat "$work/reader-mixed" 2>/dev/null)"
fi
read -r snapshots whole_a whole_b vanished <"$work/reader-result"
[ "$whole_a" -gt 0 ] && [ "$whole_b" -gt 0 ] || fail "the reader did not see both reports ($whole_a A, $whole_b B)"

echo "killloop: OK: $kills kills at random moments (${phases[before-the-exchange]} before the exchange," \
  "${phases[after-the-exchange]} after it) and $aimed aimed right after the exchange ($aimed_hits after it);" \
  "$finished run(s) ended before their kill; every report stayed whole with its $BYSTANDERS bystanders;" \
  "the reader took $snapshots snapshots ($whole_a of report A, $whole_b of B, none mixed; $vanished vanished" \
  "under it); the final run left the outputs, the bystanders and nothing beside the folder"
