// Indices: a uniform grid over node positions for hit-testing, and the
// name index behind search.

// buildGrid buckets nodes into square cells of about two nodes each, as
// linked lists in typed arrays.
function buildGrid(m) {
  const N = m.N;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < N; i++) {
    x0 = Math.min(x0, m.x[i]); x1 = Math.max(x1, m.x[i]);
    y0 = Math.min(y0, m.y[i]); y1 = Math.max(y1, m.y[i]);
  }
  if (!N) { x0 = y0 = 0; x1 = y1 = 1; }
  const w = Math.max(x1 - x0, 1e-9), h = Math.max(y1 - y0, 1e-9);
  const cell = Math.max(Math.sqrt((w * h) / Math.max(N, 1)) * 1.4, Math.max(w, h) / 1024, 1e-9);
  const cols = Math.min(Math.floor(w / cell) + 1, 1024), rows = Math.min(Math.floor(h / cell) + 1, 1024);
  const head = new Int32Array(cols * rows).fill(-1);
  const next = new Int32Array(N);
  const g = { x0, y0, x1, y1, cell, cols, rows, head, next };
  for (let i = 0; i < N; i++) {
    const c = gridCell(g, m.x[i], m.y[i]);
    next[i] = head[c];
    head[c] = i;
  }
  return g;
}

function gridCell(g, x, y) {
  const cx = clamp(Math.floor((x - g.x0) / g.cell), 0, g.cols - 1);
  const cy = clamp(Math.floor((y - g.y0) / g.cell), 0, g.rows - 1);
  return cy * g.cols + cx;
}

// gridVisit calls fn(i) for every node in the cells that the square of
// half-side r around (x, y) touches.
function gridVisit(g, x, y, r, fn) {
  const ax = clamp(Math.floor((x - r - g.x0) / g.cell), 0, g.cols - 1);
  const bx = clamp(Math.floor((x + r - g.x0) / g.cell), 0, g.cols - 1);
  const ay = clamp(Math.floor((y - r - g.y0) / g.cell), 0, g.rows - 1);
  const by = clamp(Math.floor((y + r - g.y0) / g.cell), 0, g.rows - 1);
  if ((bx - ax + 1) * (by - ay + 1) > 20000) return false; // too far out: let the caller scan
  for (let cy = ay; cy <= by; cy++) {
    for (let cx = ax; cx <= bx; cx++) {
      for (let i = g.head[cy * g.cols + cx]; i >= 0; i = g.next[i]) fn(i);
    }
  }
  return true;
}

// buildSearch lists every name and alias once per node, folded for
// matching.
function buildSearch(m) {
  const entries = [];
  for (let i = 0; i < m.N; i++) {
    const n = m.nodes[i];
    const label = String(n.label || n.id);
    const seen = new Set([fold(label)]);
    entries.push({ node: i, text: label, key: fold(label), alias: false });
    for (const a of n.aliases || []) {
      const k = fold(String(a.name));
      if (!k || seen.has(k)) continue;
      seen.add(k);
      entries.push({ node: i, text: String(a.name), key: k, alias: true });
    }
    const id = fold(String(n.id));
    if (!seen.has(id)) entries.push({ node: i, text: String(n.id), key: id, alias: true });
  }
  return entries;
}

// search returns up to limit nodes whose name or an alias matches q:
// whole name first, then the start of the name, then the start of a word,
// then anywhere; the more important node first within each.
function search(m, q, limit) {
  q = fold(q);
  if (!q) return [];
  const best = new Map(); // node -> {score, entry}
  for (const e of m.search) {
    const at = e.key.indexOf(q);
    if (at < 0) continue;
    let score;
    if (e.key === q) score = 0;
    else if (at === 0) score = 1;
    else if (/[^\p{L}\p{N}]/u.test(e.key[at - 1])) score = 2;
    else score = 3;
    if (e.alias) score += 0.5; // the entity's own name beats an alias
    const b = best.get(e.node);
    if (!b || score < b.score) best.set(e.node, { score, entry: e });
  }
  return [...best.entries()]
    .sort((a, b) => a[1].score - b[1].score || m.rank[a[0]] - m.rank[b[0]])
    .slice(0, limit)
    .map(([node, b]) => ({ node, text: b.entry.text, alias: b.entry.alias }));
}
