// main: read the page's data, build the model, wire the controls, draw.
// When the first frame is drawn the body gets data-state="ready" and
// data-counts="N nodes, M links" (kept current as filters change), which
// the tests wait for. window.nergraph exposes a few calls for scripting and
// tests (select, focus, panBy, zoomBy, fit, labels, stats).

function main() {
  const body = document.body;
  // When each step of the load ended, on the page's clock (ms from the
  // start of navigation), for the benchmarks: the file read and parsed up
  // to the script, the data parsed, the model built, the first frame.
  const timing = { script: performance.now(), data: 0, model: 0, ready: 0 };
  let data;
  try {
    data = JSON.parse($("graph-data").textContent);
  } catch (e) {
    body.dataset.state = "error";
    $("empty").textContent = "This page's graph data cannot be read: " + e.message;
    $("empty").hidden = false;
    return;
  }
  timing.data = performance.now();
  const m = buildModel(data);
  timing.model = performance.now();
  const st = newState(m);
  const v = newView();
  const canvas = $("graph");
  const f = { sx: new Float32Array(m.N), sy: new Float32Array(m.N), rp: new Float32Array(m.N), linkFrom: 0 };
  const stats = { frames: 0, drawMs: 0, lastDrawMs: 0, links: 0, renderer: "", timing };
  const app = { m, st, v, f, canvas, stats };

  $("title").textContent = String(data.title || "nergraph");
  const sub = [data.corpus, data.filter].filter(Boolean).map(String).join(" · ");
  $("subtitle").textContent = sub;
  $("subtitle").hidden = !sub;
  if (data.title) document.title = String(data.title);

  // WebGL when it works, unless ?renderer=canvas; else the 2D canvas.
  // WebGL only where the browser draws it in hardware (software WebGL is
  // slower than the 2D canvas), unless ?renderer=webgl insists.
  const params = new URLSearchParams(location.search);
  const want = params.get("renderer");
  let renderer = null;
  if (want !== "canvas") renderer = WebGLRenderer(canvas, want !== "webgl");
  if (!renderer) renderer = CanvasRenderer(canvas, params.get("lod") !== "0");
  stats.renderer = renderer.kind;
  stats.scene = renderer.stats || null;
  body.dataset.renderer = renderer.kind;
  const labeller = Labeller($("labels"), m);

  // Level of detail in motion: while the view moves, only the heaviest
  // links are drawn, as many as keep frames under about 20 ms (the budget
  // shrinks after a slow frame and grows after a fast one); 160 ms after
  // the motion stops, one frame draws them all.
  // ?lod=0 always draws every link.
  const lod = { on: params.get("lod") !== "0", moving: false, budget: Infinity, last: 0, timer: 0 };
  const moved = () => {
    lod.moving = true;
    clearTimeout(lod.timer);
    lod.timer = setTimeout(() => { lod.moving = false; app.requestDraw(); }, 160);
  };
  let pending = false, ready = false, anim = null, lastLinks = 0;
  const frame = (now) => {
    pending = false;
    if (anim) moved();
    f.moving = lod.moving;
    if (lod.moving && lod.on) {
      if (lod.last) {
        const dt = now - lod.last;
        if (dt > 25) lod.budget = Math.max(2000, Math.min(lod.budget, st.nVisLinks) * 0.7);
        else if (dt < 19 && lod.budget < st.nVisLinks) lod.budget *= 1.2;
      }
      lod.last = now;
      f.linkFrom = Math.max(0, st.nVisLinks - Math.floor(lod.budget));
    } else {
      lod.last = 0;
      f.linkFrom = 0;
    }
    if (anim) {
      const t = clamp((now - anim.start) / anim.ms, 0, 1);
      const e = t * t * (3 - 2 * t);
      v.scale = anim.from.scale * Math.pow(anim.to.scale / anim.from.scale, e);
      // Interpolate the world point at the centre, so the motion is straight.
      const cx = anim.from.cx + (anim.to.cx - anim.from.cx) * e, cy = anim.from.cy + (anim.to.cy - anim.from.cy) * e;
      v.tx = v.W / 2 - cx * v.scale;
      v.ty = v.H / 2 - cy * v.scale;
      if (t < 1) app.requestDraw(); else anim = null;
    }
    const t0 = performance.now();
    project(m, st, v, f);
    f.linksDrawn = -1;
    renderer.draw(m, st, v, f);
    labeller.draw(m, st, v, f);
    if (renderer.ringsOnOverlay) drawRings($("labels").getContext("2d"), m, st, f);
    stats.lastDrawMs = performance.now() - t0;
    stats.drawMs += stats.lastDrawMs;
    stats.frames++;
    // Links in the picture: those the renderer drew, or for the canvas
    // those of the scene it copied.
    if (f.linksDrawn >= 0) lastLinks = f.linksDrawn;
    else if (renderer.kind !== "canvas") lastLinks = st.nVisLinks - f.linkFrom;
    stats.links += lastLinks;
    if (!ready) {
      ready = true;
      timing.ready = performance.now();
      body.dataset.readyMs = String(Math.round(timing.ready));
      body.dataset.state = "ready";
    }
  };
  app.requestDraw = () => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(frame);
    }
  };
  const centreOf = () => ({ scale: v.scale, cx: (v.W / 2 - v.tx) / v.scale, cy: (v.H / 2 - v.ty) / v.scale });
  // animateTo moves the view to `to` ({scale, cx, cy}) over a short time.
  const animateTo = (to) => {
    anim = { start: performance.now(), ms: 350, from: centreOf(), to };
    app.requestDraw();
  };
  app.panBy = (dx, dy) => { anim = null; v.tx += dx; v.ty += dy; moved(); app.requestDraw(); };
  app.zoomBy = (factor, px, py) => { anim = null; zoomAt(v, factor, px, py); moved(); app.requestDraw(); };
  app.fitVisible = (animate) => {
    const save = { scale: v.scale, tx: v.tx, ty: v.ty };
    fitView(m, v, (i) => st.nodeVis[i]);
    if (animate) {
      const to = centreOf();
      Object.assign(v, save);
      animateTo(to);
    } else app.requestDraw();
  };
  app.refilter = () => {
    applyFilters(m, st);
    updateCounts(app);
    if (!$("panel").hidden) {
      if (st.selNode >= 0) showNode(app, st.selNode);
      else if (st.selLink >= 0) showLink(app, st.selLink);
    }
    app.requestDraw();
  };
  app.selectNode = (i, opts) => {
    if (i < 0 || i >= m.N) return;
    // Make the chosen entity visible if only focus mode or its type hides it.
    if (!st.nodeVis[i]) {
      if (st.focus >= 0) st.focus = -1;
      if (!st.typeOn[m.type[i]]) {
        st.typeOn[m.type[i]] = true;
        app.typeBoxes[m.type[i]].checked = true;
      }
      applyFilters(m, st);
      updateCounts(app);
      showFocus();
    }
    st.selNode = i;
    st.selLink = -1;
    updateHighlight(m, st);
    showNode(app, i);
    if (opts && opts.centre) {
      const to = { scale: Math.max(v.scale, v.base * 2), cx: m.x[i], cy: m.y[i] };
      animateTo(to);
    }
    app.requestDraw();
  };
  app.selectLink = (k) => {
    if (k < 0 || k >= m.M) return;
    st.selLink = k;
    st.selNode = -1;
    updateHighlight(m, st);
    showLink(app, k);
    app.requestDraw();
  };
  app.clearSelection = () => {
    const hadFocus = $("panel").contains(document.activeElement);
    st.selNode = -1;
    st.selLink = -1;
    updateHighlight(m, st);
    $("panel").hidden = true;
    if (hadFocus) canvas.focus();
    app.requestDraw();
  };
  const showFocus = () => {
    $("focus-box").hidden = st.focus < 0;
    if (st.focus >= 0) $("focus-name").textContent = String(m.nodes[st.focus].label);
  };
  app.setFocus = (i) => {
    st.focus = i;
    applyFilters(m, st);
    updateCounts(app);
    showFocus();
    if (!$("panel").hidden && st.selNode >= 0) showNode(app, st.selNode);
    app.fitVisible(true);
  };

  setColours(m, st);
  setupControls(app);
  setupPointer(app);
  $("panel-close").addEventListener("click", () => app.clearSelection());

  // The ego of the page opens in focus mode.
  if (data.ego && m.idIndex.has(String(data.ego))) {
    st.focus = m.idIndex.get(String(data.ego));
    const depth = Math.max(1, Math.floor(+data.ego_depth || 1));
    const sel = $("focus-depth");
    if (![...sel.options].some((o) => +o.value === depth)) sel.append(el("option", { value: String(depth), text: String(depth) }));
    sel.value = String(depth);
    st.focusDepth = depth;
  }
  applyFilters(m, st);
  updateCounts(app);
  showFocus();

  // Size the canvases to the stage; keep the centre where it was.
  const stage = $("stage");
  let sized = false;
  const resize = () => {
    const W = Math.max(stage.clientWidth, 1), H = Math.max(stage.clientHeight, 1);
    v.dpr = Math.min(window.devicePixelRatio || 1, 2);
    if (sized) {
      v.tx += (W - v.W) / 2;
      v.ty += (H - v.H) / 2;
    }
    v.W = W; v.H = H;
    v.crowd = crowding(m, v);
    renderer.resize(v);
    labeller.resize(v);
    const keep = { scale: v.scale, tx: v.tx, ty: v.ty };
    v.base = fitView(m, v, null);
    if (sized) Object.assign(v, keep);
    else if (st.focus >= 0) fitView(m, v, (i) => st.nodeVis[i]);
    sized = true;
    app.requestDraw();
  };
  resize();
  new ResizeObserver(resize).observe(stage);

  window.nergraph = {
    page: data,
    select(name) {
      const r = m.idIndex.has(name) ? [{ node: m.idIndex.get(name) }] : search(m, name, 1);
      if (!r.length) return false;
      app.selectNode(r[0].node, { centre: true });
      return true;
    },
    focus(name) {
      const r = m.idIndex.has(name) ? [{ node: m.idIndex.get(name) }] : search(m, name, 1);
      app.setFocus(r.length ? r[0].node : -1);
    },
    search: (q, n) => search(m, q, n || 10).map((r) => ({ id: String(m.nodes[r.node].id), label: String(m.nodes[r.node].label), text: r.text })),
    panBy: app.panBy,
    zoomBy: app.zoomBy,
    fit: () => app.fitVisible(false),
    // redraw draws the whole scene again, as a change of filter would.
    redraw: () => { st.version++; app.requestDraw(); },
    labels: () => labeller.placed().map((p) => Object.assign(p, { label: String(m.nodes[p.node].label) })),
    view: () => ({ scale: v.scale, tx: v.tx, ty: v.ty, base: v.base, W: v.W, H: v.H }),
    // project gives where a node is drawn, in the page's CSS pixels.
    project(id) {
      const i = m.idIndex.get(id);
      if (i === undefined) return null;
      const r = canvas.getBoundingClientRect();
      const ns = nodeScale(v);
      return { x: r.left + m.x[i] * v.scale + v.tx, y: r.top + m.y[i] * v.scale + v.ty, r: m.radius[i] * ns, visible: !!st.nodeVis[i] };
    },
    // state tells what is selected, focused and highlighted, by id.
    state() {
      const id = (i) => (i >= 0 ? String(m.nodes[i].id) : null);
      const hi = [];
      if (st.hiActive) for (let i = 0; i < m.N; i++) if (st.hiNode[i]) hi.push(String(m.nodes[i].id));
      return {
        hover: id(st.hover), selected: id(st.selNode), focus: id(st.focus),
        link: st.selLink >= 0 ? [id(m.ls[st.selLink]), id(m.lt[st.selLink])] : null,
        highlighted: hi.sort(),
        counts: { nodes: st.nVisNodes, links: st.nVisLinks },
      };
    },
    stats,
  };
}

main();
