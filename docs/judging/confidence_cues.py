#!/usr/bin/env python3
"""Judged nodes against three whole graphs of one binary's default and two
--min-confidence 40 rules: which right and wrong nodes each rule leaves out.
DIR holds {reuters,bbc}-cue-0.json (default), {reuters,bbc}-main-40.json
(the margin alone, main 94ab573) and {reuters,bbc}-cue-40.json (the margin
or a cue beside it, extract/evidence.go), all build -f json.

  python3 docs/judging/confidence_cues.py DIR   (run from the repository root)
"""
import csv, json, math, os, sys

def wilson(k, n, z=1.96):
    if n == 0:
        return (0, 0)
    p = k / n; d = 1 + z * z / n; c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - h) / d, (c + h) / d)

g = {}
for c in ("reuters", "bbc"):
    for v in ("cue-0", "main-40", "cue-40"):
        g[c, v] = {n["id"] for n in json.load(open(os.path.join(sys.argv[1], f"{c}-{v}.json")))["nodes"]}
    print(f"{c}: nodes default {len(g[c,'cue-0'])}, margin alone {len(g[c,'main-40'])}, margin or cue {len(g[c,'cue-40'])}")

print("| draw | corpus | judged (in the default graph) | rule | right kept | wrong removed | precision before | after |")
print("|---|---|---|---|---|---|---|---|")
for d in ("final13", "final17"):
    for c in ("reuters", "bbc"):
        rows = [r for r in csv.DictReader(open(f"docs/judging/{d}/{c}-random100.tsv"), delimiter="\t") if r["id"] in g[c, "cue-0"]]
        right = [r for r in rows if r["verdict"] == "correct"]
        wrong = [r for r in rows if r["verdict"] != "correct"]
        for v, name in (("main-40", "margin alone"), ("cue-40", "margin or cue")):
            rk = sum(r["id"] in g[c, v] for r in right)
            wr = sum(r["id"] not in g[c, v] for r in wrong)
            after = rk + len(wrong) - wr
            lo, hi = wilson(rk, after)
            print(f"| {d} | {c} | {len(rows)} | {name} | {rk}/{len(right)} ({100*rk/len(right):.1f}%) | {wr}/{len(wrong)} | "
                  f"{100*len(right)/len(rows):.1f}% | {100*rk/after:.1f}% ({100*lo:.1f}–{100*hi:.1f}) |")

print()
print("confidence-removed.tsv (nodes the margin alone removed, read by the rule's author): kept by the cue rule")
rows = list(csv.DictReader(open("docs/judging/confidence-removed.tsv"), delimiter="\t"))
for c in ("reuters", "bbc"):
    for verdict in ("right", "wrong"):
        rs = [r for r in rows if r["corpus"] == c and r["verdict"] == verdict]
        kept = [r["label"] for r in rs if r["id"] in g[c, "cue-40"]]
        print(f"  {c} {verdict}: {len(kept)}/{len(rs)} kept {kept}")
