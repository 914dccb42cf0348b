#!/usr/bin/env python3
"""chk.py OLD NEW [changed-ids.txt ...]: ids whose node differs (label, type, articles, mentions, aliases) between the
OLD and NEW tags' Reuters, BBC and AG News graphs; with lists, which changed ids no list names and which listed ids
did not change. Writes $L/diff-OLD-NEW.txt (corpus, id, old, new)."""
import json, os, sys
L = os.environ.get('L', '/var/tmp/lead/s29')
old, new = sys.argv[1], sys.argv[2]
listed = set()
for f in sys.argv[3:]:
    for ln in open(f):
        ln = ln.strip()
        if ln and not ln.startswith('#'):
            listed.add(next((x for x in ln.split('\t') if ':' in x and ' ' not in x), ln))
def key(n):
    return (n.get('label'), n.get('type'), n.get('articles'), n.get('mentions'), json.dumps(n.get('aliases'), sort_keys=True))
changed = []
out = open(f'{L}/diff-{old}-{new}.txt', 'w')
for c in ('reuters', 'bbc', 'ag'):
    a = {n['id']: n for n in json.load(open(f'{L}/{c}-{old}.json'))['nodes']}
    b = {n['id']: n for n in json.load(open(f'{L}/{c}-{new}.json'))['nodes']}
    ids = sorted(i for i in set(a) | set(b) if (i in a) != (i in b) or key(a[i]) != key(b[i]))
    print(f'{c}: nodes {len(a)} -> {len(b)}; {len(ids)} ids differ')
    for i in ids:
        fa = f"{a[i]['label']}|{a[i]['type']}|{a[i]['articles']}" if i in a else '-'
        fb = f"{b[i]['label']}|{b[i]['type']}|{b[i]['articles']}" if i in b else '-'
        out.write(f'{c}\t{i}\t{fa}\t{fb}\n')
        changed.append(i)
if sys.argv[3:]:
    cs = set(changed)
    un = sorted(cs - listed)
    gone = sorted(listed - cs)
    print(f'{len(cs)} changed ids, {len(listed)} listed; not listed {len(un)}: {un[:20]}; listed and unchanged {len(gone)}: {gone[:20]}')
