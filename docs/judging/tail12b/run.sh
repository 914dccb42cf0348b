#!/bin/bash
# run.sh: tail12b's graphs (the lead's graphs.sh with this binary), cmp of seed and sample, ids changed from j0
B=/var/tmp/tail12b/ng; O=/var/tmp/tail12b; D=/work/shared/data; J=/var/tmp/lead/s30
$B build -q -f json -o $O/reuters.json $D/reuters21578/*.sgm
$B build -q -f json -o $O/bbc.json $D/bbc/{business,entertainment,politics,sport,tech}
$B build -q -f json -o $O/ag.json --columns label,title,text $D/agnews/test.csv
$B build -q -f json -o $O/seed.json /work/shared/seed/kim-putin-letters.txt
$B build -q -f json -o $O/td.json /work/main/testdata/articles
cmp $O/seed.json $J/seed-j0.json && echo seed same
cmp $O/td.json $J/td-j0.json && echo td same
for c in reuters bbc ag; do
  python3 $J/gdiff.py $J/$c-j0.json $O/$c.json > $O/$c.diff
  echo "$c $(wc -l < $O/$c.diff) changed"
done
