// Package viewer writes a graph as one interactive HTML page that opens
// from a file, offline, in current browsers: the data, style and script
// inline, nothing fetched, no third-party code.
//
// A [Page] holds the nodes (with layout, community and centrality), the
// links (with their articles, relations and evidence sentences) and the
// articles; [Write] writes it. The layout, communities and centrality come
// from the caller (export.HTML takes them from graphstore's Graph.Layout).
//
// # The page
//
// The drawing uses WebGL where the browser draws it in hardware and the 2D
// canvas otherwise (?renderer=canvas or ?renderer=webgl in the address
// chooses): links batched into a few draw calls, the lightest left out
// while the view moves if frames get slow, nodes found under the pointer
// through a grid, labels placed most important first where they overlap no
// other label. Beside
// it: search with completion over names and aliases; type toggles with a
// legend; colour by type or by community; sliders for the minimum link
// weight and, when articles are dated, the period; a focus mode on one
// entity and its neighbours ([Page.Ego] opens in it); a panel with the
// details of the entity or link clicked, its articles and their evidence.
//
// # Contract with tests and scripts
//
// Once the first frame is drawn the page sets document.body.dataset.state
// to "ready" and dataset.counts to "N nodes, M links": the nodes and links
// visible, kept current as filters change. At the default filters that is
// every node and link of the page. window.nergraph offers select, focus,
// search, panBy, zoomBy, fit, labels (the boxes of the labels drawn) and
// stats (frames drawn, time spent drawing, and in stats.timing when each
// step of the load ended: script, data, model, ready).
//
// The tests drive the page in headless Chromium (through chromedp) and in
// headless Firefox (over WebDriver BiDi, with a small client of their own);
// each browser's tests skip when it is not installed.
//
// # Safety
//
// Names and titles are data: the script sets them as text, never as HTML;
// an article URL becomes a link only when it is http or https. The page's
// Content-Security-Policy lets only its own style and script (by hash) run
// and forbids every fetch.
package viewer
