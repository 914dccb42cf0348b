#!/usr/bin/env python3
"""left.py TAG [OUT]: the judged-wrong rows of final42.. whose node id is still in the TAG graphs."""
import glob, json, os, re, sys
L = os.environ.get('L', '/var/tmp/lead/s29')
tag = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else '/work/briefs/s29/left-rows.tsv'
J = '/work/main/docs/judging'
graphs = {}
for c in ('reuters', 'bbc'):
    g = json.load(open(f'{L}/{c}-{tag}.json'))
    graphs[c] = {n['id']: n for n in g['nodes']}
rows, seen = [], set()
for d in sorted(glob.glob(J + '/final*')):
    m = re.match(r'final(\d+)$', os.path.basename(d))
    if not m or int(m.group(1)) < 42:
        continue
    for c in ('reuters', 'bbc'):
        f = f'{d}/{c}-random100.tsv'
        if not os.path.exists(f):
            continue
        lines = open(f).read().splitlines()
        hdr = lines[0].split('\t')
        ix = {h: i for i, h in enumerate(hdr)}
        for ln in lines[1:]:
            p = ln.split('\t')
            v = p[ix['verdict']]
            if v in ('correct', 'verdict'):
                continue
            nid = p[ix['id']]
            n = graphs[c].get(nid)
            if n is None or (c, nid) in seen:
                continue
            seen.add((c, nid))
            now = 'same' if (n.get('label') == p[ix['label']] and n.get('type') == p[ix['type']]) else f"now {n.get('label')} {n.get('type')}"
            rows.append([os.path.basename(d), c, nid, p[ix['label']], p[ix['type']], p[ix['articles']], v, now, p[ix['note']]])
with open(out, 'w') as w:
    w.write('sample\tcorpus\tid\tlabel\ttype\tarticles\tverdict\tnow\tnote\n')
    for r in rows:
        w.write('\t'.join(r) + '\n')
print(len(rows), 'rows ->', out)
