# diff.py OLD.json NEW.json: every node gone, new or changed (type, label,
# aliases, articles, mentions) between two graphs, sorted by id, and the
# count of links gone and new. Community, pagerank and degree are left out:
# they move with any change elsewhere in the graph.
import json, sys
def load(f):
    g = json.load(open(f))
    ns = {n['id']: n for n in g['nodes']}
    ls = {(l['source'], l['target']): l['weight'] for l in g['links']}
    return ns, ls
(o, ol), (n, nl) = load(sys.argv[1]), load(sys.argv[2])
keys = ('type', 'label', 'aliases', 'articles', 'mentions')
def show(x):
    al = ','.join('%s:%d' % (a['name'], a['count']) for a in x.get('aliases') or [])
    return '%s %s %r art=%d men=%d aliases=%s' % (x['id'], x['type'], x['label'], x['articles'], x['mentions'], al)
gone = sorted(set(o) - set(n)); new = sorted(set(n) - set(o))
changed = sorted(i for i in set(o) & set(n) if any(o[i].get(k) != n[i].get(k) for k in keys))
print('nodes %d -> %d: %d gone, %d new, %d changed' % (len(o), len(n), len(gone), len(new), len(changed)))
print('links %d -> %d: %d gone, %d new, %d reweighted' % (len(ol), len(nl), len(set(ol) - set(nl)), len(set(nl) - set(ol)),
      sum(1 for k in set(ol) & set(nl) if ol[k] != nl[k])))
for i in gone: print('gone   ', show(o[i]))
for i in new: print('new    ', show(n[i]))
for i in changed: print('changed', show(o[i]), '->', show(n[i]))
