"""Draw relations from a nergraph store for judging by hand.

usage: sample_relations.py STORE.db N SEED > sample.tsv

Reads every relation statement of the store (one per relation and sentence,
as ingest keeps them), in a fixed order (article id, then the article's own
order), draws N of them with Python's random.Random(SEED).sample, and writes
them as TSV with empty verdict and note columns to fill in: verdict is ok or
wrong, note says why (for a wrong one, its kind first: "entity:", "direction:",
"predicate:", "negation:", "no relation:", "attribution:").
"""
import random
import sqlite3
import sys


def main():
    db, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = con.execute("""
        SELECT a.id, r.n, r.subject, s.name, r.predicate, r.object, o.name, r.negated, r.reciprocal, r.role,
               r.text, r.evidence
        FROM relations r JOIN articles a ON a.seq = r.article
        JOIN mentions s ON s.article = r.article AND s.entity = r.subject
        JOIN mentions o ON o.article = r.article AND o.entity = r.object
        ORDER BY a.id, r.n""").fetchall()
    drawn = random.Random(seed).sample(rows, n)
    out = sys.stdout
    out.write("# %d of %d relation statements in %s, drawn with random.Random(%d).sample\n" % (n, len(rows), db, seed))
    out.write("\t".join(["n", "verdict", "note", "article", "subject", "predicate", "object", "flags", "text",
                         "subject_id", "object_id", "evidence"]) + "\n")
    for i, (art, _, sid, sname, pred, oid, oname, neg, sym, role, text, ev) in enumerate(drawn, 1):
        flags = ",".join(f for f, on in (("negated", neg), ("symmetric", sym), ("role", role)) if on) or "-"
        cells = [str(i), "", "", art, sname, pred, oname, flags, text, sid, oid, ev]
        out.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")


main()
