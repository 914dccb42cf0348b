# mentions.py OLD.ents.jsonl NEW.ents.jsonl: every mention whose linked entity id differs
# between two `extract --link` runs (or that one run has and the other not), by article,
# with the words around it, to judge each against its article's country.
import json, sys
def load(f):
    out = {}
    for line in open(f):
        d = json.loads(line)
        ms = {}
        for e in d['entities']:
            for m in e['mentions']:
                ms[(m['start'], m['end'])] = (e['id'], m['text'])
        out[d['id']] = ms
    return out
o, n = load(sys.argv[1]), load(sys.argv[2])
texts = {}
for a in sorted(set(o) | set(n)):
    om, nm = o.get(a, {}), n.get(a, {})
    for k in sorted(set(om) | set(nm)):
        x, y = om.get(k, ('-', '')), nm.get(k, ('-', ''))
        if x[0] != y[0]:
            print('%s\t%d\t%s\t%s -> %s' % (a, k[0], x[1] or y[1], x[0], y[0]))
