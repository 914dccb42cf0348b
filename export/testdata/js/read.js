// Read a nergraph export with a JavaScript graph library and print it in the
// canonical JSON form of ../readers/nx_read.py, for the export tests.
//
// usage: node read.js FORMAT PATH [FORMAT PATH ...]
//   gexf: graphology-gexf, the reader of sigma.js and Gephi Lite
//   cyjs: Cytoscape.js, headless
//
// It prints a JSON array with one graph per FORMAT PATH, or {error: "..."}
// for a file the library could not read or warned about: any warning a
// library prints counts as a failure.
'use strict';
const fs = require('fs');

let warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));

// names turns a list attribute (a JSON string or an array) into names.
function names(v) {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') v = JSON.parse(v);
  return v.map(x => (typeof x === 'object' ? x.name : x));
}

// read returns the graph in path as the library sees it.
function read(format, path) {
  const source = fs.readFileSync(path, 'utf8');
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
    throw new Error('unknown format ' + format);
  }
  return out;
}

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node read.js FORMAT PATH [FORMAT PATH ...]');
  process.exit(2);
}
const results = [];
for (let i = 0; i < args.length; i += 2) {
  warnings = [];
  try {
    const g = read(args[i], args[i + 1]);
    results.push(warnings.length > 0 ? {error: 'warnings: ' + warnings.join('\n')} : g);
  } catch (e) {
    results.push({error: String(e)});
  }
}
process.stdout.write(JSON.stringify(results));
