#!/usr/bin/env python3
"""addrows.py N ROWS.md: add a draw's readme-rows (final N) to docs/judging/README.md after the last row of a lower final."""
import re,sys
n=int(sys.argv[1]); src=sys.argv[2]
rows=[l for l in open(src).read().splitlines() if l.startswith('| `final')]
p=__import__("os").environ.get("README", "/work/main/docs/judging/README.md"); lines=open(p).read().split('\n')
assert not any(r in lines for r in rows)
last=max(i for i,l in enumerate(lines) if (m:=re.match(r'\| `final(\d+)/',l)) and int(m.group(1))<n)
lines[last+1:last+1]=rows
open(p,'w').write('\n'.join(lines)); print('added',len(rows),'after line',last+1)
