#!/usr/bin/env bash
# scalebench measures how nergraph's memory and CPU grow with the corpus:
# AG News test replicated 1×/4×/16×/64× (one file per copy, so every article
# id is unique; copy k > 1 ends each text with " (k)", so that no article's
# cleaned text repeats and none is passed over as a duplicate), run through
# build, ingest (SQLite) and export, with each binary named, side by side in
# one run. The graph stays the same size as the corpus grows (the copies name
# the same entities), so the growth of peak RSS over the 1× run is what each
# extra article costs.
#
# Not run by CI: it takes tens of CPU minutes at 64×.
#
#   internal/tools/scalebench/scalebench.sh [-s "1 4 16 64"] [-c "build ingest export"] \
#       [-p] BINARY...
#
# -p also ingests into and exports from PostgreSQL (needs .ci/postgres.sh).
# Writes one tab-separated row per run on stdout:
#   binary command copies articles tokens cpu_s wall_s maxrss_kb tok_per_cpu_s
# where tokens is the build summary's count of the newest binary named first.
set -euo pipefail
sizes="1 4 16 64"
cmds="build ingest export"
pg=0
while getopts "s:c:p" o; do
  case $o in
    s) sizes=$OPTARG ;;
    c) cmds=$OPTARG ;;
    p) pg=1 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: scalebench.sh [-s SIZES] [-c CMDS] [-p] BINARY..." >&2; exit 2; }
shared=${NERGRAPH_SHARED:-/work/shared}
src=$shared/data/agnews/test.csv
work=${SCALEBENCH_DIR:-/tmp/scalebench}
mkdir -p "$work/copies" "$work/out"
max=0
for n in $sizes; do [ "$n" -gt "$max" ] && max=$n; done
for k in $(seq 1 "$max"); do
  f=$work/copies/ag-$(printf %03d "$k").csv
  [ -s "$f" ] && continue
  if [ "$k" = 1 ]; then cp "$src" "$f"; else awk -v k="$k" '{ sub(/"\r?$/, " (" k ")\""); print }' "$src" >"$f"; fi
done
for n in $sizes; do
  d=$work/ag$n
  if [ ! -d "$d" ]; then
    mkdir -p "$d" # hard links: v1 does not follow symbolic links in a folder
    for k in $(seq 1 "$n"); do ln "$work/copies/ag-$(printf %03d "$k").csv" "$d/"; done
  fi
done
if [ "$pg" = 1 ]; then
  # shellcheck disable=SC1091
  source "$(dirname "$0")/../../../.ci/postgres.sh"
  trap pg_stop EXIT
fi

# run LABEL COPIES ARGS...: one timed run, one row on stdout.
run() {
  local label=$1 n=$2
  shift 2
  local t=$work/out/time.txt e=$work/out/err.txt
  /usr/bin/time -f "%e %U %S %M" -o "$t" nice -n 10 "$@" 2>"$e" >/dev/null || { cat "$e" >&2; return 1; }
  local wall user sys rss summary arts toks
  read -r wall user sys rss <"$t"
  summary=$(tr '\r' '\n' <"$e" | grep -aE '^[0-9,]+ articles' | tail -n 1 || true)
  arts=$(echo "$summary" | sed -E 's/^([0-9,]+) articles.*/\1/' | tr -d ,)
  toks=$(echo "$summary" | sed -nE 's/^[0-9,]+ articles, ([0-9,]+) tokens.*/\1/p' | tr -d ,)
  [ -n "$toks" ] && tokens[$n]=${tokens[$n]:-$toks}
  toks=${tokens[$n]:-0}
  awk -v l="$label" -v n="$n" -v a="${arts:-}" -v tk="$toks" -v u="$user" -v s="$sys" -v w="$wall" -v r="$rss" \
    'BEGIN { c = u + s; printf "%s\t%d\t%s\t%d\t%.2f\t%.2f\t%d\t%.0f\n", l, n, a, tk, c, w, r, (c > 0 ? tk / c : 0) }'
}

declare -A tokens
printf 'binary\tcommand\tcopies\tarticles\ttokens\tcpu_s\twall_s\tmaxrss_kb\ttok_per_cpu_s\n'
for n in $sizes; do
  for bin in "$@"; do
    b=$(basename "$bin")
    o=$work/out/$b-$n
    rm -f "$o".db "$o".db-* "$o".json
    for c in $cmds; do
      case $c in
        build) run "$b	build" "$n" "$bin" build --columns label,title,text "$work/ag$n" -f json -o "$o.json" ;;
        ingest) run "$b	ingest" "$n" "$bin" ingest --columns label,title,text --db "$o.db" "$work/ag$n" ;;
        export) run "$b	export" "$n" "$bin" export --db "$o.db" -f json -o "$o.export.json" ;;
      esac
      if [ "$pg" = 1 ] && [ "$c" != build ]; then
        # A database of its own for each binary and size.
        dbname=scalebench_$(echo "$b" | tr -c 'a-zA-Z0-9\n' _)_$n
        db=${NERGRAPH_POSTGRES_URL/\/postgres\?//$dbname?}
        case $c in
          ingest)
            psql "$NERGRAPH_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $dbname" -c "CREATE DATABASE $dbname" >/dev/null
            run "$b	pg-ingest" "$n" "$bin" ingest --columns label,title,text --db "$db" "$work/ag$n" ;;
          export) run "$b	pg-export" "$n" "$bin" export --db "$db" -f json -o "$o.pg.json" ;;
        esac
      fi
    done
  done
done
