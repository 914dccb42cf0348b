"""Read the nodes.csv and edges.csv of a nergraph csv or neo4j export with
Python's csv module and print the graph in the canonical JSON form of
nx_read.py.

usage: csv_read.py csv|neo4j DIR [csv|neo4j DIR ...]

It prints a JSON array with one graph per pair, or {"error": "..."} for a
folder that does not read as the format says.

For csv, one leading ' (the spreadsheet formula guard) is removed from text
cells. Arrays are split on ';' as neo4j-admin import does.
"""
import csv
import json
import os
import sys

NODE_HEADER = ["id:ID(Entity)", "name", "type", ":LABEL", "iso", "mentions:int", "articles:int",
               "sources:int", "aliases:string[]", "first", "last"]
EDGE_HEADER = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "weight:int", "sentences:int",
               "npmi:float", "articles:string[]"]
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def rows(path, header, guarded):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        got = next(r)
        if got != header:
            raise SystemExit("%s: header %r, want %r" % (path, got, header))
        for row in r:
            if len(row) != len(header):
                raise SystemExit("%s:%d: %d fields, want %d" % (path, r.line_num, len(row), len(header)))
            if guarded:
                for cell in row:
                    if cell.startswith(FORMULA) and not is_number(cell):
                        raise SystemExit("%s:%d: unguarded formula cell %r" % (path, r.line_num, cell))
            yield row


def is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def canonical(fmt, d):
    guarded = fmt == "csv"
    text = (lambda s: s[1:] if s.startswith("'") else s) if guarded else (lambda s: s)
    out = {"directed": False, "multigraph": False, "nodes": [], "edges": []}
    for row in rows(os.path.join(d, "nodes.csv"), NODE_HEADER, guarded):
        aliases = text(row[8])
        out["nodes"].append({
            "id": text(row[0]), "label": text(row[1]), "type": text(row[2]), "iso": text(row[4]),
            "mentions": int(row[5]), "articles": int(row[6]), "sources": int(row[7]),
            "aliases": aliases.split(";") if aliases else [],
        })
        if row[3] != "Entity;" + row[2].capitalize():
            raise SystemExit("label %r for type %r" % (row[3], row[2]))
    for row in rows(os.path.join(d, "edges.csv"), EDGE_HEADER, guarded):
        arts = text(row[6])
        out["edges"].append({
            "source": text(row[0]), "target": text(row[1]), "weight": int(row[3]),
            "sentences": int(row[4]), "npmi": float(row[5]), "articles": arts.split(";") if arts else [],
        })
        if row[2] != "MENTIONED_WITH":
            raise SystemExit("edge type %r" % row[2])
    return out


def main():
    args = sys.argv[1:]
    if not args or len(args) % 2:
        raise SystemExit(__doc__)
    out = []
    for fmt, d in zip(args[::2], args[1::2]):
        try:
            out.append(canonical(fmt, d))
        except (Exception, SystemExit) as e:  # reported per folder by the test
            out.append({"error": str(e)})
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
