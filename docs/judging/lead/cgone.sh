#!/bin/bash
# cgone.sh TAG [corpus]: callgrind instructions of a one-core build of BBC (or reuters) with ng-TAG; the graph
# written under callgrind is compared with the normal build's.
T=$1; C=${2:-bbc}; L=${L:-/var/tmp/lead/s29}; D=/work/shared/data
if [ "$C" = bbc ]; then IN="$D/bbc/business $D/bbc/entertainment $D/bbc/politics $D/bbc/sport $D/bbc/tech"; else IN="$D/reuters21578/*.sgm"; fi
GOGC=100 GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off valgrind --tool=callgrind --callgrind-out-file=$L/cg/cg.$C.$T.out \
  $L/ng-$T build -j 1 -q -f json -o $L/cg/$C-$T.cg.json $IN 2> $L/cg/cg.$C.$T.log
cmp $L/cg/$C-$T.cg.json $L/$C-$T.json && echo "graph identical"
grep -o 'Collected : [0-9]*' $L/cg/cg.$C.$T.log
