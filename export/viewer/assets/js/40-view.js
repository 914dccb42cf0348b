// The view: world coordinates (the layout's) to screen coordinates (CSS
// pixels of the drawing area), screen = world * scale + t.

const BG = "#101318";
const MIN_ZOOM = 0.05, MAX_ZOOM = 400; // relative to the zoom that fits the whole graph

function newView() {
  return { scale: 1, tx: 0, ty: 0, base: 1, W: 1, H: 1, dpr: 1 };
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
  return clamp(Math.sqrt(v.scale / v.base), 0.6, 6);
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

// CanvasRenderer draws links and nodes with the 2D canvas: every link of
// one weight class in one path, every node of one colour in one path.
function CanvasRenderer(canvas) {
  const ctx = canvas.getContext("2d", { alpha: false });
  if (!ctx) return null;
  const LINK = "150,165,190";
  const CLASS_ALPHA = [0.13, 0.22, 0.36, 0.55];
  const CLASS_WIDTH = [0.6, 0.9, 1.4, 2.2];
  return {
    kind: "canvas",
    resize(v) {
      canvas.width = Math.max(1, Math.round(v.W * v.dpr));
      canvas.height = Math.max(1, Math.round(v.H * v.dpr));
    },
    draw(m, st, v, f) {
      const W = v.W, H = v.H, sx = f.sx, sy = f.sy, rp = f.rp;
      ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
      ctx.fillStyle = BG;
      ctx.fillRect(0, 0, W, H);
      // Links: culled when both ends lie beyond the same side.
      const hi = st.hiActive;
      const paths = hi ? [new Path2D()] : [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
      const vis = st.visLinks;
      for (let r = f.linkFrom; r < st.nVisLinks; r++) {
        const k = vis[r], s = m.ls[k], t = m.lt[k];
        const x0 = sx[s], y0 = sy[s], x1 = sx[t], y1 = sy[t];
        if ((x0 < 0 && x1 < 0) || (x0 > W && x1 > W) || (y0 < 0 && y1 < 0) || (y0 > H && y1 > H)) continue;
        const p = paths[hi ? 0 : m.lclass[k]];
        p.moveTo(x0, y0);
        p.lineTo(x1, y1);
      }
      if (hi) {
        ctx.strokeStyle = `rgba(${LINK},0.05)`;
        ctx.lineWidth = 0.6;
        ctx.stroke(paths[0]);
        for (const k of st.hiLinks) {
          ctx.strokeStyle = k === st.selLink ? "#ffd166" : "rgba(230,232,236,0.8)";
          ctx.lineWidth = CLASS_WIDTH[m.lclass[k]] + 0.8;
          ctx.beginPath();
          ctx.moveTo(sx[m.ls[k]], sy[m.ls[k]]);
          ctx.lineTo(sx[m.lt[k]], sy[m.lt[k]]);
          ctx.stroke();
        }
      } else {
        for (let c = 0; c < 4; c++) {
          ctx.strokeStyle = `rgba(${LINK},${CLASS_ALPHA[c]})`;
          ctx.lineWidth = CLASS_WIDTH[c];
          ctx.stroke(paths[c]);
        }
      }
      // Nodes, grouped by colour; the dimmed ones first when something is
      // highlighted.
      const P = st.palette.length;
      const fills = [], lit = [];
      for (let c = 0; c < P; c++) { fills.push(new Path2D()); lit.push(hi ? new Path2D() : null); }
      const outline = new Path2D();
      for (let r = m.N - 1; r >= 0; r--) {
        const i = m.order[r];
        if (!st.nodeVis[i]) continue;
        const x = sx[i], y = sy[i], rad = rp[i];
        if (x + rad < 0 || x - rad > W || y + rad < 0 || y - rad > H) continue;
        const p = hi && st.hiNode[i] ? lit[st.colourIdx[i]] : fills[st.colourIdx[i]];
        if (rad < 1.5) {
          p.rect(x - rad, y - rad, 2 * rad, 2 * rad);
        } else {
          p.moveTo(x + rad, y);
          p.arc(x, y, rad, 0, 2 * Math.PI);
          if (rad >= 4 && (!hi || st.hiNode[i])) {
            outline.moveTo(x + rad, y);
            outline.arc(x, y, rad, 0, 2 * Math.PI);
          }
        }
      }
      ctx.globalAlpha = hi ? 0.2 : 1;
      for (let c = 0; c < P; c++) {
        ctx.fillStyle = st.palette[c];
        ctx.fill(fills[c]);
      }
      ctx.globalAlpha = 1;
      if (hi) {
        for (let c = 0; c < P; c++) {
          ctx.fillStyle = st.palette[c];
          ctx.fill(lit[c]);
        }
      }
      ctx.strokeStyle = "rgba(0,0,0,0.6)";
      ctx.lineWidth = 1;
      ctx.stroke(outline);
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
