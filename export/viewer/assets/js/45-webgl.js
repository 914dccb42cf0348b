// WebGLRenderer draws links and nodes with WebGL 1: the vertices hold world
// coordinates and are uploaded only when the visible set or the colours
// change, so a pan or a zoom costs one uniform per draw call. Links are
// quads (WebGL's lines are one pixel wide at most on many systems), nodes
// are quads shaded as discs. It returns null when WebGL is not available
// (or, with hardwareOnly, only in software), and the page falls back on the
// 2D canvas.

const LINK_VS = `
attribute vec2 a_pos;
attribute vec2 a_other;
attribute vec2 a_sw;
attribute vec4 a_col;
uniform float u_s;
uniform vec2 u_t;
uniform vec2 u_size;
uniform float u_alpha;
varying vec4 v_col;
void main() {
  vec2 p = a_pos * u_s + u_t;
  vec2 q = a_other * u_s + u_t;
  vec2 d = q - p;
  float len = length(d);
  vec2 n = len > 0.0 ? vec2(-d.y, d.x) / len : vec2(0.0, 1.0);
  p += n * a_sw.x * a_sw.y * 0.5;
  vec2 c = p / u_size * 2.0 - 1.0;
  gl_Position = vec4(c.x, -c.y, 0.0, 1.0);
  v_col = vec4(a_col.rgb, a_col.a * u_alpha);
}`;

const LINK_FS = `
precision mediump float;
varying vec4 v_col;
void main() { gl_FragColor = v_col; }`;

const NODE_VS = `
attribute vec2 a_pos;
attribute vec2 a_corner;
attribute float a_r;
attribute vec4 a_col;
uniform float u_s;
uniform vec2 u_t;
uniform vec2 u_size;
uniform float u_ns;
uniform float u_alpha;
varying vec2 v_c;
varying vec4 v_col;
varying float v_r;
void main() {
  float r = a_r * u_ns + 1.0;
  vec2 p = a_pos * u_s + u_t + a_corner * r;
  vec2 c = p / u_size * 2.0 - 1.0;
  gl_Position = vec4(c.x, -c.y, 0.0, 1.0);
  v_c = a_corner;
  v_r = r;
  v_col = vec4(a_col.rgb, a_col.a * u_alpha);
}`;

const NODE_FS = `
precision mediump float;
varying vec2 v_c;
varying vec4 v_col;
varying float v_r;
void main() {
  float d = length(v_c) * v_r;
  float r = v_r - 1.0;
  float a = clamp(r + 0.5 - d, 0.0, 1.0);
  if (a <= 0.0) discard;
  vec3 c = v_col.rgb;
  if (r >= 4.0) c = mix(c, vec3(0.0), 0.6 * clamp(d - (r - 1.2), 0.0, 1.0));
  gl_FragColor = vec4(c, v_col.a * a);
}`;

const LINK_STRIDE = 28; // a_pos, a_other, a_sw: 6 floats; a_col: 4 bytes
const NODE_STRIDE = 24; // a_pos, a_corner, a_r: 5 floats; a_col: 4 bytes

function WebGLRenderer(canvas, hardwareOnly) {
  let gl = null;
  try {
    gl = canvas.getContext("webgl", { alpha: false, antialias: true, failIfMajorPerformanceCaveat: hardwareOnly });
  } catch (e) {
    gl = null;
  }
  if (!gl) return null;
  const compile = (type, src) => {
    const s = gl.createShader(type);
    gl.shaderSource(s, src);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error("shader: " + gl.getShaderInfoLog(s));
    return s;
  };
  const program = (vs, fs, attrs) => {
    const p = gl.createProgram();
    gl.attachShader(p, compile(gl.VERTEX_SHADER, vs));
    gl.attachShader(p, compile(gl.FRAGMENT_SHADER, fs));
    gl.linkProgram(p);
    if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error("program: " + gl.getProgramInfoLog(p));
    const u = {};
    for (const name of ["u_s", "u_t", "u_size", "u_alpha", "u_ns"]) u[name] = gl.getUniformLocation(p, name);
    const a = {};
    for (const name of attrs) a[name] = gl.getAttribLocation(p, name);
    return { p, u, a };
  };
  let lp, np;
  try {
    lp = program(LINK_VS, LINK_FS, ["a_pos", "a_other", "a_sw", "a_col"]);
    np = program(NODE_VS, NODE_FS, ["a_pos", "a_corner", "a_r", "a_col"]);
  } catch (e) {
    return null;
  }
  const buffers = { links: gl.createBuffer(), hiLinks: gl.createBuffer(), nodes: gl.createBuffer(), hiNodes: gl.createBuffer() };
  const counts = { links: 0, hiLinks: 0, nodes: 0, hiNodes: 0 };
  let builtVersion = -1, builtHi = -1;
  const CLASS_ALPHA = [0.13, 0.22, 0.36, 0.55];
  const CLASS_WIDTH = [0.6, 0.9, 1.4, 2.2];

  // linkVertices writes the 6 vertices of each link into a new buffer.
  const linkVertices = (m, list, n, colour) => {
    const buf = new ArrayBuffer(n * 6 * LINK_STRIDE);
    const f = new Float32Array(buf), b = new Uint8Array(buf);
    let o = 0;
    for (let r = 0; r < n; r++) {
      const k = list[r], s = m.ls[k], t = m.lt[k];
      const [cr, cg, cb, ca, w] = colour(k);
      const ends = [[s, t, 1], [s, t, -1], [t, s, -1], [s, t, -1], [t, s, -1], [t, s, 1]];
      for (const [a, z, side] of ends) {
        const fo = o / 4;
        f[fo] = m.x[a]; f[fo + 1] = m.y[a]; f[fo + 2] = m.x[z]; f[fo + 3] = m.y[z];
        f[fo + 4] = side; f[fo + 5] = w;
        b[o + 24] = cr; b[o + 25] = cg; b[o + 26] = cb; b[o + 27] = ca;
        o += LINK_STRIDE;
      }
    }
    return buf;
  };
  const CORNERS = [[-1, -1], [1, -1], [1, 1], [-1, -1], [1, 1], [-1, 1]];
  const nodeVertices = (m, list, rgb) => {
    const buf = new ArrayBuffer(list.length * 6 * NODE_STRIDE);
    const f = new Float32Array(buf), b = new Uint8Array(buf);
    let o = 0;
    for (const i of list) {
      const c = rgb[i];
      for (const [cx, cy] of CORNERS) {
        const fo = o / 4;
        f[fo] = m.x[i]; f[fo + 1] = m.y[i]; f[fo + 2] = cx; f[fo + 3] = cy; f[fo + 4] = m.radius[i];
        b[o + 20] = c[0]; b[o + 21] = c[1]; b[o + 22] = c[2]; b[o + 23] = 255;
        o += NODE_STRIDE;
      }
    }
    return buf;
  };
  const classColour = (m) => (k) => {
    const c = m.lclass[k], w = CLASS_WIDTH[c];
    // Below a pixel, a thinner line is a fainter one.
    return [150, 165, 190, Math.round(255 * CLASS_ALPHA[c] * Math.min(w, 1)), Math.max(w, 1)];
  };

  const rebuild = (m, st) => {
    const palette = st.palette.map((h) => hexRGB(h).map((v) => Math.round(v * 255)));
    const rgb = new Array(m.N);
    for (let i = 0; i < m.N; i++) rgb[i] = palette[st.colourIdx[i]];
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers.links);
    gl.bufferData(gl.ARRAY_BUFFER, linkVertices(m, st.visLinks, st.nVisLinks, classColour(m)), gl.STATIC_DRAW);
    counts.links = st.nVisLinks * 6;
    const list = [];
    for (let r = m.N - 1; r >= 0; r--) if (st.nodeVis[m.order[r]]) list.push(m.order[r]);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers.nodes);
    gl.bufferData(gl.ARRAY_BUFFER, nodeVertices(m, list, rgb), gl.STATIC_DRAW);
    counts.nodes = list.length * 6;
    return rgb;
  };
  let rgb = null;
  const rebuildHi = (m, st) => {
    const links = st.hiLinks;
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers.hiLinks);
    gl.bufferData(gl.ARRAY_BUFFER, linkVertices(m, links, links.length, (k) =>
      k === st.selLink ? [255, 209, 102, 255, CLASS_WIDTH[m.lclass[k]] + 1.2] : [230, 232, 236, 205, CLASS_WIDTH[m.lclass[k]] + 0.8]), gl.STATIC_DRAW);
    counts.hiLinks = links.length * 6;
    const list = [];
    if (st.hiActive) for (let r = m.N - 1; r >= 0; r--) if (st.hiNode[m.order[r]] && st.nodeVis[m.order[r]]) list.push(m.order[r]);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers.hiNodes);
    gl.bufferData(gl.ARRAY_BUFFER, nodeVertices(m, list, rgb), gl.STATIC_DRAW);
    counts.hiNodes = list.length * 6;
  };

  const bind = (prog, stride, layout) => {
    for (const [name, size, type, norm, offset] of layout) {
      const loc = prog.a[name];
      if (loc < 0) continue;
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, type, norm, stride, offset);
    }
  };
  const linkLayout = () => [["a_pos", 2, gl.FLOAT, false, 0], ["a_other", 2, gl.FLOAT, false, 8], ["a_sw", 2, gl.FLOAT, false, 16], ["a_col", 4, gl.UNSIGNED_BYTE, true, 24]];
  const nodeLayout = () => [["a_pos", 2, gl.FLOAT, false, 0], ["a_corner", 2, gl.FLOAT, false, 8], ["a_r", 1, gl.FLOAT, false, 16], ["a_col", 4, gl.UNSIGNED_BYTE, true, 20]];
  const drawSet = (prog, buffer, count, stride, layout, v, alpha, ns, first) => {
    if (count <= 0) return;
    gl.useProgram(prog.p);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    bind(prog, stride, layout);
    gl.uniform1f(prog.u.u_s, v.scale);
    gl.uniform2f(prog.u.u_t, v.tx, v.ty);
    gl.uniform2f(prog.u.u_size, v.W, v.H);
    gl.uniform1f(prog.u.u_alpha, alpha);
    if (prog.u.u_ns) gl.uniform1f(prog.u.u_ns, ns);
    gl.drawArrays(gl.TRIANGLES, first || 0, count);
  };
  const bg = hexRGB(BG);
  let lost = false;
  canvas.addEventListener("webglcontextlost", (e) => { e.preventDefault(); lost = true; });
  canvas.addEventListener("webglcontextrestored", () => { lost = false; builtVersion = builtHi = -1; });

  return {
    kind: "webgl",
    ringsOnOverlay: true,
    resize(v) {
      canvas.width = Math.max(1, Math.round(v.W * v.dpr));
      canvas.height = Math.max(1, Math.round(v.H * v.dpr));
    },
    draw(m, st, v, f) {
      if (lost) return;
      if (builtVersion !== st.version) { rgb = rebuild(m, st); builtVersion = st.version; builtHi = -1; }
      if (builtHi !== st.hiVersion) { rebuildHi(m, st); builtHi = st.hiVersion; }
      gl.viewport(0, 0, canvas.width, canvas.height);
      gl.clearColor(bg[0], bg[1], bg[2], 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
      const ns = nodeScale(v), hi = st.hiActive;
      // The buffer holds the links lightest first: in motion, the last
      // ones only (see the level of detail in main).
      drawSet(lp, buffers.links, counts.links - f.linkFrom * 6, LINK_STRIDE, linkLayout(), v, hi ? 0.3 : 1, ns, f.linkFrom * 6);
      if (hi) drawSet(lp, buffers.hiLinks, counts.hiLinks, LINK_STRIDE, linkLayout(), v, 1, ns);
      drawSet(np, buffers.nodes, counts.nodes, NODE_STRIDE, nodeLayout(), v, hi ? 0.2 : 1, ns);
      if (hi) drawSet(np, buffers.hiNodes, counts.hiNodes, NODE_STRIDE, nodeLayout(), v, 1, ns);
    },
  };
}
