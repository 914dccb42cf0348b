// Pointer and keyboard on the drawing: drag to pan, wheel or pinch to
// zoom, hover to highlight, click to select; keys for the same.

// hitNode returns the visible node under the screen point, or -1: the
// nearest whose disc (plus 3 px) holds the point, found through the grid.
function hitNode(app, px, py) {
  const { m, st, v, f } = app;
  const wx = (px - v.tx) / v.scale, wy = (py - v.ty) / v.scale;
  const reach = (16 * nodeScale(v) + 4) / v.scale;
  let best = -1, bestD = Infinity;
  const test = (i) => {
    if (!st.nodeVis[i]) return;
    const dx = f.sx[i] - px, dy = f.sy[i] - py;
    const d = Math.hypot(dx, dy);
    if (d <= f.rp[i] + 3 && (d < bestD || (d === bestD && m.rank[i] < m.rank[best]))) { best = i; bestD = d; }
  };
  if (!gridVisit(m.grid, wx, wy, reach, test)) for (let i = 0; i < m.N; i++) test(i);
  return best;
}

// hitLink returns the visible link within 4 px of the screen point, the
// nearest (the heavier on a tie), or -1. A scan of the visible links: a
// click needs it once, and 50,000 distances take about a millisecond.
function hitLink(app, px, py) {
  const { m, st, f } = app;
  let best = -1, bestD = 4;
  for (let r = st.nVisLinks - 1; r >= 0; r--) {
    const k = st.visLinks[r];
    const x0 = f.sx[m.ls[k]], y0 = f.sy[m.ls[k]], x1 = f.sx[m.lt[k]], y1 = f.sy[m.lt[k]];
    if ((px < x0 - 4 && px < x1 - 4) || (px > x0 + 4 && px > x1 + 4) || (py < y0 - 4 && py < y1 - 4) || (py > y0 + 4 && py > y1 + 4)) continue;
    const dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? clamp(((px - x0) * dx + (py - y0) * dy) / len2, 0, 1) : 0;
    const d = Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
    if (d < bestD) { best = k; bestD = d; }
  }
  return best;
}

function setupPointer(app) {
  const canvas = app.canvas, tip = $("tip");
  const pointers = new Map();
  let drag = null, pinch = null;
  const pos = (e) => {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const setHover = (i, px, py) => {
    if (i !== app.st.hover) {
      app.st.hover = i;
      updateHighlight(app.m, app.st);
      app.requestDraw();
      canvas.classList.toggle("pointing", i >= 0);
    }
    if (i < 0) { tip.hidden = true; return; }
    const n = app.m.nodes[i];
    tip.textContent = `${n.label} · ${typeOne(n.type)} · ${fmt(n.mentions || 0)} mentions`;
    tip.hidden = false;
    const W = app.v.W, w = tip.offsetWidth;
    tip.style.left = `${Math.min(px + 14, W - w - 4)}px`;
    tip.style.top = `${py + 14}px`;
  };
  canvas.addEventListener("pointerdown", (e) => {
    canvas.setPointerCapture(e.pointerId);
    const [x, y] = pos(e);
    pointers.set(e.pointerId, [x, y]);
    if (pointers.size === 1) drag = { x, y, lx: x, ly: y, moved: false };
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = { d: Math.hypot(a[0] - b[0], a[1] - b[1]) };
      if (drag) drag.moved = true;
    }
  });
  canvas.addEventListener("pointermove", (e) => {
    const [x, y] = pos(e);
    if (pointers.has(e.pointerId)) pointers.set(e.pointerId, [x, y]);
    if (pinch && pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
      if (pinch.d > 0) app.zoomBy(d / pinch.d, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      pinch.d = d;
      return;
    }
    if (drag) {
      if (!drag.moved && Math.hypot(x - drag.x, y - drag.y) > 3) {
        drag.moved = true;
        canvas.classList.add("dragging");
        setHover(-1);
      }
      if (drag.moved) app.panBy(x - drag.lx, y - drag.ly);
      drag.lx = x; drag.ly = y;
      return;
    }
    if (e.pointerType === "mouse") setHover(hitNode(app, x, y), x, y);
  });
  const end = (e) => {
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = null;
    if (drag && pointers.size === 0) {
      if (!drag.moved && e.type === "pointerup") {
        const [x, y] = pos(e);
        const i = hitNode(app, x, y);
        if (i >= 0) app.selectNode(i, { centre: false });
        else {
          const k = hitLink(app, x, y);
          if (k >= 0) app.selectLink(k);
          else app.clearSelection();
        }
      }
      drag = null;
      canvas.classList.remove("dragging");
    }
  };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  canvas.addEventListener("pointerleave", () => { if (!drag) setHover(-1); });
  canvas.addEventListener("wheel", (e) => {
    e.preventDefault();
    const [x, y] = pos(e);
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    app.zoomBy(Math.exp(-e.deltaY * unit * 0.0015), x, y);
  }, { passive: false });
  canvas.addEventListener("dblclick", (e) => {
    const [x, y] = pos(e);
    app.zoomBy(2, x, y);
  });
  canvas.addEventListener("keydown", (e) => {
    const v = app.v;
    const step = 80;
    switch (e.key) {
      case "ArrowLeft": app.panBy(step, 0); break;
      case "ArrowRight": app.panBy(-step, 0); break;
      case "ArrowUp": app.panBy(0, step); break;
      case "ArrowDown": app.panBy(0, -step); break;
      case "+": case "=": app.zoomBy(1.25, v.W / 2, v.H / 2); break;
      case "-": case "_": app.zoomBy(0.8, v.W / 2, v.H / 2); break;
      case "0": app.fitVisible(true); break;
      default: return;
    }
    e.preventDefault();
  });
  // Keys for the whole page: "/" to search, Escape to close what is open.
  // The "/" that moves to the search box is not typed into it: its
  // keypress, should one still come (synthetic keyboards send it apart),
  // is dropped too.
  let swallow = false;
  document.addEventListener("keypress", (e) => {
    if (swallow && e.key === "/") e.preventDefault();
    swallow = false;
  }, true);
  document.addEventListener("keyup", () => { swallow = false; }, true);
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    const typing = t instanceof HTMLInputElement && (t.type === "search" || t.type === "text") || t instanceof HTMLTextAreaElement;
    if (e.key === "/" && !typing && !(t instanceof HTMLSelectElement)) {
      e.preventDefault();
      swallow = true;
      $("search").focus();
      $("search").select();
    } else if (e.key === "Escape") {
      if (!$("panel").hidden) app.clearSelection();
      else if (app.st.focus >= 0) app.setFocus(-1);
    }
  });
}
