#!/usr/bin/env bash
# shares.sh prints each stage's share of a whole-process CPU profile of
# build (NERGRAPH_CPUPROFILE=FILE nergraph build ...): the cumulative samples
# of the function that is the stage. Several profiles of one binary are
# summed. Stages overlap where one calls another (cleaning inside language
# detection, POS tagging inside relations); GC is the background mark work,
# mallocgc the allocation paths.
#
#   internal/tools/scalebench/shares.sh BINARY PROFILE...
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: shares.sh BINARY PROFILE..." >&2; exit 2; }
top=$(go tool pprof -top -cum -nodecount=100000 -nodefraction=0 "$@" 2>/dev/null)
echo "$top" | grep -oE 'Total samples = [0-9.]+m?s'
while IFS='|' read -r name re; do
  line=$(echo "$top" | { grep -E "%  (.*[./])?$re" || true; } | head -n 1 | awk '{print $4, $5}')
  printf '%-26s %s\n' "$name" "${line:--}"
done <<'STAGES'
NER tagging|extract\.perceptron\.Recognize$
relations (POS + relate)|extract\.findRelations$
  of which POS tagging|pos\.\(\*Model\)\.AppendTags$
  of which relate|relate\.AppendRelations$
resolution|extract\.\(\*Resolver\)\.ResolveArticle$
language detection|extract\.keepLang$
  of which lang.Detect|lang\.Detect$
cleaning (all)|text\.Clean$
tokenizing|text\.Tokenize$
reading input|input\.\(\*Reader\)\.Read$
graph add|graphstore\.\(\*accumulator\)\.add$
finalize|graphstore\.\(\*Graph\)\.finalize$
layout|graphstore\.\(\*Graph\)\.Layout$
export write|export\.JSON\.Write$
GC (background mark)|runtime\.gcBgMarkWorker$
GC assist|runtime\.gcAssistAlloc$
mallocgc|runtime\.mallocgc$
STAGES
