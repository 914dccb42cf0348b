"""Read the relations on the links of a nergraph export, with networkx (json,
cyjs, gexf, graphml) or Python's csv module (the relations.csv of a neo4j or
csv export), and print them in a canonical JSON form for the export tests.

usage: relations_read.py FORMAT PATH [FORMAT PATH ...]   (FORMAT: json, cyjs, gexf, graphml, neo4j, csv)

It prints one JSON object with the edges read from each path, by format,
all in one process.

Each edge with relations prints as {"source", "target" (sorted), "predicate",
"predicates" (null when the format has no such attribute), "relations": [...]},
each relation as {"predicate", "source", "target", "count", "articles",
"negated", "symmetric", "role", "evidence_article", "evidence"}.
"""
import csv
import json
import os
import sys

REL_HEADER = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "predicate", "count:int", "negated:boolean",
              "symmetric:boolean", "role:boolean", "articles:string[]", "evidence", "evidence_article"]


def load(fmt, path):
    import networkx as nx  # here, so that the csv formats need only Python
    from networkx.readwrite import json_graph

    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        try:
            return json_graph.node_link_graph(data, edges="links")
        except TypeError:  # networkx < 3.4
            return json_graph.node_link_graph(data)
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "cyjs":
        with open(path, encoding="utf-8") as f:
            return json_graph.cytoscape_graph(json.load(f))
    raise SystemExit("unknown format " + fmt)


def relation(r):
    ev = r.get("evidence") or {}
    return {
        "predicate": r["predicate"], "source": r["source"], "target": r["target"], "count": r["count"],
        "articles": r["articles"], "negated": r.get("negated", False), "symmetric": r.get("symmetric", False),
        "role": r.get("role", False), "evidence_article": ev.get("article", ""), "evidence": ev.get("sentence", ""),
    }


def graph_edges(fmt, path):
    g = load(fmt, path)
    ids = {n: d.get("entity", n) if fmt == "graphml" else n for n, d in g.nodes(data=True)}
    out = []
    for s, t, d in g.edges(data=True):
        rels = d.get("relations")
        if rels is None:
            if "predicate" in d or "predicates" in d:
                raise SystemExit("edge %s %s: a predicate without relations" % (s, t))
            continue
        if isinstance(rels, str):
            rels = json.loads(rels)
        preds = d.get("predicates")
        if isinstance(preds, str):
            preds = json.loads(preds)
        s, t = sorted([ids[s], ids[t]])
        out.append({"source": s, "target": t, "predicate": d.get("predicate"), "predicates": preds,
                    "relations": [relation(r) for r in rels]})
    return out


def csv_edges(fmt, d):
    guarded = fmt == "csv"
    text = (lambda s: s[1:] if s.startswith("'") else s) if guarded else (lambda s: s)
    edges = {}
    with open(os.path.join(d, "relations.csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        got = next(r)
        if got != REL_HEADER:
            raise SystemExit("relations.csv: header %r, want %r" % (got, REL_HEADER))
        for row in r:
            if len(row) != len(REL_HEADER):
                raise SystemExit("relations.csv:%d: %d fields" % (r.line_num, len(row)))
            bools = {}
            for i, name in ((5, "negated"), (6, "symmetric"), (7, "role")):
                if row[i] not in ("true", "false"):
                    raise SystemExit("relations.csv:%d: %s %r is not a boolean" % (r.line_num, name, row[i]))
                bools[name] = row[i] == "true"
            arts = text(row[8])
            rel = {"predicate": text(row[3]), "source": text(row[0]), "target": text(row[1]), "count": int(row[4]),
                   "articles": arts.split(";") if arts else [], "evidence": text(row[9]),
                   "evidence_article": text(row[10]), "type": row[2]}
            rel.update(bools)
            key = tuple(sorted([rel["source"], rel["target"]]))
            edges.setdefault(key, []).append(rel)
    return [{"source": k[0], "target": k[1], "predicate": None, "predicates": None, "relations": v}
            for k, v in edges.items()]


def main():
    args = sys.argv[1:]
    out = {}
    for fmt, path in zip(args[::2], args[1::2]):
        edges = csv_edges(fmt, path) if fmt in ("neo4j", "csv") else graph_edges(fmt, path)
        out[fmt] = {"edges": edges}
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


main()
