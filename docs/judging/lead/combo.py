#!/usr/bin/env python3
"""combo.py: after a merge of tail rounds, every id the merged graphs (tag j1) change against the start graphs (i0) is
checked node for node against the round that listed it, in the graphs the round measured (/var/tmp/ROUND/*-TAG.json,
the tag whose changed ids equal the round's changed-ids.txt). Tags and paths are written below; set L for the lead's dir."""
import json,glob,os,re,sys
L=os.environ.get('L', '/var/tmp/lead/s50')
def load(p): return {n['id']:n for n in json.load(open(p))['nodes']}
def key(n): return None if n is None else (n.get('label'),n.get('type'),n.get('articles'),n.get('mentions'),json.dumps(n.get('aliases'),sort_keys=True))
base={c:load(f'{L}/{c}-i0.json') for c in ('reuters','bbc','ag')}
j1={c:load(f'{L}/{c}-j1.json') for c in ('reuters','bbc','ag')}
for r in 'stuvwx':
    lst=set(l.strip().split('\t')[0] for l in open(f'/work/main/docs/judging/tail17{r}/changed-ids.txt') if l.strip() and not l.startswith('#'))
    tags=set()
    for p in glob.glob(f'/var/tmp/tail17{r}/reuters-*.json'):
        t=os.path.basename(p)[len('reuters-'):-5]
        if os.path.exists(f'/var/tmp/tail17{r}/bbc-{t}.json') and os.path.exists(f'/var/tmp/tail17{r}/ag-{t}.json'): tags.add(t)
    found=None
    for t in sorted(tags, key=lambda t:-os.path.getmtime(f'/var/tmp/tail17{r}/reuters-{t}.json')):
        g={c:load(f'/var/tmp/tail17{r}/{c}-{t}.json') for c in base}
        ch=set()
        for c in base:
            for i in set(base[c])|set(g[c]):
                if key(base[c].get(i))!=key(g[c].get(i)): ch.add(i)
        if ch==lst: found=(t,g); break
    if not found: print(r,'no matching graph among',sorted(tags)); continue
    t,g=found; bad=[]
    for c in base:
        for i in lst:
            if i in base[c] or i in g[c] or i in j1[c]:
                if key(g[c].get(i))!=key(j1[c].get(i)): bad.append((c,i,key(g[c].get(i)),key(j1[c].get(i))))
    print(r,t,len(lst),'ids; differ in j1 from the round graph:',len(bad))
    for b in bad: print('  ',b[0],b[1],'\n     round:',str(b[2])[:200],'\n     j1:   ',str(b[3])[:200])
