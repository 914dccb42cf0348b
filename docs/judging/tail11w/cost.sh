#!/bin/bash
# cost.sh: user+sys CPU seconds of the three builds, h0 and tail11w interleaved (h0, w, w, h0)
D=/work/shared/data
one() {
  B=$1; t=0
  for c in r b a; do
    case $c in
      r) /usr/bin/time -f '%U %S' -o /tmp/t11w.t $B build -q -f json -o /tmp/t11w.json $D/reuters21578/*.sgm 2>/dev/null;;
      b) /usr/bin/time -f '%U %S' -o /tmp/t11w.t $B build -q -f json -o /tmp/t11w.json $D/bbc/{business,entertainment,politics,sport,tech} 2>/dev/null;;
      a) /usr/bin/time -f '%U %S' -o /tmp/t11w.t $B build -q -f json -o /tmp/t11w.json --columns label,title,text $D/agnews/test.csv 2>/dev/null;;
    esac
    t=$(awk -v t=$t '{print t+$1+$2}' /tmp/t11w.t)
  done
  echo "$2 $t"
}
one /var/tmp/lead/s29/ng-h0 h0
one /var/tmp/tail11w/ng tail11w
one /var/tmp/tail11w/ng tail11w
one /var/tmp/lead/s29/ng-h0 h0
