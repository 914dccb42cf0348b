#!/bin/bash
# merge.sh BRANCH TAG: merge BRANCH into main (no ff), add its readme-row to docs/judging/README.md's table
# (merge-git.sh), build ng-TAG and its graphs, compare the seed and sample graphs with u0's.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
B=$1; T=$2; L=${L:-/var/tmp/lead/s36}
L=$L bash "$HERE/merge-git.sh" "$B"
cd /work/main
go build -o $L/ng-$T ./cmd/nergraph
$L/graphs.sh $T 2>/dev/null
for f in seed td; do cmp $L/$f-u0.json $L/$f-$T.json && echo "$f identical"; done
