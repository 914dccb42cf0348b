// What is shown: the filters the user set, what they leave visible, and
// what is highlighted.
//
// Counts are of what is visible. At the default filters every node and link
// of the page is visible, so the counts equal the page's (and the JSON
// export's of the same graph). Once a filter is active, as in the command's
// filters, entities left without a visible link are hidden too, except the
// focused one.

function newState(m) {
  return {
    typeOn: m.types.map(() => true),
    minIdx: 0, // index into m.weights
    dayFrom: 0, // indices into m.days
    dayTo: Math.max(m.days.length - 1, 0),
    focus: -1,
    focusDepth: 1,
    colourBy: "type",
    hover: -1,
    selNode: -1,
    selLink: -1,
    nodeVis: new Uint8Array(m.N),
    linkVis: new Uint8Array(m.M),
    effW: new Float64Array(m.M), // weight under the date filter
    visLinks: new Uint32Array(m.M), // visible links, lightest first
    nVisLinks: 0,
    nVisNodes: 0,
    hiActive: false,
    hiNode: new Uint8Array(m.N), // 2 the centre, 1 a neighbour
    hiLinks: [], // highlighted links
    colourIdx: new Uint8Array(m.N),
    palette: [],
    // Bumped when the visible set or the colours change (version) and
    // when the highlight does (hiVersion), for renderers that cache.
    version: 0,
    hiVersion: 0,
  };
}

function dateFiltered(m, st) {
  return m.days.length > 1 && (st.dayFrom > 0 || st.dayTo < m.days.length - 1);
}

function filterActive(m, st) {
  return st.focus >= 0 || st.minIdx > 0 || dateFiltered(m, st) || st.typeOn.some((on) => !on);
}

// minWeight is the weight a link needs under the current filters: the
// slider's value, or 1 (any article in the period) when only dates are set.
function minWeight(m, st) {
  if (st.minIdx > 0) return m.weights[st.minIdx];
  if (dateFiltered(m, st)) return 1;
  return m.weights.length ? m.weights[0] : 0;
}

// applyFilters recomputes what is visible.
function applyFilters(m, st) {
  const dated = dateFiltered(m, st);
  const d0 = dated ? m.days[st.dayFrom] : -Infinity, d1 = dated ? m.days[st.dayTo] : Infinity;
  const minW = minWeight(m, st);
  for (let k = 0; k < m.M; k++) {
    let vis = st.typeOn[m.type[m.ls[k]]] && st.typeOn[m.type[m.lt[k]]];
    let w = m.lw[k];
    if (vis && dated) {
      w = 0;
      for (const a of m.links[k].articles || []) {
        const d = m.artDay[a];
        if (d >= d0 && d <= d1) w++;
      }
      vis = w > 0;
    }
    st.effW[k] = w;
    st.linkVis[k] = vis && w >= minW ? 1 : 0;
  }
  if (st.focus >= 0) {
    // The focused entity and what lies within focusDepth visible links.
    const ball = new Uint8Array(m.N);
    ball[st.focus] = 1;
    let frontier = [st.focus];
    for (let d = 0; d < st.focusDepth && frontier.length; d++) {
      const next = [];
      for (const i of frontier) {
        for (let p = m.adjStart[i]; p < m.adjStart[i + 1]; p++) {
          const j = m.adjNode[p];
          if (st.linkVis[m.adjLink[p]] && !ball[j]) { ball[j] = 1; next.push(j); }
        }
      }
      frontier = next;
    }
    for (let k = 0; k < m.M; k++) if (!ball[m.ls[k]] || !ball[m.lt[k]]) st.linkVis[k] = 0;
  }
  const active = filterActive(m, st);
  st.nodeVis.fill(active ? 0 : 1);
  let n = 0;
  for (let r = 0; r < m.M; r++) {
    const k = m.linkOrder[r];
    if (!st.linkVis[k]) continue;
    st.visLinks[n++] = k;
    st.nodeVis[m.ls[k]] = 1;
    st.nodeVis[m.lt[k]] = 1;
  }
  st.nVisLinks = n;
  if (st.focus >= 0) st.nodeVis[st.focus] = 1;
  let c = 0;
  for (let i = 0; i < m.N; i++) c += st.nodeVis[i];
  st.nVisNodes = c;
  st.version++;
  updateHighlight(m, st);
}

// updateHighlight marks the hovered or selected node with its visible
// neighbours, or the selected link with its ends.
function updateHighlight(m, st) {
  if (st.hiActive) {
    st.hiNode.fill(0);
    st.hiLinks = [];
  }
  st.hiActive = false;
  let centre = st.hover >= 0 ? st.hover : st.selNode;
  if (centre >= 0 && !st.nodeVis[centre]) centre = -1;
  if (centre >= 0) {
    st.hiActive = true;
    st.hiNode[centre] = 2;
    for (let p = m.adjStart[centre]; p < m.adjStart[centre + 1]; p++) {
      const k = m.adjLink[p];
      if (!st.linkVis[k]) continue;
      st.hiLinks.push(k);
      st.hiNode[m.adjNode[p]] = Math.max(st.hiNode[m.adjNode[p]], 1);
    }
  } else if (st.selLink >= 0 && st.linkVis[st.selLink]) {
    st.hiActive = true;
    st.hiLinks.push(st.selLink);
    st.hiNode[m.ls[st.selLink]] = 2;
    st.hiNode[m.lt[st.selLink]] = 2;
  }
  st.hiLinks.sort((a, b) => m.lw[a] - m.lw[b]);
  st.hiVersion++;
}

// setColours fills the palette and each node's colour in it.
function setColours(m, st) {
  if (st.colourBy === "community") {
    st.palette = [];
    for (let c = 0; c <= COMMUNITY_COLOURS; c++) st.palette.push(communityColour(c));
    for (let i = 0; i < m.N; i++) {
      st.colourIdx[i] = Math.min(m.commRank.get(m.comm[i]), COMMUNITY_COLOURS);
    }
  } else {
    st.palette = m.typeColour.slice();
    st.colourIdx.set(m.type);
  }
  st.version++;
}
