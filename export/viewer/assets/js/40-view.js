// The view: world coordinates (the layout's) to screen coordinates (CSS
// pixels of the drawing area), screen = world * scale + t.

const BG = "#101318";
const MIN_ZOOM = 0.05, MAX_ZOOM = 400; // relative to the zoom that fits the whole graph

function newView() {
  return { scale: 1, tx: 0, ty: 0, base: 1, W: 1, H: 1, dpr: 1, crowd: 1 };
}

// crowding is how much to shrink every disc so that, at the zoom that fits
// the whole graph, the discs cover at most an eighth of the window: a
// graph of thousands of entities would otherwise be one blot.
function crowding(m, v) {
  let area = 0;
  for (let i = 0; i < m.N; i++) area += Math.PI * m.radius[i] * m.radius[i];
  return area > 0 ? clamp(Math.sqrt((v.W * v.H) / 8 / area), 0.3, 1) : 1;
}

// fitView frames the nodes for which keep(i) is true (all when keep is
// null), with a margin. It returns the scale it chose.
function fitView(m, v, keep) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < m.N; i++) {
    if (keep && !keep(i)) continue;
    x0 = Math.min(x0, m.x[i]); x1 = Math.max(x1, m.x[i]);
    y0 = Math.min(y0, m.y[i]); y1 = Math.max(y1, m.y[i]);
  }
  if (x0 > x1) { x0 = y0 = -1; x1 = y1 = 1; }
  const pad = Math.min(60, Math.min(v.W, v.H) * 0.08);
  const w = Math.max(x1 - x0, 1e-9), h = Math.max(y1 - y0, 1e-9);
  let scale = Math.min((v.W - 2 * pad) / w, (v.H - 2 * pad) / h);
  if (x1 - x0 < 1e-9 && y1 - y0 < 1e-9) scale = v.base; // one point: keep the zoom
  if (!Number.isFinite(scale) || scale <= 0) scale = 1;
  v.scale = scale;
  v.tx = v.W / 2 - ((x0 + x1) / 2) * scale;
  v.ty = v.H / 2 - ((y0 + y1) / 2) * scale;
  return scale;
}

// zoomAt zooms by factor keeping the screen point (px, py) still.
function zoomAt(v, factor, px, py) {
  const s = clamp(v.scale * factor, v.base * MIN_ZOOM, v.base * MAX_ZOOM);
  const f = s / v.scale;
  v.tx = px - (px - v.tx) * f;
  v.ty = py - (py - v.ty) * f;
  v.scale = s;
}

// nodeScale is how much node discs grow with the zoom: slower than the
// distances between them, so zooming in separates crowded nodes.
function nodeScale(v) {
  return v.crowd * clamp(Math.sqrt(v.scale / v.base), 0.6, 6);
}

// project computes the screen position and radius of every visible node.
function project(m, st, v, f) {
  const ns = nodeScale(v);
  for (let i = 0; i < m.N; i++) {
    if (!st.nodeVis[i]) continue;
    f.sx[i] = m.x[i] * v.scale + v.tx;
    f.sy[i] = m.y[i] * v.scale + v.ty;
    f.rp[i] = m.radius[i] * ns;
  }
}

// CanvasRenderer draws links and nodes with the 2D canvas, where every
// frame is drawn by the processor: links of one weight class in one path,
// nodes as copies of small bitmaps of their discs.
//
// The scene (links and nodes) is drawn into a cache a margin larger than
// the window, and the window shows a copy of it: panning moves the copy,
// zooming scales it, and the scene is drawn again only when the copy no
// longer covers the window, is scaled too far, or when the visible set or
// the colours change. A highlight is drawn over the copy (the rest dimmed
// by a veil), so hovering redraws only the few highlighted things. When
// the scene must be drawn while the view moves, it draws only as many of
// the heaviest links, as hairlines, as keep that under about 30 ms, and
// the whole scene once the view rests.
function CanvasRenderer(canvas, lodOn) {
  const ctx = canvas.getContext("2d", { alpha: false });
  if (!ctx) return null;
  // sprite returns the bitmap of a disc of a colour and radius (rounded to
  // a quarter pixel), drawn at the screen's resolution, with a dark rim on
  // the larger ones.
  const sprites = new Map();
  const sprite = (colour, rad, dpr) => {
    const q = Math.max(0.75, Math.round(rad * 4) / 4);
    const key = colour + q;
    let sp = sprites.get(key);
    if (sp && sp.dpr === dpr) return sp;
    if (sprites.size > 4000) sprites.clear();
    const half = q + 1;
    const px = Math.ceil(2 * half * dpr);
    const c = document.createElement("canvas");
    c.width = c.height = px;
    const g = c.getContext("2d");
    g.scale(px / (2 * half), px / (2 * half));
    g.beginPath();
    g.arc(half, half, q, 0, 2 * Math.PI);
    g.fillStyle = colour;
    g.fill();
    if (q >= 4) {
      g.strokeStyle = "rgba(0,0,0,0.6)";
      g.lineWidth = 1;
      g.stroke();
    }
    sp = { c, half, size: 2 * half, dpr };
    sprites.set(key, sp);
    return sp;
  };
  const LINK = "150,165,190";
  const CLASS_ALPHA = [0.13, 0.22, 0.36, 0.55];
  const CLASS_WIDTH = [0.6, 0.9, 1.4, 2.2];

  // drawNodes copies the disc of each node for which want(i) holds, least
  // important first so that the important ones end on top.
  const drawNodes = (g, m, st, p, W, H, dpr, want) => {
    for (let r = m.N - 1; r >= 0; r--) {
      const i = m.order[r];
      if (!st.nodeVis[i] || !want(i)) continue;
      const x = p.sx[i], y = p.sy[i], rad = p.rp[i];
      if (!(rad > 0) || x + rad < 0 || x - rad > W || y + rad < 0 || y - rad > H) continue;
      const sp = sprite(st.palette[st.colourIdx[i]], rad, dpr);
      g.drawImage(sp.c, Math.round((x - sp.half) * dpr) / dpr, Math.round((y - sp.half) * dpr) / dpr, sp.size, sp.size);
    }
  };

  // drawScene draws the visible links from index `from` of the visible
  // list (lightest first) and every visible node, for the view cv.
  const drawScene = (g, m, st, cv, p, from, hair) => {
    const W = cv.W, H = cv.H, sx = p.sx, sy = p.sy;
    g.setTransform(cv.dpr, 0, 0, cv.dpr, 0, 0);
    g.fillStyle = BG;
    g.fillRect(0, 0, W, H);
    // Links, culled when both ends lie beyond the same side.
    const paths = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
    const vis = st.visLinks;
    for (let r = from; r < st.nVisLinks; r++) {
      const k = vis[r], s = m.ls[k], t = m.lt[k];
      const x0 = sx[s], y0 = sy[s], x1 = sx[t], y1 = sy[t];
      if ((x0 < 0 && x1 < 0) || (x0 > W && x1 > W) || (y0 < 0 && y1 < 0) || (y0 > H && y1 > H)) continue;
      const path = paths[m.lclass[k]];
      path.moveTo(x0, y0);
      path.lineTo(x1, y1);
    }
    for (let c = 0; c < 4; c++) {
      // A hairline is far cheaper to draw than a wider line: in motion
      // every class is one, with the opacity the width would have given.
      const w = hair ? Math.min(1, CLASS_WIDTH[c]) : CLASS_WIDTH[c];
      g.strokeStyle = `rgba(${LINK},${hair ? Math.min(1, CLASS_ALPHA[c] * CLASS_WIDTH[c]) : CLASS_ALPHA[c]})`;
      g.lineWidth = w;
      g.stroke(paths[c]);
    }
    drawNodes(g, m, st, p, W, H, cv.dpr, () => true);
  };

  const cache = { c: document.createElement("canvas"), key: "", scale: 1, tx: 0, ty: 0, mx: 0, my: 0, full: false };
  const cg = cache.c.getContext("2d", { alpha: false });
  let p = null; // projection for the cache's view
  let budget = Infinity; // links drawn when the scene is drawn in motion
  const stats = { renders: 0, renderMs: 0 };

  const render = (m, st, v, moving) => {
    // A margin of 30% each side, less when the cache would pass 12
    // million pixels.
    let mx = Math.round(v.W * 0.3), my = Math.round(v.H * 0.3);
    const px = (v.W + 2 * mx) * (v.H + 2 * my) * v.dpr * v.dpr;
    if (px > 12e6) {
      const f = Math.sqrt(12e6 / (v.W * v.H * v.dpr * v.dpr));
      mx = Math.max(0, Math.floor(((f - 1) * v.W) / 2));
      my = Math.max(0, Math.floor(((f - 1) * v.H) / 2));
    }
    const cw = Math.round((v.W + 2 * mx) * v.dpr), ch = Math.round((v.H + 2 * my) * v.dpr);
    if (cache.c.width !== cw || cache.c.height !== ch) {
      cache.c.width = cw;
      cache.c.height = ch;
    }
    if (!p || p.sx.length !== m.N) p = { sx: new Float32Array(m.N), sy: new Float32Array(m.N), rp: new Float32Array(m.N) };
    const cv = { scale: v.scale, tx: v.tx + mx, ty: v.ty + my, W: v.W + 2 * mx, H: v.H + 2 * my, dpr: v.dpr, base: v.base, crowd: v.crowd };
    project(m, st, cv, p);
    const from = moving && lodOn ? Math.max(0, st.nVisLinks - Math.floor(budget)) : 0;
    const t0 = performance.now();
    drawScene(cg, m, st, cv, p, from, moving);
    const dt = performance.now() - t0;
    if (moving) {
      if (dt > 30) budget = Math.max(2000, Math.min(budget, st.nVisLinks) * 0.6);
      else if (dt < 12 && budget < st.nVisLinks) budget *= 1.3;
    }
    stats.renders++;
    stats.renderMs += dt;
    Object.assign(cache, { scale: v.scale, tx: v.tx, ty: v.ty, mx, my, full: !moving });
    return st.nVisLinks - from;
  };

  return {
    kind: "canvas",
    stats,
    resize(v) {
      canvas.width = Math.max(1, Math.round(v.W * v.dpr));
      canvas.height = Math.max(1, Math.round(v.H * v.dpr));
      cache.key = "";
    },
    // draw returns how many links the scene shows.
    draw(m, st, v, f) {
      const key = `${st.version}/${v.dpr}/${v.W}x${v.H}`;
      let k = v.scale / cache.scale;
      let ok = cache.key === key && (cache.full || f.moving);
      if (ok) {
        // Where the cache would land, in CSS pixels.
        const ox = (-cache.mx - cache.tx) * k + v.tx, oy = (-cache.my - cache.ty) * k + v.ty;
        const ow = (v.W + 2 * cache.mx) * k, oh = (v.H + 2 * cache.my) * k;
        const covers = ox <= 0.5 && oy <= 0.5 && ox + ow >= v.W - 0.5 && oy + oh >= v.H - 0.5;
        ok = covers && (Math.abs(k - 1) < 1e-9 || (f.moving && k > 0.5 && k < 2));
      }
      if (!ok) {
        f.linksDrawn = render(m, st, v, f.moving);
        cache.key = key;
        k = 1;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const d = v.dpr;
      const ox = ((-cache.mx - cache.tx) * k + v.tx) * d, oy = ((-cache.my - cache.ty) * k + v.ty) * d;
      if (Math.abs(k - 1) < 1e-9) {
        ctx.drawImage(cache.c, Math.round(ox), Math.round(oy));
      } else {
        ctx.fillStyle = BG;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(cache.c, ox, oy, cache.c.width * k, cache.c.height * k);
      }
      ctx.setTransform(d, 0, 0, d, 0, 0);
      if (st.hiActive) {
        // The veil dims everything; the highlighted links and nodes are
        // drawn again above it.
        ctx.fillStyle = "rgba(16,19,24,0.8)";
        ctx.fillRect(0, 0, v.W, v.H);
        for (const lk of st.hiLinks) {
          ctx.strokeStyle = lk === st.selLink ? "#ffd166" : "rgba(230,232,236,0.8)";
          ctx.lineWidth = CLASS_WIDTH[m.lclass[lk]] + 0.8;
          ctx.beginPath();
          ctx.moveTo(f.sx[m.ls[lk]], f.sy[m.ls[lk]]);
          ctx.lineTo(f.sx[m.lt[lk]], f.sy[m.lt[lk]]);
          ctx.stroke();
        }
        drawNodes(ctx, m, st, f, v.W, v.H, d, (i) => st.hiNode[i] > 0);
      }
      drawRings(ctx, m, st, f);
    },
  };
}

// drawRings marks the focus centre, the selection and the hovered node.
function drawRings(ctx, m, st, f) {
  const ring = (i, colour, width, gap) => {
    if (i < 0 || !st.nodeVis[i]) return;
    ctx.beginPath();
    ctx.arc(f.sx[i], f.sy[i], f.rp[i] + gap, 0, 2 * Math.PI);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  };
  ring(st.focus, "#ffd166", 3, 4);
  ring(st.selNode, "#ffffff", 2, 2);
  ring(st.hover, "rgba(255,255,255,0.7)", 1.5, 2);
}
