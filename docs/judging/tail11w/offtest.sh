#!/bin/bash
# offtest.sh: each rule of tail11w switched off in turn (a return at its top), the tests run, the file restored
cd /work/wt-tail11w
for f in partIn bestWork; do
  cp extract/playedworks.go /var/tmp/tail11w/pw.bak
  python3 - "$f" <<'PY'
import sys
f=sys.argv[1]; p='extract/playedworks.go'; s=open(p).read()
sig={'partIn':'func partIn(text string, m *mention) bool {\n','bestWork':'func bestWork(text string, ms []*mention, i int) bool {\n'}[f]
s=s.replace(sig, sig+'\tif true {\n\t\treturn false\n\t}\n')
open(p,'w').write(s)
PY
  echo "== $f off"; go test ./extract -run 'TestPartIn|TestBestWork' 2>&1 | grep -E '^\s+--- FAIL|^ok|^FAIL'
  cp /var/tmp/tail11w/pw.bak extract/playedworks.go
done
echo "== on"; go test ./extract -run 'TestPartIn|TestBestWork' 2>&1 | grep -E -- '--- FAIL|^ok|^FAIL'
# compassAfterPlace off, then its gazetteer asked of no place (any word before the compass word)
cp extract/compassseats.go /var/tmp/tail11w/cs.bak
sed -i 's|\tn := len(m.words)\n|&|; s|^\tn := len(m.words)$|\tif true {\n\t\treturn false\n\t}\n\tn := len(m.words)|' extract/compassseats.go
echo "== compassAfterPlace off"; go test ./extract -run 'TestCompassAfterPlace' 2>&1 | grep -E -- '--- FAIL|^ok'
cp /var/tmp/tail11w/cs.bak extract/compassseats.go
sed -i 's|return g != nil \&\& g.PlaceName(m.words\[:n-1\])|return g != nil|' extract/compassseats.go
echo "== compassAfterPlace with no gazetteer question"; go test ./extract -run 'TestCompassAfterPlace' 2>&1 | grep -E -- '--- FAIL|^ok'
cp /var/tmp/tail11w/cs.bak extract/compassseats.go
echo "== on"; go test ./extract -run 'TestCompassAfterPlace' 2>&1 | grep -E -- '--- FAIL|^ok'
