#!/usr/bin/env python3
"""slice.py [NAMES [FIRST]]: cut left-rows.tsv (left.py's output, in the working folder) into six round slices
slice-NAME.tsv, NAMES six round names by comma for the kinds u..z below (default the forty-sixth session's tail16u..tail16z;
the forty-seventh ran `slice.py tail17a,tail17b,tail17c,tail17d,tail17e,tail17f 113`, the forty-eighth
`slice.py tail17g,tail17h,tail17i,tail17j,tail17k,tail17l 132`), and count each slice's rows of
the draws from finalFIRST on (default 107).

u duplicates and cross-article merges; z one-article merges and BBC fragments; v BBC wrong types typed ORG;
w the other BBC rows; x Reuters fragments; y the other Reuters rows. Each slice newest draw first."""
import re, sys
names=(sys.argv[1].split(',') if len(sys.argv)>1 else ['tail16'+k for k in 'uvwxyz'])
first=int(sys.argv[2]) if len(sys.argv)>2 else 107
M=dict(zip('uvwxyz',names))
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
key=lambda r:-int(re.sub(r'\D','',r[0]))
for k,v in S.items():
    v.sort(key=key)
    with open(f'slice-{M[k]}.tsv','w') as f:
        f.write("\t".join(h)+"\n"); f.writelines("\t".join(r)+"\n" for r in v)
    print(k,len(v), sum(1 for r in v if int(re.sub(r'\D','',r[0]) or 0)>=first))
