#!/usr/bin/env python3
"""gdiff.py OLD.json NEW.json: every node id that differs between two graphs (added, gone, or a different label,
type, article count, mention count or aliases), one a line: id<TAB>old label|type|articles<TAB>new ...; a summary
on stderr."""
import json, sys
def key(n):
    return (n.get('label'), n.get('type'), n.get('articles'), n.get('mentions'), json.dumps(n.get('aliases'), sort_keys=True))
a = {n['id']: n for n in json.load(open(sys.argv[1]))['nodes']}
b = {n['id']: n for n in json.load(open(sys.argv[2]))['nodes']}
ids = sorted(i for i in set(a) | set(b) if (i in a) != (i in b) or key(a[i]) != key(b[i]))
f = lambda n: f"{n['label']}|{n['type']}|{n['articles']}" if n else '-'
for i in ids:
    print(f'{i}\t{f(a.get(i))}\t{f(b.get(i))}')
print(f'nodes {len(a)} -> {len(b)}; {len(ids)} ids differ', file=sys.stderr)
