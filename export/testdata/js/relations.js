// Read the relations on the links of a nergraph export with a JavaScript
// graph library and print them in the canonical JSON form of
// ../readers/relations_read.py, for the export tests.
//
// usage: node relations.js FORMAT PATH [FORMAT PATH ...]
//        (gexf: graphology-gexf; cyjs: Cytoscape.js, headless)
// It prints one JSON object with the edges read from each path, by format.
'use strict';
const fs = require('fs');

const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));

function relation(r) {
  const ev = r.evidence || {};
  return {predicate: r.predicate, source: r.source, target: r.target, count: r.count, articles: r.articles,
    negated: !!r.negated, symmetric: !!r.symmetric, role: !!r.role,
    evidence_article: ev.article ?? '', evidence: ev.sentence ?? ''};
}

let edges = [];
function add(s, t, a) {
  let rels = a.relations;
  if (rels === undefined || rels === null) {
    if (a.predicate !== undefined || a.predicates !== undefined) throw new Error(`edge ${s} ${t}: a predicate without relations`);
    return;
  }
  if (typeof rels === 'string') rels = JSON.parse(rels);
  let preds = a.predicates ?? null;
  if (typeof preds === 'string') preds = JSON.parse(preds);
  const [x, y] = s < t ? [s, t] : [t, s];
  edges.push({source: x, target: y, predicate: a.predicate ?? null, predicates: preds, relations: rels.map(relation)});
}

const out = {};
const args = process.argv.slice(2);
for (let i = 0; i + 1 < args.length; i += 2) {
  const [format, path] = [args[i], args[i + 1]];
  const source = fs.readFileSync(path, 'utf8');
  edges = [];
  if (format === 'gexf') {
    const Graph = require('graphology');
    const gexf = require('graphology-gexf');
    const g = gexf.parse(Graph, source);
    g.forEachEdge((e, a, s, t) => add(s, t, a));
  } else if (format === 'cyjs') {
    const cytoscape = require('cytoscape');
    const cy = cytoscape({headless: true});
    cy.json(JSON.parse(source));
    cy.edges().forEach(e => { const a = e.data(); add(a.source, a.target, a); });
  } else {
    console.error('unknown format ' + format);
    process.exit(2);
  }
  out[format] = {edges};
}
if (warnings.length > 0) {
  console.error(warnings.join('\n'));
  process.exit(1);
}
process.stdout.write(JSON.stringify(out));
