#!/usr/bin/env bash
# speed.sh compares whole-process builds, interleaved, in CPU seconds (the
# wall time on a shared machine says little): AG News test
# (--columns label,title,text) and Reuters-21578 (all .sgm) with the five BBC
# folders, each written as JSON. Each argument is a command prefix, a binary
# and any flags, so that one binary can be compared with itself:
#
#   internal/tools/scalebench/speed.sh -n 3 /work/baseline/nergraph-v1 ./nergraph
#   internal/tools/scalebench/speed.sh -n 3 "./nergraph --relations=true" "./nergraph --relations=false"
#
# Writes one tab-separated row per run on stdout:
#   command corpus run articles tokens cpu_s maxrss_kb tok_per_cpu_s
# where tokens is the count in the summary of the first command's first run
# on that corpus, so that every command is credited with the same work.
# Not run by CI.
set -euo pipefail
runs=3
corpora="ag rb"
while getopts "n:c:" o; do
  case $o in
    n) runs=$OPTARG ;;
    c) corpora=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: speed.sh [-n RUNS] [-c \"ag rb\"] COMMAND..." >&2; exit 2; }
shared=${NERGRAPH_SHARED:-/work/shared}/data
work=${SCALEBENCH_DIR:-/tmp/scalebench}/speed
mkdir -p "$work"
declare -A tokens
printf 'command\tcorpus\trun\tarticles\ttokens\tcpu_s\tmaxrss_kb\ttok_per_cpu_s\n'
for r in $(seq 1 "$runs"); do
  for c in $corpora; do
    case $c in
      ag) args=(--columns label,title,text "$shared/agnews/test.csv") ;;
      rb) args=("$shared"/reuters21578/*.sgm "$shared"/bbc/business "$shared"/bbc/entertainment "$shared"/bbc/politics "$shared"/bbc/sport "$shared"/bbc/tech) ;;
      *) echo "unknown corpus $c" >&2; exit 2 ;;
    esac
    for cmd in "$@"; do
      read -r -a prefix <<<"$cmd"
      /usr/bin/time -f "%U %S %M" -o "$work/time.txt" nice -n 10 "${prefix[@]}" build "${args[@]}" -f json -o "$work/out.json" 2>"$work/err.txt" >/dev/null ||
        { cat "$work/err.txt" >&2; exit 1; }
      read -r user sys rss <"$work/time.txt"
      summary=$(tr '\r' '\n' <"$work/err.txt" | grep -aE '^[0-9,]+ articles' | tail -n 1)
      arts=$(echo "$summary" | sed -E 's/^([0-9,]+) articles.*/\1/' | tr -d ,)
      toks=$(echo "$summary" | sed -nE 's/^[0-9,]+ articles, ([0-9,]+) tokens.*/\1/p' | tr -d ,)
      tokens[$c]=${tokens[$c]:-$toks}
      awk -v l="$cmd" -v c="$c" -v r="$r" -v a="$arts" -v tk="${tokens[$c]}" -v u="$user" -v s="$sys" -v m="$rss" \
        'BEGIN { t = u + s; printf "%s\t%s\t%d\t%s\t%d\t%.2f\t%d\t%.0f\n", l, c, r, a, tk, t, m, (t > 0 ? tk / t : 0) }'
    done
  done
done
