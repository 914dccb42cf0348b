#!/bin/bash
# graphs.sh TAG: the three corpus graphs and ents of binary ng-TAG
T=$1; B=${L:-/var/tmp/lead/s29}/ng-$T; D=/work/shared/data; O=${L:-/var/tmp/lead/s29}
$B build -q -f json -o $O/reuters-$T.json $D/reuters21578/*.sgm &
$B build -q -f json -o $O/bbc-$T.json $D/bbc/{business,entertainment,politics,sport,tech} &
wait
$B build -q -f json -o $O/ag-$T.json --columns label,title,text $D/agnews/test.csv
$B build -q -f json -o $O/seed-$T.json /work/shared/seed/kim-putin-letters.txt
$B build -q -f json -o $O/td-$T.json /work/main/testdata/articles
if [ "$2" = ents ]; then
$B extract --link -q -o $O/reuters-$T.ents.jsonl $D/reuters21578/*.sgm &
$B extract --link -q -o $O/bbc-$T.ents.jsonl $D/bbc/{business,entertainment,politics,sport,tech} &
$B extract --link -q -o $O/ag-$T.ents.jsonl --columns label,title,text $D/agnews/test.csv &
wait
fi
