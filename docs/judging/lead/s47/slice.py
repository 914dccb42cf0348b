#!/usr/bin/env python3
"""slice.py: (the forty-sixth session's) cut left-rows.tsv (left.py's output, in the working folder) into the six round slices slice-tail16{u..z}.tsv.

u duplicates and cross-article merges; z one-article merges and BBC fragments; v BBC wrong types typed ORG;
w the other BBC rows; x Reuters fragments; y the other Reuters rows. Each slice newest draw first."""
import re
rows=[l.split("\t") for l in open("left-rows.tsv").read().splitlines()]
h=rows[0]; ix={k:i for i,k in enumerate(h)}
S={k:[] for k in 'uvwxyz'}
for r in rows[1:]:
    c=r[ix['corpus']]; v=r[ix['verdict']]; t=r[ix['type']]; a=int(r[ix['articles']] or 0)
    if v=='duplicate' or (v=='merged' and (a>1 or t=='LOCATION')): k='u'
    elif v=='merged' or (c=='bbc' and v=='fragment'): k='z'
    elif c=='bbc' and v=='wrong-type' and t=='ORG': k='v'
    elif c=='bbc': k='w'
    elif v=='fragment': k='x'
    else: k='y'
    S[k].append(r)
M=dict(zip('uvwxyz','abcdef'))
key=lambda r:-int(re.sub(r'\D','',r[0]))
for k,v in S.items():
    v.sort(key=key)
    with open(f'slice-tail17{M[k]}.tsv','w') as f:
        f.write("\t".join(h)+"\n"); f.writelines("\t".join(r)+"\n" for r in v)
    print(k,len(v), sum(1 for r in v if r[0] in('final113','final114','final115','final116','final117','final118','final119','final120','final121')))
