#!/usr/bin/env python3
"""The parts of docs/judging/confidence.md "Settings of the rule" that are not
TestConfidenceSettings's tables, from the rows that test caches in DIR
(reuters.tsv, bbc.tsv, agnews.tsv: one entity of one article a line, with its
node of the default graph and its confidence evidence):

- each judged draw's precision at 40, 20 and 10 (its nodes of today's graph);
- the grid of thresholds by type (0..80 for PERSON, ORG, LOCATION): the one
  that keeps the most AG News nodes while the fitted draws (final..final23)
  are 85% and 86% right on both corpora;
- the stratified estimate: the precision of the 40 graph from the fresh draws
  conf19+conf29, the nodes a looser setting adds from the final* draws.

  NERGRAPH_CONF_SETTINGS=DIR go test -run TestConfidenceSettings ./extract/
  python3 docs/judging/confidence_settings.py DIR   (from the repository root)
"""
import collections, csv, glob, itertools, os, sys

COLS = "art ent node nodeArts sents elig max known cue first title suffix headline caps type words mentions".split()
rows = collections.defaultdict(list)  # (corpus, node) -> its rows
nodes = collections.defaultdict(list)
for c in ("reuters", "bbc", "agnews"):
    for line in open(os.path.join(sys.argv[1], c + ".tsv")):
        r = dict(zip(COLS, line.rstrip("\n").split("\t")))
        if r["node"]:
            r["max"] = float(r["max"])
            if (c, r["node"]) not in rows:
                nodes[c].append(r["node"])
            rows[c, r["node"]].append(r)

def margin(th):
    """Today's rule with a threshold per type (a number: the same for all)."""
    if not isinstance(th, dict):
        th = {"PERSON": th, "ORG": th, "LOCATION": th}
    return lambda r: r["elig"] != "1" or r["known"] == "1" or r["cue"] == "1" or r["max"] >= th.get(r["type"], 0)

def kept(c, i, sure):
    return any(sure(r) for r in rows[c, i])

draws = collections.defaultdict(list)  # (draw, corpus) -> [(id, right)] of nodes in today's graph
for p in sorted(glob.glob("docs/judging/*/*-random100.tsv")):
    d, c = p.split("/")[-2], os.path.basename(p).replace("-random100.tsv", "")
    for r in csv.DictReader(open(p), delimiter="\t"):
        if (c, r["id"]) in rows:
            draws[d, c].append((r["id"], r["verdict"] == "correct"))

print("each draw's nodes in today's default graph: right / kept, precision at 40, 20, 10")
for (d, c), js in sorted(draws.items()):
    out = f"  {d:8} {c:8} {len(js):3} nodes, {sum(ok for _, ok in js):3} right"
    for t in (40, 20, 10):
        k = [ok for i, ok in js if kept(c, i, margin(t))]
        out += f" | {t}: {sum(k)}/{len(k)} {100 * sum(k) / max(1, len(k)):.1f}%"
    print(out)

def fitted(c):
    return [j for (d, cc), js in draws.items() if cc == c and d.startswith("final") and d != "final31" for j in js]

def precision(js, c, sure):
    k = [ok for i, ok in js if kept(c, i, sure)]
    return 100 * sum(k) / max(1, len(k))

grid = [0, 10, 20, 30, 40, 50, 60, 80]
fit = {c: fitted(c) for c in ("reuters", "bbc")}
results = []
for tp, to, tl in itertools.product(grid, grid, grid):
    sure = margin({"PERSON": tp, "ORG": to, "LOCATION": tl})
    pr = {c: precision(fit[c], c, sure) for c in fit}
    ag = sum(kept("agnews", i, sure) for i in nodes["agnews"])
    results.append(((tp, to, tl), pr, ag))
print(f"AG News nodes at 40: {sum(kept('agnews', i, margin(40)) for i in nodes['agnews'])}")
for floor in (85, 86):
    ok = [x for x in results if min(x[1].values()) >= floor]
    (tp, to, tl), pr, ag = max(ok, key=lambda x: x[2])
    print(f"grid: the most AG News nodes with the fitted draws {floor}% right or more on both: PERSON {tp}, ORG {to}, "
          f"LOCATION {tl}: {ag} nodes (fitted Reuters {pr['reuters']:.1f}%, BBC {pr['bbc']:.1f}%)")

print("stratified estimate (the 40 graph's precision from conf19+conf29, the added nodes' from final*):")
settings = {"off": lambda r: True, "20": margin(20), "10": margin(10),
            "40, company suffix": lambda r: margin(40)(r) or r["suffix"] == "1"}
for name, sure in settings.items():
    out = f"  {name}"
    for c in ("reuters", "bbc"):
        conf = [ok for (d, cc), js in draws.items() if cc == c and d.startswith("conf") for _, ok in js]
        k40 = {i for i in nodes[c] if kept(c, i, margin(40))}
        band = {i for i in nodes[c] if kept(c, i, sure)} - k40
        js = [ok for (d, cc), jj in draws.items() if cc == c and d.startswith("final") for i, ok in jj if i in band]
        pb = sum(js) / max(1, len(js))
        est = (len(k40) * sum(conf) / len(conf) + len(band) * pb) / (len(k40) + len(band))
        out += f" | {c}: 40 graph {sum(conf)}/{len(conf)}, {len(band)} nodes added, {sum(js)}/{len(js)} judged right, {100 * est:.1f}%"
    print(out)
