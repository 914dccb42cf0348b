#!/bin/sh
# build.sh BIN TAG: Reuters and BBC graphs with BIN into TAG-reuters.json, TAG-bbc.json
D=/work/shared/data
BIN=$1; T=$2
cd /tmp/tv18
/usr/bin/time -f "%U user %S sys reuters $T" nice -n 10 $BIN build $D/reuters21578/reut2-*.sgm -f json -o $T-reuters.json -q -j 1
/usr/bin/time -f "%U user %S sys bbc $T" nice -n 10 $BIN build $D/bbc/business $D/bbc/entertainment $D/bbc/politics $D/bbc/sport $D/bbc/tech -f json -o $T-bbc.json -q -j 1
