"""Read a nergraph export with networkx and print it in a canonical JSON form.

usage: nx_read.py FORMAT PATH [FORMAT PATH ...]   (FORMAT: json, graphml, gexf, cyjs)

It prints a JSON array with one graph per FORMAT PATH, or {"error": "..."}
for a file networkx could not read. The export tests compare each with the
graph they wrote, so names, counts and attributes are checked as networkx
sees them; one process reads them all, as importing networkx takes a while.
"""
import json
import sys

import networkx as nx
from networkx.readwrite import json_graph


def load(fmt, path):
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        try:
            return json_graph.node_link_graph(data, edges="links")
        except TypeError:  # networkx < 3.4 has no edges= and reads "links"
            return json_graph.node_link_graph(data)
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "cyjs":
        with open(path, encoding="utf-8") as f:
            return json_graph.cytoscape_graph(json.load(f))
    raise SystemExit("unknown format " + fmt)


def names(v):
    """A list attribute: a real list (of names or {name, count}) or a JSON string."""
    if v is None:
        return None
    if isinstance(v, str):
        v = json.loads(v)
    return [x["name"] if isinstance(x, dict) else x for x in v]


def canonical(fmt, path):
    g = load(fmt, path)
    out = {"directed": g.is_directed(), "multigraph": g.is_multigraph(), "nodes": [], "edges": []}
    # GraphML node ids are NMTOKENs; the entity attribute holds the real id.
    ids = {n: d.get("entity", n) if fmt == "graphml" else n for n, d in g.nodes(data=True)}
    for n, d in g.nodes(data=True):
        out["nodes"].append({
            "id": ids[n],
            "label": d.get("label", d.get("name")),
            "type": d.get("type"),
            "iso": d.get("iso") or "",
            "mentions": d.get("mentions"),
            "articles": d.get("articles"),
            "sources": d.get("sources"),
            "aliases": names(d.get("aliases")),
        })
    for s, t, d in g.edges(data=True):
        s, t = sorted([ids[s], ids[t]])
        out["edges"].append({
            "source": s, "target": t,
            "weight": d.get("weight"),
            "sentences": d.get("sentences"),
            "npmi": d.get("npmi"),
            "articles": names(d.get("articles")),
        })
    return out


def main():
    args = sys.argv[1:]
    if not args or len(args) % 2:
        raise SystemExit(__doc__)
    out = []
    for fmt, path in zip(args[::2], args[1::2]):
        try:
            out.append(canonical(fmt, path))
        except Exception as e:  # reported per file by the test
            out.append({"error": "%s: %s" % (type(e).__name__, e)})
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


main()
