// The controls beside the drawing: legend with type toggles, community
// legend, minimum-weight and date sliders, focus box, colour mode, counts,
// and the search box with its completion list.

const $ = (id) => document.getElementById(id);

function setupControls(app) {
  const { m, st } = app;

  // Types: a checkbox per type, with its colour and count.
  const types = $("types");
  app.typeBoxes = m.types.map((t, ti) => {
    const box = el("input", { type: "checkbox", checked: true, onchange: () => { st.typeOn[ti] = box.checked; app.refilter(); } });
    const swatch = el("span", { className: "swatch" });
    swatch.style.background = m.typeColour[ti];
    app.typeSwatches = app.typeSwatches || [];
    app.typeSwatches.push(swatch);
    types.append(el("li", null, el("label", null, box, swatch, TYPE_NAME[t] || t || "(no type)", el("span", { className: "n", text: fmt(m.typeCount[ti]) }))));
    return box;
  });

  // Colour by type or community.
  const colour = $("colour");
  colour.addEventListener("change", () => {
    st.colourBy = colour.value;
    setColours(m, st);
    updateLegend(app);
    app.requestDraw();
  });
  if (m.commList.length < 2) colour.querySelector('option[value="community"]').disabled = true;

  // Minimum weight over the distinct weights of the page.
  const mw = $("minweight"), mwv = $("minweight-value");
  mw.max = String(Math.max(m.weights.length - 1, 0));
  mw.value = "0";
  mw.disabled = m.weights.length < 2;
  const showWeight = () => { mwv.textContent = fmt(minWeight(m, st)); };
  mw.addEventListener("input", () => { st.minIdx = +mw.value; showWeight(); app.refilter(); });
  app.showWeight = showWeight;
  showWeight();

  // Dates, when at least two days are known.
  if (m.days.length > 1) {
    $("dates").hidden = false;
    const from = $("date-from"), to = $("date-to");
    const fromv = $("date-from-value"), tov = $("date-to-value");
    for (const r of [from, to]) r.max = String(m.days.length - 1);
    from.value = "0";
    to.value = String(m.days.length - 1);
    const show = () => {
      fromv.textContent = dayString(m.days[st.dayFrom]);
      tov.textContent = dayString(m.days[st.dayTo]);
    };
    const change = (which) => {
      st.dayFrom = +from.value;
      st.dayTo = +to.value;
      if (st.dayFrom > st.dayTo) {
        if (which === from) { st.dayTo = st.dayFrom; to.value = from.value; } else { st.dayFrom = st.dayTo; from.value = to.value; }
      }
      show();
      app.showWeight();
      app.refilter();
    };
    from.addEventListener("input", () => change(from));
    to.addEventListener("input", () => change(to));
    show();
  }

  // Focus box.
  $("focus-depth").addEventListener("change", () => {
    st.focusDepth = +$("focus-depth").value;
    app.refilter();
    app.fitVisible(true);
  });
  $("focus-exit").addEventListener("click", () => app.setFocus(-1));

  setupSearch(app);
  updateLegend(app);
}

// updateLegend shows the type colours, or the largest communities, as the
// colour mode asks.
function updateLegend(app) {
  const { m, st } = app;
  const byComm = st.colourBy === "community";
  $("legend-title").textContent = byComm ? "Types · communities" : "Types";
  for (const s of app.typeSwatches || []) s.classList.toggle("off", byComm);
  const list = $("communities");
  list.hidden = !byComm;
  list.replaceChildren();
  if (!byComm) return;
  let rest = 0, restCount = 0;
  m.commList.forEach(([c, size], r) => {
    if (r >= COMMUNITY_COLOURS) { rest += size; restCount++; return; }
    // Name a community after its most important member.
    let top = -1;
    for (let k = 0; k < m.N && top < 0; k++) if (m.comm[m.order[k]] === c) top = m.order[k];
    const sw = el("span", { className: "swatch" });
    sw.style.background = communityColour(r);
    list.append(el("li", { title: `community ${c}` }, sw, top >= 0 ? `around ${m.nodes[top].label}` : `community ${c}`, el("span", { className: "n", text: fmt(size) })));
  });
  if (restCount) {
    const sw = el("span", { className: "swatch" });
    sw.style.background = SMALL_COMMUNITY;
    list.append(el("li", null, sw, `${fmt(restCount)} smaller`, el("span", { className: "n", text: fmt(rest) })));
  }
}

// updateCounts writes "N nodes, M links" (what is visible) where the page
// and the tests read it.
function updateCounts(app) {
  const { m, st } = app;
  document.body.dataset.counts = `${st.nVisNodes} nodes, ${st.nVisLinks} links`;
  const all = st.nVisNodes === m.N && st.nVisLinks === m.M;
  $("counts").textContent = `${fmt(st.nVisNodes)} nodes · ${fmt(st.nVisLinks)} links` + (all ? "" : ` (of ${fmt(m.N)} · ${fmt(m.M)})`);
  $("empty").hidden = st.nVisNodes > 0;
}

// setupSearch wires the search box: completion over names and aliases,
// arrows to move in the list, Enter to choose, Escape to close.
function setupSearch(app) {
  const { m } = app;
  const input = $("search"), list = $("suggest");
  let results = [], active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const mark = () => {
    [...list.children].forEach((li, k) => li.setAttribute("aria-selected", k === active ? "true" : "false"));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", list.children[active].id);
      list.children[active].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const pick = (k) => {
    const r = results[k];
    if (!r) return;
    close();
    input.value = String(m.nodes[r.node].label);
    app.selectNode(r.node, { centre: true });
  };
  const update = () => {
    results = search(m, input.value, 12);
    list.replaceChildren(...results.map((r, k) => {
      const n = m.nodes[r.node];
      const sw = el("span", { className: "swatch" });
      sw.style.background = m.typeColour[m.type[r.node]];
      return el("li", {
        id: `suggest-${k}`, role: "option", "aria-selected": "false",
        onpointerdown: (e) => { e.preventDefault(); pick(k); },
      }, sw, String(n.label), r.alias ? el("span", { className: "alias", text: `“${r.text}”` }) : null,
      el("span", { className: "count", text: fmt(n.mentions || 0) }));
    }));
    active = results.length ? 0 : -1;
    list.hidden = !results.length;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    mark();
  };
  input.addEventListener("input", update);
  input.addEventListener("focus", () => { if (input.value) update(); });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (list.hidden) update();
      if (!results.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + results.length) % results.length;
      mark();
      e.preventDefault();
    } else if (e.key === "Enter") {
      if (list.hidden) update();
      pick(active >= 0 ? active : 0);
      e.preventDefault();
    } else if (e.key === "Escape") {
      if (!list.hidden) {
        close();
        e.preventDefault();
        e.stopPropagation();
      }
    }
  });
}
