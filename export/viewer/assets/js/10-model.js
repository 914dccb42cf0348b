// The model: the page's data turned into typed arrays and indices once, at
// load, so that filtering, drawing and hit-testing never touch the JSON
// objects in their loops.

// Okabe–Ito colours, as in the other exports (export/style.go).
const TYPE_ORDER = ["PERSON", "ORG", "COUNTRY", "LOCATION", "MISC"];
const TYPE_COLOUR = { PERSON: "#56B4E9", ORG: "#E69F00", COUNTRY: "#009E73", LOCATION: "#F0E442", MISC: "#CC79A7" };
const TYPE_NAME = { PERSON: "People", ORG: "Organizations", COUNTRY: "Countries", LOCATION: "Places", MISC: "Other names" };
const OTHER_COLOUR = "#BBBBBB";
const TYPE_ONE = { PERSON: "person", ORG: "organization", COUNTRY: "country", LOCATION: "place", MISC: "other" };
function typeOne(t) { return TYPE_ONE[t] || String(t || "no type").toLowerCase(); }
// Communities beyond the first COMMUNITY_COLOURS get this grey.
const COMMUNITY_COLOURS = 16;
const SMALL_COMMUNITY = "#6b7280";

// communityColour is the colour of the community of rank r by size.
function communityColour(r) {
  if (r < 0 || r >= COMMUNITY_COLOURS) return SMALL_COMMUNITY;
  // Hues a golden angle apart, alternating lightness, so neighbours in the
  // numbering differ.
  return hslHex((r * 137.508 + 200) % 360, 0.7, r % 2 ? 0.5 : 0.64);
}

function buildModel(data) {
  const nodes = Array.isArray(data.nodes) ? data.nodes : [];
  const links = Array.isArray(data.links) ? data.links : [];
  const articles = Array.isArray(data.articles) ? data.articles : [];
  const N = nodes.length, M = links.length, A = articles.length;
  const m = { data, nodes, links, articles, N, M, A };

  m.x = new Float64Array(N);
  m.y = new Float64Array(N);
  m.mentions = new Float64Array(N);
  m.comm = new Int32Array(N);
  const typeSet = new Set();
  for (let i = 0; i < N; i++) {
    const n = nodes[i];
    m.x[i] = +n.x || 0;
    m.y[i] = -(+n.y || 0); // y grows upwards in layouts, downwards on screen
    m.mentions[i] = +n.mentions || 0;
    m.comm[i] = Number.isInteger(n.community) ? n.community : -1;
    typeSet.add(String(n.type || ""));
  }
  m.types = TYPE_ORDER.filter((t) => typeSet.has(t)).concat([...typeSet].filter((t) => !TYPE_ORDER.includes(t)).sort());
  const typeIdx = new Map(m.types.map((t, i) => [t, i]));
  m.type = new Uint8Array(N);
  m.typeCount = new Array(m.types.length).fill(0);
  for (let i = 0; i < N; i++) {
    m.type[i] = typeIdx.get(String(nodes[i].type || ""));
    m.typeCount[m.type[i]]++;
  }
  m.typeColour = m.types.map((t) => TYPE_COLOUR[t] || OTHER_COLOUR);

  // Links and the adjacency of each node (compressed rows).
  m.ls = new Uint32Array(M);
  m.lt = new Uint32Array(M);
  m.lw = new Float64Array(M);
  m.deg = new Uint32Array(N);
  m.wdeg = new Float64Array(N);
  for (let k = 0; k < M; k++) {
    const l = links[k];
    m.ls[k] = l.source; m.lt[k] = l.target; m.lw[k] = +l.weight || 0;
    m.deg[l.source]++; m.deg[l.target]++;
    m.wdeg[l.source] += m.lw[k]; m.wdeg[l.target] += m.lw[k];
  }
  m.adjStart = new Uint32Array(N + 1);
  for (let i = 0; i < N; i++) m.adjStart[i + 1] = m.adjStart[i] + m.deg[i];
  m.adjNode = new Uint32Array(2 * M);
  m.adjLink = new Uint32Array(2 * M);
  const fill = m.adjStart.slice(0, N);
  for (let k = 0; k < M; k++) {
    const s = m.ls[k], t = m.lt[k];
    m.adjNode[fill[s]] = t; m.adjLink[fill[s]++] = k;
    m.adjNode[fill[t]] = s; m.adjLink[fill[t]++] = k;
  }

  // Importance orders labels and drawing: PageRank when the page has it,
  // else weighted degree; mentions break ties.
  let hasRank = false;
  for (let i = 0; i < N && !hasRank; i++) hasRank = nodes[i].pagerank > 0;
  m.importance = new Float64Array(N);
  for (let i = 0; i < N; i++) m.importance[i] = hasRank ? +nodes[i].pagerank : m.wdeg[i];
  const order = Array.from({ length: N }, (_, i) => i);
  order.sort((a, b) => m.importance[b] - m.importance[a] || m.mentions[b] - m.mentions[a] || a - b);
  m.order = Uint32Array.from(order);
  m.rank = new Uint32Array(N);
  for (let r = 0; r < N; r++) m.rank[m.order[r]] = r;

  // Radius in CSS pixels at the zoom that fits the whole graph: grows with
  // the logarithm of the mentions.
  m.radius = new Float32Array(N);
  for (let i = 0; i < N; i++) m.radius[i] = Math.min(2 + 1.5 * Math.log2(1 + m.mentions[i]), 16);

  // Label size: the top hundredth of nodes larger.
  m.fontSize = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const q = N > 1 ? m.rank[i] / (N - 1) : 0;
    m.fontSize[i] = q < 0.01 ? 15 : q < 0.05 ? 13 : 12;
  }

  // Dates: the day of each article, the sorted distinct days, and for each
  // link the days of its articles (for the date filter).
  m.artDay = new Float64Array(A);
  const days = new Set();
  for (let a = 0; a < A; a++) {
    m.artDay[a] = parseDay(articles[a].date);
    if (!Number.isNaN(m.artDay[a])) days.add(m.artDay[a]);
  }
  m.days = Float64Array.from([...days].sort((a, b) => a - b));

  // Links in drawing order: lightest first, so heavy links end up on top.
  const lorder = Array.from({ length: M }, (_, k) => k);
  lorder.sort((a, b) => m.lw[a] - m.lw[b] || a - b);
  m.linkOrder = Uint32Array.from(lorder);
  m.weights = [...new Set(lorder.map((k) => m.lw[k]))];
  // Weight class 0..3 for the drawing: by the logarithm of the weight
  // relative to the largest.
  const maxW = m.weights.length ? m.weights[m.weights.length - 1] : 1;
  m.lclass = new Uint8Array(M);
  for (let k = 0; k < M; k++) {
    const f = maxW > 1 ? Math.log(m.lw[k]) / Math.log(maxW) : 0;
    m.lclass[k] = f < 0.25 ? 0 : f < 0.5 ? 1 : f < 0.75 ? 2 : 3;
  }

  // Communities: sizes, numbered as the page gives them.
  m.commSize = new Map();
  for (let i = 0; i < N; i++) m.commSize.set(m.comm[i], (m.commSize.get(m.comm[i]) || 0) + 1);
  // Colours go to communities by size, whatever their numbers.
  m.commList = [...m.commSize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  m.commRank = new Map(m.commList.map(([c], r) => [c, r]));

  m.idIndex = new Map();
  for (let i = 0; i < N; i++) m.idIndex.set(String(nodes[i].id), i);

  m.search = buildSearch(m);
  m.grid = buildGrid(m);
  return m;
}

// The articles that a node shares with its neighbours: the union of its
// links' articles, newest first (undated last), then by id.
function nodeArticles(m, i) {
  const seen = new Set();
  for (let p = m.adjStart[i]; p < m.adjStart[i + 1]; p++) {
    for (const a of m.links[m.adjLink[p]].articles || []) seen.add(a);
  }
  return sortArticles(m, [...seen]);
}

function sortArticles(m, list) {
  return list.sort((a, b) => {
    const da = m.artDay[a], db = m.artDay[b];
    const na = Number.isNaN(da), nb = Number.isNaN(db);
    if (na !== nb) return na ? 1 : -1;
    if (!na && da !== db) return db - da;
    const ia = String(m.articles[a].id), ib = String(m.articles[b].id);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}
