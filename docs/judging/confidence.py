#!/usr/bin/env python3
"""Confidence experiment of issue 10: can the recognizer's confidence remove
wrong random nodes while keeping right ones?

Input: the features TSV written by
  NERGRAPH_SHARED=/work/shared NERGRAPH_CONF_EXP=feat.tsv go test -run TestConfidenceExperiment ./extract/
Fits on the judged nodes of final, final2, final4, final5, final7, final11;
reports on final13 (held out, never fitted on).

  python3 docs/judging/confidence.py feat.tsv
"""
import csv
import math
import sys
from collections import defaultdict

TRAIN = {"final", "final2", "final4", "final5", "final7", "final11"}
TEST = "final13"
INF = float("inf")


def wilson(k, n, z=1.96):
    if n == 0:
        return (0, 0)
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - h) / d, (c + h) / d)


def load(path):
    nodes = defaultdict(list)
    for r in csv.DictReader(open(path), delimiter="\t"):
        nodes[(r["draw"], r["corpus"], int(r["rank"]))].append(r)
    return nodes


def feats(r):
    """The feature vector of one article's entity, or None when the
    recognizer's scores do not judge it (typed by a table or its words)."""
    if int(r["scored"]) == 0:
        return None
    t = r["ent_type"]
    return [
        1.0,
        min(float(r["max"]), 300) / 100,
        min(float(r["mean"]), 300) / 100,
        math.log(int(r["mentions"])),
        float(r["headline"]),
        float(r["caps"]),
        min(int(r["words"]), 4) / 4,
        1.0 if t == "PERSON" else 0.0,
        1.0 if t == "ORG" else 0.0,
        1.0 if t == "LOCATION" else 0.0,
    ]


NAMES = ["bias", "max/100", "mean/100", "log mentions", "headline", "caps", "words/4", "PERSON", "ORG", "LOCATION"]


def sig(z):
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def fit(rows, l2=0.01, iters=3000, lr=0.5):
    """Logistic regression by gradient descent: rows are (x, y, weight)."""
    w = [0.0] * len(rows[0][0])
    tw = sum(r[2] for r in rows)
    for _ in range(iters):
        g = [0.0] * len(w)
        for x, y, wt in rows:
            p = sig(sum(a * b for a, b in zip(w, x)))
            for j, xj in enumerate(x):
                g[j] += wt * (p - y) * xj
        for j in range(len(w)):
            w[j] -= lr * (g[j] / tw + (l2 * w[j] if j else 0))
    return w


def node_view(rows):
    """A node's state on the current code: None when it no longer exists
    (no listed article makes an entity of it that is not MISC), else
    (right, rows of its live article entities, all articles listed)."""
    live = [r for r in rows if r["match"] in ("id", "name") and r["ent_type"] != "MISC"]
    if not live:
        return None
    r0 = rows[0]
    complete = int(r0["articles"]) <= len(rows)
    return (r0["verdict"] == "correct", live, complete)


def node_score(live, complete, score):
    """The node survives a threshold when one of its article entities
    does; a node with articles not listed is taken to survive (inf)."""
    if not complete:
        return INF
    return max(score(r) for r in live)


def table(nodes, draws, score, thresholds, title):
    print(f"\n### {title}")
    print("| threshold | corpus | nodes | right kept | wrong removed | precision before | precision after (95% Wilson) |")
    print("|---|---|---|---|---|---|---|")
    for th in thresholds:
        for corpus in ("reuters", "bbc", "both"):
            right = wrong = rk = wr = 0
            for (d, c, _), rows in nodes.items():
                if d not in draws or (corpus != "both" and c != corpus):
                    continue
                v = node_view(rows)
                if v is None:
                    continue
                ok, live, complete = v
                s = node_score(live, complete, score)
                kept = s >= th
                if ok:
                    right += 1
                    rk += kept
                else:
                    wrong += 1
                    wr += not kept
            n = right + wrong
            after = rk + (wrong - wr)
            lo, hi = wilson(rk, after)
            print(f"| {th:g} | {corpus} | {n} | {rk}/{right} ({100*rk/max(right,1):.1f}%) | {wr}/{wrong} | "
                  f"{100*right/max(n,1):.1f}% | {100*rk/max(after,1):.1f}% ({100*lo:.1f}–{100*hi:.1f}) |")


def main():
    nodes = load(sys.argv[1])
    gone = defaultdict(int)
    total = defaultdict(int)
    for (d, c, _), rows in nodes.items():
        total[d] += 1
        if node_view(rows) is None:
            gone[d] += 1
    print("judged nodes left out (no longer an entity of the current code):",
          ", ".join(f"{d} {gone[d]}/{total[d]}" for d in sorted(total)))

    # Training rows: each live article entity of a training node, weighted
    # so that a node counts once.
    train = []
    for (d, c, _), rows in nodes.items():
        if d not in TRAIN:
            continue
        v = node_view(rows)
        if v is None:
            continue
        ok, live, _ = v
        xs = [feats(r) for r in live]
        xs = [x for x in xs if x is not None]
        for x in xs:
            train.append((x, 1.0 if ok else 0.0, 1 / len(xs)))
    w = fit(train)
    print("\nlogistic regression weights (fitted on", len(train), "article entities of the training draws):")
    for n, v in zip(NAMES, w):
        print(f"  {n:14s} {v:+.3f}")

    def lr_score(r):
        x = feats(r)
        return INF if x is None else sig(sum(a * b for a, b in zip(w, x)))

    def margin_score(r):
        return INF if int(r["scored"]) == 0 else float(r["max"])

    def known_score(r):
        return INF if int(r["scored"]) == 0 or r.get("known") == "1" else float(r["max"])

    def choose(score):
        """The largest threshold (in steps of 1) that keeps at least 90%
        of the training draws' right nodes."""
        chosen = 0
        for th in range(0, 101):
            rk = right = 0
            for (d, c, _), rows in nodes.items():
                v = node_view(rows) if d in TRAIN else None
                if v is None or not v[0]:
                    continue
                right += 1
                rk += node_score(v[1], v[2], score) >= th
            if rk >= 0.9 * right:
                chosen = th
        return chosen

    for name, score in (("max margin", margin_score), ("max margin, names the gazetteer knows exempt", known_score)):
        chosen = choose(score)
        print(f"\n## {name}: threshold chosen on the training draws (largest keeping >= 90% of their right nodes): {chosen}")
        ths = sorted({-INF, 0, 5, 10, 20, chosen, 30, 50})
        table(nodes, TRAIN, score, ths, f"{name}, training draws")
        table(nodes, {TEST}, score, ths, f"{name}, final13 (held out)")
    table(nodes, TRAIN, lr_score, [0, 0.5, 0.6, 0.7], "logistic regression, training draws")
    table(nodes, {TEST}, lr_score, [0, 0.5, 0.6, 0.7], "logistic regression, final13 (held out)")


main()
