#!/bin/bash
# cost.sh: user+sys CPU seconds of the three corpus builds, j0 and tail12b interleaved (j0, tail12b, tail12b, j0)
D=/work/shared/data; O=/var/tmp/tail12b/cost; mkdir -p $O
for B in /var/tmp/lead/s30/ng-j0 /var/tmp/tail12b/ng /var/tmp/tail12b/ng /var/tmp/lead/s30/ng-j0; do
  t=0
  for args in "reuters $D/reuters21578/*.sgm" "bbc $D/bbc/business $D/bbc/entertainment $D/bbc/politics $D/bbc/sport $D/bbc/tech" "ag --columns label,title,text $D/agnews/test.csv"; do
    set -- $args; c=$1; shift
    /usr/bin/time -o $O/time -f '%U %S' $B build -q -f json -o $O/$c.json "$@" 2>/dev/null; s=$(tail -1 $O/time)
    t=$(python3 -c "print(round($t+${s% *}+${s#* },2))")
  done
  echo "$B $t"
done
