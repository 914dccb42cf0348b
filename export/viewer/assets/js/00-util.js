// Small helpers shared by the other parts. Everything here runs inside one
// function scope (see write.go), so nothing leaks into the page's globals but
// window.nergraph.

const DAY_MS = 86400000;

// el builds an element: el("a", {href: u, className: "x"}, "text", child).
// Text is always set as text, never parsed as HTML.
function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) {
    for (const k in props) {
      const v = props[k];
      if (v === undefined || v === null || v === false) continue;
      if (k === "className") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k in e && typeof v !== "string") e[k] = v;
      else e.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

const numberFormat = new Intl.NumberFormat("en");
function fmt(n) { return numberFormat.format(n); }

// parseDay returns the day of a date string ("2024-01-31" or an RFC 3339
// time) as days since 1970-01-01, or NaN when it has none.
function parseDay(s) {
  if (!s) return NaN;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS;
}

function dayString(d) {
  return new Date(d * DAY_MS).toISOString().slice(0, 10);
}

// safeURL returns u when it is an http or https address, else "": an
// article's URL comes from the input and must not run script when clicked.
function safeURL(u) {
  if (!u) return "";
  try {
    const p = new URL(u);
    return p.protocol === "http:" || p.protocol === "https:" ? p.href : "";
  } catch (e) {
    return "";
  }
}

// fold lowercases and strips accents, so that "zurich" finds "Zürich".
function fold(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

function clamp(v, lo, hi) { return v < lo ? lo : v > hi ? hi : v; }

// hexRGB turns "#RRGGBB" into [r, g, b] in 0..1.
function hexRGB(h) {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16 & 255) / 255, (n >> 8 & 255) / 255, (n & 255) / 255];
}

function rgbHex(r, g, b) {
  const c = (v) => Math.round(clamp(v, 0, 1) * 255).toString(16).padStart(2, "0");
  return "#" + c(r) + c(g) + c(b);
}

// hslHex converts hue (degrees), saturation and lightness (0..1) to "#RRGGBB".
function hslHex(h, s, l) {
  const a = s * Math.min(l, 1 - l);
  const f = (n) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return rgbHex(f(0), f(8), f(4));
}
