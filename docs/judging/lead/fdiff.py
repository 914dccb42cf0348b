#!/usr/bin/env python3
"""fdiff.py A.out B.out: the functions whose self instructions moved most (file:function, '2 suffixes folded)."""
import subprocess, sys, re, collections
def load(f):
    out = subprocess.run(['callgrind_annotate', '--threshold=100', f], capture_output=True, text=True).stdout
    d = collections.Counter()
    for ln in out.splitlines():
        m = re.match(r'\s*([\d,]+)\s+\([^)]*\)\s+(\S+):(\S+)', ln)
        if m:
            fn = re.sub(r"'\d+", '', m.group(3))
            d[fn] += int(m.group(1).replace(',', ''))
    return d
a, b = load(sys.argv[1]), load(sys.argv[2])
ks = sorted(set(a) | set(b), key=lambda k: -abs(b[k] - a[k]))
for k in ks[:25]:
    print(f'{(b[k]-a[k])/1e6:+9.1f} M  {a[k]/1e6:9.1f} -> {b[k]/1e6:9.1f}  {k}')
