#!/usr/bin/env python3
"""The per-node confidence rule against the default graph and the per-article
rule (issue 10, branch conf10b): nodes, edges, the top nodes' articles and
the fate of the judged conf19 nodes.

usage: confidence_pernode.py DEFAULT_DIR ARTICLE_DIR NODE_DIR
Each directory holds reuters.json and bbc.json (`nergraph build -f json`):
the default graph, the per-article rule at 40 (main ff74cd5 with
--min-confidence 40) and the per-node rule at 40 (this branch).
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    g = json.load(open(path))
    nodes = {n['id']: n for n in g['nodes']}
    return nodes, len(g['links'])


def key(n):
    """What the judges' rows show of a node."""
    return (n['label'], n['type'], n['articles'], n['mentions'],
            tuple(sorted((a['name'], a['count']) for a in n.get('aliases') or [])))


def main():
    dirs = sys.argv[1:4]
    names = ['default', 'per-article 40', 'per-node 40']
    for corpus, top in (('reuters', 100), ('bbc', 50)):
        gs = [load(os.path.join(d, corpus + '.json')) for d in dirs]
        print(f'## {corpus}')
        for name, (nodes, edges) in zip(names, gs):
            print(f'{name}: {len(nodes):,} nodes, {edges:,} edges')
        base = gs[0][0]
        for name, (nodes, _) in zip(names[1:], gs[1:]):
            same = sum(1 for i, n in nodes.items() if i in base and key(base[i]) == key(n))
            new = sum(1 for i in nodes if i not in base)
            print(f'{name}: {len(base) - sum(1 for i in base if i in nodes):,} default nodes gone, {new} new, '
                  f'{same:,} identical to the default graph\'s (label, type, articles, mentions, aliases)')
        tops = sorted(base.values(), key=lambda n: (-n['articles'], n['id']))[:top]
        for name, (nodes, _) in zip(names, gs):
            total = sum(nodes[n['id']]['articles'] if n['id'] in nodes else 0 for n in tops)
            loss = sorted(((n['articles'] - (nodes[n['id']]['articles'] if n['id'] in nodes else 0), n['id'])
                           for n in tops), reverse=True)
            worst = ', '.join(f"{i} {base[i]['articles']}->{base[i]['articles'] - d}" for d, i in loss[:3] if d > 0)
            print(f'top {top} of the default graph, articles in {name}: {total:,}; worst: {worst or "none"}')
        # The judged conf19 nodes (drawn from the per-article graph).
        rows = list(csv.DictReader(open(os.path.join(HERE, 'conf19', corpus + '-random100.tsv')), delimiter='\t'))
        art, node = gs[1][0], gs[2][0]
        fate = {'kept': [], 'changed': [], 'dropped': []}
        for r in rows:
            i = r['id']
            if i not in node:
                fate['dropped'].append((i, r['verdict']))
            elif i in art and key(art[i]) == key(node[i]):
                fate['kept'].append((i, r['verdict']))
            else:
                a, b = art.get(i), node[i]
                fate['changed'].append((i, r['verdict'], f"articles {a['articles'] if a else '-'}->{b['articles']}, "
                                        f"mentions {a['mentions'] if a else '-'}->{b['mentions']}"))
        for k, v in fate.items():
            right = sum(1 for x in v if x[1] == 'correct')
            print(f'conf19 judged nodes {k}: {len(v)} ({right} correct)')
            if k != 'kept':
                for x in v:
                    print('  ', *x)
        right = sum(1 for r in rows if r['verdict'] == 'correct' and r['id'] in node)
        n = sum(1 for r in rows if r['id'] in node)
        print(f'conf19 precision of the nodes the per-node graph keeps: {right}/{n}')
        print()


if __name__ == '__main__':
    main()
