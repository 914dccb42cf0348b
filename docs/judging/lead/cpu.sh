#!/bin/bash
# cpu.sh A B: user+sys CPU seconds of the three corpus builds, ng-A and ng-B interleaved a b b a twice
L=${L:-/var/tmp/lead/s29}; D=/work/shared/data
one() { # bin corpus
  case $2 in
  reuters) /usr/bin/time -f "$1 $2 %U %S" $L/ng-$1 build -q -f json -o /tmp/cpu.$1.json $D/reuters21578/*.sgm;;
  bbc) /usr/bin/time -f "$1 $2 %U %S" $L/ng-$1 build -q -f json -o /tmp/cpu.$1.json $D/bbc/{business,entertainment,politics,sport,tech};;
  ag) /usr/bin/time -f "$1 $2 %U %S" $L/ng-$1 build -q -f json -o /tmp/cpu.$1.json --columns label,title,text $D/agnews/test.csv;;
  esac 2>&1 | grep -v warning
}
for r in 1 2; do for c in reuters bbc ag; do one $1 $c; one $2 $c; one $2 $c; one $1 $c; done; done | tee $L/cpu-$1-$2.txt
awk '{s[$1" "$2]+=$3+$4; t[$1]+=$3+$4} END {for (k in s) print k, s[k]; for (b in t) print b, "all", t[b]}' $L/cpu-$1-$2.txt | sort
