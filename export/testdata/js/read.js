// Read a nergraph export with a JavaScript graph library and print it in the
// canonical JSON form of ../readers/nx_read.py, for the export tests.
//
// usage: node read.js gexf PATH   (graphology-gexf, the reader of sigma.js and Gephi Lite)
//        node read.js cyjs PATH   (Cytoscape.js, headless)
//
// Any warning a library prints makes the script fail.
'use strict';
const fs = require('fs');

const [format, path] = process.argv.slice(2);
const source = fs.readFileSync(path, 'utf8');
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));

// names turns a list attribute (a JSON string or an array) into names.
function names(v) {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') v = JSON.parse(v);
  return v.map(x => (typeof x === 'object' ? x.name : x));
}

const out = {directed: false, multigraph: false, nodes: [], edges: []};

if (format === 'gexf') {
  const Graph = require('graphology');
  const gexf = require('graphology-gexf');
  // Without addMissingNodes the parser throws on an edge to no node.
  const g = gexf.parse(Graph, source);
  out.directed = g.type === 'directed';
  out.multigraph = g.multi;
  g.forEachNode((id, a) => {
    out.nodes.push({id, label: a.label ?? '', type: a.type, iso: a.iso ?? '', mentions: a.mentions,
      articles: a.articles, sources: a.sources, aliases: names(a.aliases)});
  });
  g.forEachEdge((e, a, s, t) => {
    out.edges.push({source: s, target: t, weight: a.weight, sentences: a.sentences, npmi: a.npmi,
      articles: names(a.articles)});
  });
} else if (format === 'cyjs') {
  const cytoscape = require('cytoscape');
  const data = JSON.parse(source);
  out.directed = !!data.directed;
  out.multigraph = !!data.multigraph;
  const cy = cytoscape({headless: true});
  cy.json(data);
  cy.nodes().forEach(n => {
    const a = n.data();
    out.nodes.push({id: a.id, label: a.name, type: a.type, iso: a.iso ?? '', mentions: a.mentions,
      articles: a.articles, sources: a.sources, aliases: names(a.aliases)});
  });
  cy.edges().forEach(e => {
    const a = e.data();
    out.edges.push({source: a.source, target: a.target, weight: a.weight, sentences: a.sentences,
      npmi: a.npmi, articles: names(a.articles)});
  });
} else {
  console.error('unknown format ' + format);
  process.exit(2);
}

if (warnings.length > 0) {
  console.error(warnings.join('\n'));
  process.exit(1);
}
process.stdout.write(JSON.stringify(out));
