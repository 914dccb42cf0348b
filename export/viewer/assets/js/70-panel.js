// The details panel: an entity (type, aliases, counts, first and last
// seen, top neighbours, relations, articles) or a link (its articles with
// their evidence sentences, and its relations).

const PANEL_NEIGHBOURS = 15;
const PANEL_ARTICLES = 20;

function nodeButton(app, i) {
  return el("button", { type: "button", className: "name", text: String(app.m.nodes[i].label), onclick: () => app.selectNode(i, { centre: true }) });
}

function facts(pairs) {
  const dl = el("dl");
  for (const [k, v] of pairs) {
    if (v === undefined || v === null || v === "") continue;
    dl.append(el("dt", { text: k }), el("dd", null, v));
  }
  return dl;
}

function typeChip(app, i) {
  const { m } = app;
  const sw = el("span", { className: "swatch" });
  sw.style.background = m.typeColour[m.type[i]];
  const n = m.nodes[i];
  return el("span", { className: "chip" }, sw, typeOne(n.type) + (n.iso ? ` · ${n.iso}` : ""));
}

// listMore shows the first items and a button that shows the rest, a batch
// at a time, so a hub with thousands of articles opens at once.
function listMore(ul, items, first, make) {
  let shown = 0;
  const more = el("button", { type: "button", className: "more" });
  const step = (n) => {
    const end = Math.min(items.length, shown + n);
    for (; shown < end; shown++) ul.append(make(items[shown]));
    more.textContent = `Show ${fmt(Math.min(100, items.length - shown))} more of ${fmt(items.length - shown)}`;
    more.hidden = shown >= items.length;
  };
  more.addEventListener("click", () => step(100));
  step(first);
  return el("div", null, ul, more);
}

// articleItem is one article: title (a link when its URL is http or
// https), date, source and id, then the evidence sentences and the
// relations found in it, when there are.
function articleItem(app, a, evidence, relations) {
  const art = app.m.articles[a] || {};
  const url = safeURL(art.url);
  const title = String(art.title || art.id || "(untitled)");
  const head = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: title }) : el("strong", { text: title });
  const meta = [art.date ? String(art.date).slice(0, 10) : "undated", art.source ? String(art.source) : ""].filter(Boolean).join(" · ");
  const li = el("li", { "data-article": String(art.id) }, head, el("div", { className: "meta", text: meta }), el("div", { className: "mono", text: String(art.id) }));
  for (const s of evidence || []) li.append(el("blockquote", { text: String(s) }));
  for (const r of relations || []) li.append(relationLine(app, r));
  return li;
}

function relationLine(app, r) {
  const m = app.m;
  const arrow = r.symmetric ? "↔" : "→";
  const pred = `${arrow} ${r.negated ? "not " : ""}${r.predicate} ${arrow}`;
  return el("div", { className: "rel" }, String(m.nodes[r.source].label), " ", el("span", { className: "pred", text: pred }), " ", String(m.nodes[r.target].label),
    r.count > 1 ? el("span", { className: "meta", text: ` ×${fmt(r.count)}` }) : null);
}

function showNode(app, i) {
  const { m, st } = app;
  const n = m.nodes[i];
  const body = $("panel-body");
  const parts = [el("h2", { className: "entity", id: "panel-title", text: String(n.label) }), typeChip(app, i), el("div", { className: "mono", text: String(n.id) })];
  if (!st.nodeVis[i]) parts.push(el("p", { className: "hint", text: "Hidden by the current filters." }));
  const actions = el("div", { className: "actions" });
  actions.append(st.focus === i
    ? el("button", { type: "button", text: "Show all", onclick: () => app.setFocus(-1) })
    : el("button", { type: "button", text: "Focus on its neighbours", onclick: () => app.setFocus(i) }));
  parts.push(actions);
  let rank = m.rank[i] + 1;
  parts.push(facts([
    ["Mentions", fmt(n.mentions || 0)],
    ["Articles", fmt(n.articles || 0)],
    ["As a source", n.sources ? fmt(n.sources) : ""],
    ["First seen", n.first ? String(n.first).slice(0, 10) : ""],
    ["Last seen", n.last ? String(n.last).slice(0, 10) : ""],
    ["Links", fmt(m.deg[i])],
    ["Weighted degree", fmt(m.wdeg[i])],
    [m.nodes.some((x) => x.pagerank > 0) ? "PageRank" : "Rank by weight", `#${fmt(rank)} of ${fmt(m.N)}`],
    ["Community", m.comm[i] >= 0 ? `${m.comm[i]} (${fmt(m.commSize.get(m.comm[i]))} entities)` : ""],
  ]));

  const aliases = (n.aliases || []).slice().sort((a, b) => b.count - a.count);
  if (aliases.length) {
    const ul = el("ul");
    parts.push(el("section", null, el("h2", { text: `Written as (${fmt(aliases.length)})` }),
      listMore(ul, aliases, 10, (a) => el("li", null, String(a.name), el("span", { className: "meta", text: ` ×${fmt(a.count)}` })))));
  }

  // Neighbours by weight, heaviest first; each name selects the
  // neighbour, each weight opens the link.
  const nb = [];
  for (let p = m.adjStart[i]; p < m.adjStart[i + 1]; p++) nb.push([m.adjNode[p], m.adjLink[p]]);
  nb.sort((a, b) => m.lw[b[1]] - m.lw[a[1]] || m.rank[a[0]] - m.rank[b[0]]);
  if (nb.length) {
    const ul = el("ul");
    parts.push(el("section", null, el("h2", { text: `Neighbours (${fmt(nb.length)})` }),
      listMore(ul, nb, PANEL_NEIGHBOURS, ([j, k]) => el("li", null, nodeButton(app, j), " ",
        el("button", { type: "button", className: "name", text: `${fmt(m.lw[k])} article${m.lw[k] === 1 ? "" : "s"}`, onclick: () => app.selectLink(k) }),
        st.linkVis[k] ? null : el("span", { className: "meta", text: " (hidden)" })))));
  }

  const rels = [];
  for (let p = m.adjStart[i]; p < m.adjStart[i + 1]; p++) for (const r of m.links[m.adjLink[p]].relations || []) rels.push(r);
  rels.sort((a, b) => b.count - a.count);
  if (rels.length) {
    const ul = el("ul", { className: "articles" });
    parts.push(el("section", null, el("h2", { text: `Relations (${fmt(rels.length)})` }), listMore(ul, rels, 15, (r) => el("li", null, relationLine(app, r)))));
  }

  const arts = nodeArticles(m, i);
  if (arts.length) {
    const ul = el("ul", { className: "articles", id: "panel-articles" });
    parts.push(el("section", null, el("h2", { text: `Articles with its neighbours (${fmt(arts.length)})` }),
      listMore(ul, arts, PANEL_ARTICLES, (a) => articleItem(app, a, null, null))));
  }
  body.replaceChildren(...parts);
  openPanel();
}

function showLink(app, k) {
  const { m, st } = app;
  const l = m.links[k];
  const s = m.ls[k], t = m.lt[k];
  const body = $("panel-body");
  const parts = [el("h2", { className: "entity", id: "panel-title" }, nodeButton(app, s), " — ", nodeButton(app, t))];
  if (!st.linkVis[k]) parts.push(el("p", { className: "hint", text: "Hidden by the current filters." }));
  // The first and last dated of the link's articles.
  let first = -1, last = -1;
  for (const a of l.articles || []) {
    if (!(a >= 0 && a < m.A) || Number.isNaN(m.artDay[a])) continue;
    if (first < 0 || m.artDay[a] < m.artDay[first]) first = a;
    if (last < 0 || m.artDay[a] > m.artDay[last]) last = a;
  }
  parts.push(facts([
    ["Articles", fmt(l.weight || 0)],
    ["In the period", dateFiltered(m, st) ? fmt(st.effW[k]) : ""],
    ["Sentences", fmt(l.sentences || 0)],
    ["NPMI", typeof l.npmi === "number" ? l.npmi.toFixed(3) : ""],
    ["First", first >= 0 ? String(m.articles[first].date).slice(0, 10) : ""],
    ["Last", last >= 0 ? String(m.articles[last].date).slice(0, 10) : ""],
  ]));
  const rels = (l.relations || []).slice().sort((a, b) => b.count - a.count);
  if (rels.length) {
    parts.push(el("section", null, el("h2", { text: `Relations (${fmt(rels.length)})` }), el("ul", { className: "articles" }, ...rels.map((r) => el("li", null, relationLine(app, r))))));
  }
  const evidence = new Map();
  for (const e of l.evidence || []) evidence.set(e.article, e.sentences);
  const relsOf = new Map();
  for (const r of rels) for (const a of r.articles || []) (relsOf.get(a) || relsOf.set(a, []).get(a)).push(r);
  const arts = sortArticles(m, (l.articles || []).slice());
  const ul = el("ul", { className: "articles", id: "panel-articles" });
  parts.push(el("section", null, el("h2", { text: `Articles (${fmt(arts.length)})` }),
    listMore(ul, arts, PANEL_ARTICLES, (a) => articleItem(app, a, evidence.get(a), relsOf.get(a)))));
  body.replaceChildren(...parts);
  openPanel();
}

function openPanel() {
  const panel = $("panel");
  panel.hidden = false;
  panel.scrollTop = 0;
}
