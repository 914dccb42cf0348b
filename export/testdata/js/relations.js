// Read the relations on the links of a nergraph export with a JavaScript
// graph library and print them in the canonical JSON form of
// ../readers/relations_read.py, for the export tests.
//
// usage: node relations.js gexf PATH   (graphology-gexf)
//        node relations.js cyjs PATH   (Cytoscape.js, headless)
'use strict';
const fs = require('fs');

const [format, path] = process.argv.slice(2);
const source = fs.readFileSync(path, 'utf8');
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));

function relation(r) {
  const ev = r.evidence || {};
  return {predicate: r.predicate, source: r.source, target: r.target, count: r.count, articles: r.articles,
    negated: !!r.negated, symmetric: !!r.symmetric, role: !!r.role,
    evidence_article: ev.article ?? '', evidence: ev.sentence ?? ''};
}

const edges = [];
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
if (warnings.length > 0) {
  console.error(warnings.join('\n'));
  process.exit(1);
}
process.stdout.write(JSON.stringify({edges}));
