# compare_nodes.py JUDGED.tsv OLD.json NEW.json: of the judged nodes of OLD (a random sample
# judged by hand), which not-correct ones are gone from NEW (fixed: the id is gone, the
# entity under another id or not a node) and which correct ones are gone (broken).
# Usage: python3 compare_nodes.py bbc-random100.tsv old.json new.json
import csv, json, sys, re
judged, old, new = sys.argv[1:4]
def load(f):
    g = json.load(open(f))
    ids = {n['id']: n for n in g['nodes']}
    by = {}
    for n in g['nodes']:
        by.setdefault(n['id'].split(':', 1)[1], []).append(n['id'])
    return ids, by
oi, ob = load(old); ni, nb = load(new)
fixed, still, broken, kept = [], [], [], 0
for r in csv.DictReader(open(judged), delimiter='\t'):
    i = r['id']; slug = i.split(':', 1)[1]
    assert i in oi, i
    there = i in ni
    other = [x for x in nb.get(slug, []) if x != i]
    if r['verdict'] == 'correct':
        if there: kept += 1
        else: broken.append((i, 'gone' if not other else 'now ' + ','.join(other)))
    else:
        if there: still.append((i, r['verdict']))
        else: fixed.append((i, r['verdict'], 'gone' if not other else 'now ' + ','.join(other)))
print('judged wrong: %d fixed, %d still there' % (len(fixed), len(still)))
for f in fixed: print('  fixed', *f)
for s in still: print('  still', *s)
print('judged correct: %d kept, %d broken' % (kept, len(broken)))
for b in broken: print('  broken', *b)
