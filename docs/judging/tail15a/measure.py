"""measure.py ENTS MISC GRAPH [FLAG]: for every node of GRAPH (not a country,
not MISC), the articles it is in (E, from the linked extracts ENTS of the
graph's build) and the articles that name it as a MISC entity of the same
slug (M, from an `extract --misc` run MISC, less the articles of E). FLAG
keeps only the MISC entities whose "iso" field a probe build set to it
("T": see probe-workcue.patch); without it every MISC entity counts.
Prints id, label, type, E, M, the nodes with M > 0."""
import collections
import json
import sys

ents, misc, graph = sys.argv[1:4]
flag = sys.argv[4] if len(sys.argv) > 4 else None
nodes = {n['id']: n for n in json.load(open(graph))['nodes']}
E = collections.defaultdict(set)
for line in open(ents):
    d = json.loads(line)
    for e in d['entities']:
        E[e['id']].add(d['id'])
M = collections.defaultdict(set)
for line in open(misc):
    d = json.loads(line)
    for e in d['entities']:
        if e['type'] == 'MISC' and (flag is None or e.get('iso') == flag):
            M[e['id'].split(':', 1)[1]].add(d['id'])
rows = []
for nid, n in nodes.items():
    if n['type'] in ('COUNTRY', 'MISC'):
        continue
    arts = E.get(nid, set())
    m = M.get(nid.split(':', 1)[1], set()) - arts
    if m:
        rows.append((nid, n['label'], n['type'], len(arts), len(m)))
rows.sort(key=lambda r: (-r[4] / (r[3] + r[4]), -r[4]))
for r in rows:
    print(*r, sep='\t')
