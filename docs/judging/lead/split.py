#!/usr/bin/env python3
"""split.py callgrind.out: self instructions split into our code, the Go runtime (and collector), the rest of the
standard library, modules; and the total less the runtime."""
import subprocess, sys, re
out = subprocess.run(['callgrind_annotate', '--threshold=100', sys.argv[1]], capture_output=True, text=True).stdout
tot = {'ours': 0, 'runtime': 0, 'std': 0, 'mod': 0}
for ln in out.splitlines():
    m = re.match(r'\s*([\d,]+)\s+\([^)]*\)\s+(\S+):(\S+)', ln)
    if not m:
        continue
    n = int(m.group(1).replace(',', '')); f, fn = m.group(2), m.group(3)
    if 'nergraph/nergraph' in fn or '/nergraph/' in f and '/go/pkg/mod/' not in f:
        tot['ours'] += n
    elif fn.startswith('runtime.') or fn.startswith('internal/runtime') or '/src/runtime/' in f:
        tot['runtime'] += n
    elif '/go/pkg/mod/' in f or re.match(r'(github\.com|golang\.org|gonum|modernc|codeberg|gopkg)', fn):
        tot['mod'] += n
    else:
        tot['std'] += n
a = sum(tot.values())
print(f"all {a/1e6:,.1f} M; ours {tot['ours']/1e6:,.1f}; runtime {tot['runtime']/1e6:,.1f}; std {tot['std']/1e6:,.1f}; modules {tot['mod']/1e6:,.1f}; less runtime {(a-tot['runtime'])/1e6:,.1f} M")
