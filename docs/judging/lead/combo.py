#!/usr/bin/env python3
"""combo.py: after a merge of tail rounds, every id the merged graphs (tag j1) change against the start graphs (i0) is
checked node for node against the round that listed it, in the graphs the round measured (/var/tmp/ROUND/*-TAG.json,
the tag whose changed ids equal the round's changed-ids.txt). Usage: combo.py BASE NEW ROUND... (the fifty-first session:
combo.py k0 l1 tail17y tail17z tail18a tail18b tail18c tail18d); set L for the lead's dir. Ids the merged graphs change
that no round listed (the rounds' interactions) are printed last."""
import json,glob,os,re,sys
L=os.environ.get('L', '/var/tmp/lead/s50')
def load(p): return {n['id']:n for n in json.load(open(p))['nodes']}
def key(n): return None if n is None else (n.get('label'),n.get('type'),n.get('articles'),n.get('mentions'),json.dumps(n.get('aliases'),sort_keys=True))
B,N=sys.argv[1],sys.argv[2]; rounds=sys.argv[3:]
base={c:load(f'{L}/{c}-{B}.json') for c in ('reuters','bbc','ag')}
j1={c:load(f'{L}/{c}-{N}.json') for c in ('reuters','bbc','ag')}
listed=set()
for r in rounds:
    lst=set(l.strip().split('\t')[0] for l in open(f'/work/main/docs/judging/{r}/changed-ids.txt') if l.strip() and not l.startswith('#'))
    tags=set()
    for p in glob.glob(f'/var/tmp/{r}/**/reuters-*.json', recursive=True):
        d=os.path.dirname(p); t=os.path.basename(p)[len('reuters-'):-5]
        if os.path.exists(f'{d}/bbc-{t}.json') and os.path.exists(f'{d}/ag-{t}.json'): tags.add((d,t))
    found=None
    for d,t in sorted(tags, key=lambda dt:-os.path.getmtime(f'{dt[0]}/reuters-{dt[1]}.json')):
        g={c:load(f'{d}/{c}-{t}.json') for c in base}
        ch=set()
        for c in base:
            for i in set(base[c])|set(g[c]):
                if key(base[c].get(i))!=key(g[c].get(i)): ch.add(i)
        if ch==lst: found=(t,g); break
    if not found: print(r,'no matching graph among',sorted(tags)); continue
    listed|=lst
    t,g=found; bad=[]
    for c in base:
        for i in lst:
            if i in base[c] or i in g[c] or i in j1[c]:
                if key(g[c].get(i))!=key(j1[c].get(i)): bad.append((c,i,key(g[c].get(i)),key(j1[c].get(i))))
    print(r,t,len(lst),'ids; differ in j1 from the round graph:',len(bad))
    for b in bad: print('  ',b[0],b[1],'\n     round:',str(b[2])[:200],'\n     j1:   ',str(b[3])[:200])
extra=[(c,i) for c in base for i in sorted(set(base[c])|set(j1[c])) if key(base[c].get(i))!=key(j1[c].get(i)) and i not in listed]
print('changed in',N,'by no round alone:',len(extra))
for c,i in extra: print('  ',c,i,'\n     ',B+':',str(key(base[c].get(i)))[:200],'\n     ',N+':',str(key(j1[c].get(i)))[:200])
