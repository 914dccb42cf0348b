#!/bin/bash
# run.sh: the graphs of /var/tmp/tail11w/ng and the changed ids against h0
B=/var/tmp/tail11w/ng; D=/work/shared/data; O=/var/tmp/tail11w; L=/var/tmp/lead/s29
$B build -q -f json -o $O/reuters.json $D/reuters21578/*.sgm &
$B build -q -f json -o $O/bbc.json $D/bbc/{business,entertainment,politics,sport,tech} &
wait
$B build -q -f json -o $O/ag.json --columns label,title,text $D/agnews/test.csv
$B build -q -f json -o $O/seed.json /work/shared/seed/kim-putin-letters.txt
$B build -q -f json -o $O/td.json /work/main/testdata/articles
cmp $O/seed.json $L/seed-h0.json && echo seed same; cmp $O/td.json $L/td-h0.json && echo td same
for c in reuters bbc ag; do python3 $L/gdiff.py $L/$c-h0.json $O/$c.json > $O/diff-$c.txt; echo $c $(wc -l < $O/diff-$c.txt); done
