// Labels, on a 2D canvas above the drawing. Each frame they are placed
// most important node first, each where it overlaps no label already
// placed (right of its node, else left, above, below), until the screen
// has its share: so labels never pile up, and zooming in reveals the names
// of less important nodes as space opens around them.

const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const LABEL_CELL = 64; // px, the collision grid's cell
const LABEL_MAX_CHARS = 40;

function Labeller(canvas, m) {
  const ctx = canvas.getContext("2d");
  // Text width at the node's font size, plain and bold.
  const widths = [new Float32Array(m.N).fill(-1), new Float32Array(m.N).fill(-1)];
  const texts = new Array(m.N);
  const text = (i) => {
    if (texts[i] === undefined) {
      const s = String(m.nodes[i].label || m.nodes[i].id).replace(/\s+/g, " ");
      texts[i] = s.length > LABEL_MAX_CHARS ? s.slice(0, LABEL_MAX_CHARS - 1) + "…" : s;
    }
    return texts[i];
  };
  const width = (i, size, strong) => {
    const ws = widths[strong ? 1 : 0];
    if (ws[i] < 0) {
      ctx.font = `${strong ? "600 " : ""}${m.fontSize[i]}px ${LABEL_FONT}`;
      ws[i] = ctx.measureText(text(i)).width;
    }
    return (ws[i] * size) / m.fontSize[i];
  };
  // strong labels are those of the focus and of the highlight's centre.
  const strong = (st, i) => i === st.focus || st.hiNode[i] === 2;
  // Each label is drawn once into a small bitmap, outline and all, and
  // then copied each frame: outlined text is slow to draw, a copy is not.
  const sprites = new Map();
  const sprite = (i, size, bold, dpr) => {
    const key = i * 64 + size * 2 + (bold ? 1 : 0);
    let sp = sprites.get(key);
    if (sp && sp.dpr === dpr) return sp;
    if (sprites.size > 3000) sprites.clear();
    const w = width(i, size, bold) + 4, h = size + 4;
    const c = document.createElement("canvas");
    c.width = Math.ceil(w * dpr);
    c.height = Math.ceil(h * dpr);
    const g = c.getContext("2d");
    g.scale(dpr, dpr);
    g.font = `${bold ? "600 " : ""}${size}px ${LABEL_FONT}`;
    g.textBaseline = "middle";
    g.lineJoin = "round";
    g.lineWidth = 3;
    g.strokeStyle = "rgba(10,12,16,0.9)";
    g.strokeText(text(i), 2, h / 2);
    g.fillStyle = bold ? "#ffffff" : "#dfe3ea";
    g.fillText(text(i), 2, h / 2);
    sp = { c, w: c.width / dpr, h: c.height / dpr, dpr };
    sprites.set(key, sp);
    return sp;
  };
  let placed = [];
  return {
    resize(v) {
      canvas.width = Math.max(1, Math.round(v.W * v.dpr));
      canvas.height = Math.max(1, Math.round(v.H * v.dpr));
    },
    // placed returns the labels of the last frame as {node, x, y, w, h}
    // boxes in CSS pixels.
    placed() { return placed.map((p) => ({ node: p.i, x: p.x, y: p.y, w: p.w, h: p.h })); },
    draw(m, st, v, f) {
      const W = v.W, H = v.H;
      ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
      ctx.clearRect(0, 0, W, H);
      placed = [];
      if (!m.N) return;
      const cols = Math.ceil(W / LABEL_CELL) + 1, rows = Math.ceil(H / LABEL_CELL) + 1;
      const cells = new Array(cols * rows);
      const budget = clamp(Math.round((W * H) / 10000), 12, 300);
      const fits = (x, y, w, h) => {
        if (x < 2 || y < 2 || x + w > W - 2 || y + h > H - 2) return false;
        const a = Math.floor(x / LABEL_CELL), b = Math.floor((x + w) / LABEL_CELL);
        const c = Math.floor(y / LABEL_CELL), d = Math.floor((y + h) / LABEL_CELL);
        for (let cy = c; cy <= d; cy++) {
          for (let cx = a; cx <= b; cx++) {
            const list = cells[cy * cols + cx];
            if (!list) continue;
            for (const p of list) {
              if (x < p.x + p.w && p.x < x + w && y < p.y + p.h && p.y < y + h) return false;
            }
          }
        }
        return true;
      };
      const add = (p) => {
        placed.push(p);
        const a = Math.floor(p.x / LABEL_CELL), b = Math.floor((p.x + p.w) / LABEL_CELL);
        const c = Math.floor(p.y / LABEL_CELL), d = Math.floor((p.y + p.h) / LABEL_CELL);
        for (let cy = Math.max(c, 0); cy <= Math.min(d, rows - 1); cy++) {
          for (let cx = Math.max(a, 0); cx <= Math.min(b, cols - 1); cx++) {
            (cells[cy * cols + cx] ||= []).push(p);
          }
        }
      };
      const done = new Uint8Array(m.N);
      const tryPlace = (i, force) => {
        if (done[i] || !st.nodeVis[i]) return;
        const x = f.sx[i], y = f.sy[i], r = f.rp[i];
        if (x < -r || x > W + r || y < -r || y > H + r) return;
        done[i] = 1;
        const bold = strong(st, i);
        const size = m.fontSize[i] + (bold ? 2 : 0);
        const w = width(i, size, bold) + 4, h = size + 4;
        const spots = [
          [x + r + 2, y - h / 2], [x - r - 2 - w, y - h / 2],
          [x - w / 2, y - r - 2 - h], [x - w / 2, y + r + 2],
        ];
        for (const [lx, ly] of spots) {
          if (fits(lx, ly, w, h)) { add({ i, x: lx, y: ly, w, h, size }); return; }
        }
        if (force) {
          const [lx, ly] = spots[0];
          add({ i, x: clamp(lx, 2, Math.max(2, W - w - 2)), y: clamp(ly, 2, Math.max(2, H - h - 2)), w, h, size });
        }
      };
      // What the user points at first, always; then the highlighted
      // neighbours; then everything else by importance.
      for (const i of [st.hover, st.selNode, st.focus]) if (i >= 0) tryPlace(i, true);
      if (st.selLink >= 0 && st.linkVis[st.selLink]) {
        tryPlace(m.ls[st.selLink], true);
        tryPlace(m.lt[st.selLink], true);
      }
      let checked = 0;
      for (let r = 0; r < m.N && placed.length < budget && checked < 6000; r++) {
        const i = m.order[r];
        if (st.hiActive && !st.hiNode[i]) continue;
        if (!st.nodeVis[i]) continue;
        checked++;
        tryPlace(i, false);
      }
      for (const p of placed) {
        const sp = sprite(p.i, p.size, strong(st, p.i), v.dpr);
        ctx.drawImage(sp.c, p.x, p.y, sp.w, sp.h);
      }
    },
  };
}
