#!/usr/bin/env bash
# bench/run.sh: times the programs of bench/programs under gc and under gava and checks that both
# print the same thing. Not part of the test suite (tests never time).
#
# Usage: bench/run.sh [-n RUNS] [-t SECONDS] [-u] [-k] [-h] [PROGRAM...]
#   PROGRAM    names in bench/programs (with or without .go); default: all of them
#   -n RUNS    runs per program and compiler; the table shows the best (fastest) wall time (3)
#   -t SECONDS time limit of one run (300)
#   -u         write gc's output of each program to bench/programs/NAME.out (the expected output
#              used when no Go toolchain is present)
#   -k         keep the scratch directory with every output (its path is printed)
#   -h         this help
# Environment: GO=/path/to/go selects the Go toolchain (default: go on PATH, else
# /usr/lib/go-1.19/bin/go); GO=none skips gc (gava's output is then checked against NAME.out).
#
# gava is this checkout's bin/gava (it builds gava itself on first use, before any timing). Its
# time is that of `bin/gava run NAME.go`: compile + JVM start-up + run. gc's time is the run of the
# binary `go build` made (build excluded). If the gava command offers `gava build -o FILE`
# (`gava help build` succeeds), a second gava column times the built jar alone (build excluded):
# `java -Xss256m -Dgava.main=virtual -XX:+UseSerialGC -XX:-UsePerfData -jar NAME.jar` (gava's JVM
# options given directly, so the jar runs at once instead of starting a second JVM with them), with
# the JDK bin/gava uses; GAVA_JAVA_OPTS adds JVM options to it as to bin/gava.
set -u
export LC_ALL=C

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/.." && pwd)"
progdir="$here/programs"
gava="$root/bin/gava"

runs=3
limit=300
update=0
keep=0

usage() { sed -n '2,/^set -u/{/^set -u/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

while getopts "n:t:ukh" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    t) limit="$OPTARG" ;;
    u) update=1 ;;
    k) keep=1 ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
case "$runs" in ''|*[!0-9]*|0) echo "run.sh: -n wants a positive number" >&2; exit 2 ;; esac
case "$limit" in ''|*[!0-9]*|0) echo "run.sh: -t wants a positive number of seconds" >&2; exit 2 ;; esac

# The programs, in table order: the usual ones first, then any other file of bench/programs.
order=(startup nbody fannkuch spectralnorm binarytrees gensort mapcount wordfreq iface
       chan_pingpong chan_pipeline chan_ring chan_sieve chan_fanin)
programs=()
if [ $# -gt 0 ]; then
  for p in "$@"; do
    p="$(basename "${p%.go}")"
    if [ ! -f "$progdir/$p.go" ]; then
      echo "run.sh: no program $p (bench/programs/$p.go)" >&2
      exit 2
    fi
    programs+=("$p")
  done
else
  for p in "${order[@]}"; do [ -f "$progdir/$p.go" ] && programs+=("$p"); done
  for f in "$progdir"/*.go; do
    p="$(basename "${f%.go}")"
    case " ${order[*]} " in *" $p "*) ;; *) programs+=("$p") ;; esac
  done
fi

# The Go toolchain, if any.
gobin="${GO:-}"
if [ -z "$gobin" ]; then
  gobin="$(command -v go 2>/dev/null || true)"
  [ -z "$gobin" ] && [ -x /usr/lib/go-1.19/bin/go ] && gobin=/usr/lib/go-1.19/bin/go
fi
[ "$gobin" = none ] && gobin=""
if [ -n "$gobin" ] && ! "$gobin" version >/dev/null 2>&1; then
  echo "run.sh: $gobin does not work; running without gc" >&2
  gobin=""
fi
if [ "$update" = 1 ] && [ -z "$gobin" ]; then
  echo "run.sh: -u needs a Go toolchain" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/gava-bench.XXXXXX")" || exit 1
if [ "$keep" = 1 ]; then
  echo "outputs kept in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

# Wall-clock seconds, microsecond resolution.
now() {
  if [ -n "${EPOCHREALTIME:-}" ]; then echo "$EPOCHREALTIME"; else date +%s.%N; fi
}

have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1

# timed OUT CMD...: runs CMD (stdin empty, stdout and stderr merged into OUT) under the time limit;
# sets secs (wall time) and rc (exit status; 124 = time limit).
timed() {
  local out="$1" s e
  shift
  s="$(now)"
  if [ "$have_timeout" = 1 ]; then
    timeout -k 5 "$limit" "$@" >"$out" 2>&1 </dev/null
  else
    "$@" >"$out" 2>&1 </dev/null
  fi
  rc=$?
  e="$(now)"
  secs="$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }')"
}

# best_of N OUT CMD...: runs CMD up to N times; fastest = the best wall time, OUT = the first run's
# output (later ones go to OUT.2, ...), rc = the exit status. Stops after a failed run.
best_of() {
  local n="$1" out="$2" i
  shift 2
  timed "$out" "$@"
  fastest="$secs"
  [ "$rc" = 0 ] || return
  for ((i = 2; i <= n; i++)); do
    timed "$out.$i" "$@"
    [ "$rc" = 0 ] || return
    fastest="$(awk -v a="$fastest" -v b="$secs" 'BEGIN { print (b < a ? b : a) }')"
  done
}

ratio() { # ratio A B: A/B as "12.3x", or "-"
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 <= 0) print "-"; else printf "%.1fx", a / b }'
}

# The first line worth showing of a failed run: not go's "# command-line-arguments" header.
first_error() {
  local line
  line="$(grep -v -e '^# command-line-arguments$' -e '^[[:space:]]*$' "$1" | head -n 1)"
  [ -z "$line" ] && line="exit status $2, no output"
  [ "$2" = 124 ] && line="timed out after ${limit} s"
  echo "$line" | cut -c1-160 | sed 's/|/\\|/g'
}

# Where two outputs first differ, as "line K".
first_diff() {
  awk 'NR == FNR { a[FNR] = $0; n = FNR; next }
       { if (!(FNR in a) || a[FNR] != $0) { print "line " FNR; found = 1; exit } m = FNR }
       END { if (!found) print "line " (m + 1) }' "$1" "$2"
}

# Build gava (and its class-data archive) before timing anything.
if ! "$gava" version >"$work/gava-version" 2>&1; then
  echo "run.sh: bin/gava does not work:" >&2
  cat "$work/gava-version" >&2
  exit 1
fi
printf 'package main\n\nfunc main() { println("warm") }\n' >"$work/warm.go"
"$gava" run "$work/warm.go" >/dev/null 2>&1

gava_build=0
gava_java=""
if "$gava" help build >/dev/null 2>&1; then
  # the JDK bin/gava runs on (gava_find_jdk sets GAVA_JAVA), and gava's options for a program run
  # (those gava.cmd.JarMain would restart the JVM with: bin/gava, JarMain.JVM_OPTIONS)
  # shellcheck source=../bin/gava-common.sh disable=SC1091
  gava_java="$(. "$root/bin/gava-common.sh" && gava_find_jdk >/dev/null 2>&1 && echo "$GAVA_JAVA")"
  [ -n "$gava_java" ] && gava_build=1
fi
# shellcheck disable=SC2206
jar_opts=(-Xss256m -Dgava.main=virtual -XX:+UseSerialGC -XX:-UsePerfData ${GAVA_JAVA_OPTS:-})

cpu="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)"
cores="$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"
echo "date:    $(date '+%Y-%m-%d %H:%M %Z')"
echo "machine: ${cpu:-unknown CPU}, $cores cores, $(uname -sm)"
echo "gc:      $([ -n "$gobin" ] && "$gobin" version || echo 'none (gava checked against bench/programs/NAME.out)')"
echo "gava:    $(head -n 1 "$work/gava-version")"
load="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || true)"
echo "runs:    best of $runs (wall time, seconds)${load:+; load average $load at the start}"
echo

head1="| program | gc | gava run (compile + JVM start + run) | gava/gc |"
head2="|---|---:|---:|---:|"
if [ "$gava_build" = 1 ]; then
  head1="$head1 gava built jar | jar/gc |"
  head2="$head2---:|---:|"
fi
echo "$head1 notes |"
echo "$head2---|"

status=0
cd "$progdir" || exit 1
for p in "${programs[@]}"; do
  note=""
  gc_time=""
  expect=""
  # gc: build (not timed), then run.
  if [ -n "$gobin" ]; then
    if "$gobin" build -o "$work/$p.gc" "$p.go" >"$work/$p.gc-build" 2>&1; then
      best_of "$runs" "$work/$p.gc.out" "$work/$p.gc"
      if [ "$rc" = 0 ]; then
        gc_time="$fastest"
        expect="$work/$p.gc.out"
        if [ "$update" = 1 ]; then
          cp "$expect" "$progdir/$p.out"
        elif [ -f "$progdir/$p.out" ] && ! cmp -s "$expect" "$progdir/$p.out"; then
          note="gc's output differs from $p.out (update it with -u)"
        fi
      else
        note="gc failed: $(first_error "$work/$p.gc.out" "$rc")"
      fi
    else
      note="gc build failed: $(first_error "$work/$p.gc-build" 1)"
    fi
  elif [ -f "$progdir/$p.out" ]; then
    expect="$progdir/$p.out"
  fi

  # gava run: compile + run.
  gava_time=""
  best_of "$runs" "$work/$p.gava.out" "$gava" run "$p.go"
  if [ "$rc" = 0 ]; then
    gava_time="$fastest"
    if [ -n "$expect" ] && ! cmp -s "$expect" "$work/$p.gava.out"; then
      note="${note:+$note; }output differs ($(first_diff "$expect" "$work/$p.gava.out"))"
      status=1
    elif [ -z "$expect" ]; then
      note="${note:+$note; }output not checked (no gc, no $p.out)"
    fi
  else
    note="${note:+$note; }gava failed: $(first_error "$work/$p.gava.out" "$rc")"
    status=1
  fi

  row="| $p | ${gc_time:--} | ${gava_time:--} | $(ratio "$gava_time" "$gc_time") |"

  # gava build, if offered: the built program alone.
  if [ "$gava_build" = 1 ]; then
    built_time=""
    if [ -n "$gava_time" ] && "$gava" build -o "$work/$p.jar" "$p.go" >"$work/$p.gava-build" 2>&1 \
        && [ -f "$work/$p.jar" ]; then
      best_of "$runs" "$work/$p.gava-built.out" "$gava_java" "${jar_opts[@]}" -jar "$work/$p.jar"
      if [ "$rc" = 0 ]; then
        built_time="$fastest"
        if [ -n "$expect" ] && ! cmp -s "$expect" "$work/$p.gava-built.out"; then
          note="${note:+$note; }built jar's output differs ($(first_diff "$expect" "$work/$p.gava-built.out"))"
          status=1
        fi
      else
        note="${note:+$note; }built jar failed: $(first_error "$work/$p.gava-built.out" "$rc")"
        status=1
      fi
    elif [ -n "$gava_time" ]; then
      note="${note:+$note; }gava build failed: $(first_error "$work/$p.gava-build" 1)"
      status=1
    fi
    row="$row ${built_time:--} | $(ratio "$built_time" "$gc_time") |"
  fi
  echo "$row $note |"
done
load="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || true)"
[ -n "$load" ] && echo && echo "load average at the end: $load"
exit "$status"
