# show.py OLD NEW: every mention whose linked id differs, with its sentence
import json, sys, re
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
for a in sorted(set(o) | set(n)):
    om, nm = o.get(a, {}), n.get(a, {})
    t = None
    for k in sorted(set(om) | set(nm)):
        x, y = om.get(k, ('-', '')), nm.get(k, ('-', ''))
        if x[0] != y[0]:
            if t is None:
                t = open(a, encoding='utf-8', errors='replace').read()
            s, e = k
            print('%s\t%s -> %s\t%s[[%s]]%s' % (a.split('data/')[1], x[0], y[0], t[max(0,s-150):s].replace('\n',' '), t[s:e], t[e:e+100].replace('\n',' ')))
