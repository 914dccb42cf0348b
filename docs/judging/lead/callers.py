#!/usr/bin/env python3
"""callers.py A.txt B.txt FUNC ...: for each FUNC, the callers whose calls moved most between two
callgrind_annotate --tree=caller outputs (inclusive instructions by caller, in millions)."""
import re,sys,collections
def callers(fn,path):
    res=collections.Counter(); block=[]
    for l in open(path):
        if re.search(r'\s<\s',l[:40]) or ' < ' in l:
            m=re.match(r'\s*([\d,]+)\s.*?<\s+\S*?:(\S+)',l)
            if m: block.append((m.group(2),int(m.group(1).replace(',',''))))
            continue
        if '*' in l and re.search(r'[:.]'+re.escape(fn)+r' ',l):
            for k,v in block: res[k]+=v
        block=[]
    return res
a,b=sys.argv[1],sys.argv[2]
for fn in sys.argv[3:]:
    x=callers(fn,a); y=callers(fn,b)
    d=sorted(set(x)|set(y),key=lambda k:-(y[k]-x[k]))[:6]
    print(fn,[(k.split('.')[-1][:40],round((y[k]-x[k])/1e6,1)) for k in d])
