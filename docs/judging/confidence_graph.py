#!/usr/bin/env python3
"""Judged random nodes against two whole graphs: which of them a build with
--min-confidence 40 leaves out. DIR holds reuters-0.json, reuters-40.json,
bbc-0.json and bbc-40.json (build -f json with --min-confidence 0 and 40).

  python3 docs/judging/confidence_graph.py DIR   (run from the repository root)
"""
import os, sys
import json, csv, math
def wilson(k,n,z=1.96):
    if n==0: return (0,0)
    p=k/n; d=1+z*z/n; c=p+z*z/(2*n); h=z*math.sqrt(p*(1-p)/n+z*z/(4*n*n)); return ((c-h)/d,(c+h)/d)
graphs={}
for c in ("reuters","bbc"):
    for mc in ("0","40"):
        graphs[c,mc]={n["id"]:n for n in json.load(open(os.path.join(sys.argv[1], f"{c}-{mc}.json")))["nodes"]}
for draws in (["final13"], ["final","final2","final4","final5","final7","final11"]):
  for c in ("reuters","bbc"):
    right=wrong=rk=wr=missing=0
    for d in draws:
        for r in csv.DictReader(open(f"docs/judging/{d}/{c}-random100.tsv"),delimiter="\t"):
            if r["id"] not in graphs[c,"0"]: missing+=1; continue
            ok=r["verdict"]=="correct"; kept=r["id"] in graphs[c,"40"]
            if ok: right+=1; rk+=kept
            else: wrong+=1; wr+=not kept
    after=rk+wrong-wr; lo,hi=wilson(rk,after)
    print(f"| {'+'.join(draws) if len(draws)==1 else 'final..final11'} | {c} | {right+wrong} (not in today's graph: {missing}) | {rk}/{right} ({100*rk/right:.1f}%) | {wr}/{wrong} | {100*right/(right+wrong):.1f}% | {100*rk/after:.1f}% ({100*lo:.1f}–{100*hi:.1f}) |")
