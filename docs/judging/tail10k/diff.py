# diff.py OLD.json NEW.json: the nodes gone, new, and changed (type, label, articles or
# mentions) between two graphs, sorted by id.
import json, sys
def load(f):
    return {n['id']: n for n in json.load(open(f))['nodes']}
o, n = load(sys.argv[1]), load(sys.argv[2])
def show(x):
    return '%s %s %r art=%d men=%d' % (x['id'], x['type'], x['label'], x['articles'], x['mentions'])
gone = sorted(set(o) - set(n)); new = sorted(set(n) - set(o))
changed = sorted(i for i in set(o) & set(n) if any(o[i][k] != n[i][k] for k in ('type', 'label', 'articles', 'mentions')))
print('nodes %d -> %d: %d gone, %d new, %d changed' % (len(o), len(n), len(gone), len(new), len(changed)))
for i in gone: print('gone   ', show(o[i]))
for i in new: print('new    ', show(n[i]))
for i in changed: print('changed', show(o[i]), '->', 'art=%d men=%d' % (n[i]['articles'], n[i]['mentions']))
