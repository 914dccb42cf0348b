package viewer_test

import (
	"bytes"
	"fmt"
	"image"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/internal/testenv"
)

// The page in Firefox, driven over WebDriver BiDi: the checks of the
// Chromium tests that matter most (ready, counts, no errors, search, a
// drawing that is not blank, the date slider, pointer and wheel, hostile
// names, labels that never overlap) and the benchmarks.

// WebDriver's key codes of the keys the tests press.
const (
	ffEnter  = "\uE007"
	ffEscape = "\uE00C"
	ffLeft   = "\uE012"
	ffRight  = "\uE014"
)

// checkDrawn fails when the drawing area of a screenshot is nearly one
// colour.
func (tb *ffTab) checkDrawn(t testing.TB) {
	t.Helper()
	_, img := tb.screenshot(t)
	r := ffEval[struct{ X, Y, W, H float64 }](t, tb, `(() => { const r = document.getElementById("stage").getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; })()`)
	checkDrawn(t, img, image.Rect(int(r.X), int(r.Y), int(r.X+r.W), int(r.Y+r.H)))
}

// ffCheckSearch types query with the keyboard, checks that the first
// suggestion is the entity wantID, chooses it with Enter, and checks that
// the panel shows it with the articles it shares with its neighbours.
func ffCheckSearch(t *testing.T, tb *ffTab, nl nodeLink, query, wantID string) {
	t.Helper()
	tb.keys(t, "/")
	tb.waitFor(t, `document.activeElement === document.getElementById("search")`, 5*time.Second)
	tb.keys(t, query)
	if got := ffEval[string](t, tb, `document.getElementById("search").value`); got != query {
		t.Fatalf("search box holds %q after typing %q", got, query)
	}
	var wantLabel string
	for _, n := range nl.Nodes {
		if n.ID == wantID {
			wantLabel = n.Label
		}
	}
	if wantLabel == "" {
		t.Fatalf("no node %s in the graph", wantID)
	}
	first := ffEval[string](t, tb, `(document.querySelector("#suggest li") || {}).textContent || ""`)
	if !strings.HasPrefix(first, wantLabel) {
		t.Errorf("first suggestion for %q is %q, want %q", query, first, wantLabel)
	}
	tb.keys(t, ffEnter)
	tb.waitFor(t, `!document.getElementById("panel").hidden`, 5*time.Second)
	if got := ffEval[string](t, tb, `document.getElementById("panel-title").textContent`); got != wantLabel {
		t.Errorf("panel title %q, want %q", got, wantLabel)
	}
	if st := ffEval[pageState](t, tb, `nergraph.state()`); st.Selected == nil || *st.Selected != wantID {
		t.Errorf("selected %v, want %s", st.Selected, wantID)
	}
	want := map[string]bool{}
	for _, l := range nl.Links {
		if l.Source == wantID || l.Target == wantID {
			for _, a := range l.Articles {
				want[a] = true
			}
		}
	}
	got := ffEval[[]string](t, tb, `[...document.querySelectorAll("#panel-articles > li")].map((li) => li.dataset.article)`)
	if len(got) != min(len(want), 20) {
		t.Errorf("panel lists %d articles %q, want %d of %d", len(got), got, min(len(want), 20), len(want))
	}
	for _, a := range got {
		if !want[a] {
			t.Errorf("panel lists article %q, which no link of %s cites", a, wantID)
		}
	}
}

// TestFirefox opens the graph of testdata/articles in Firefox in each
// renderer: ready, the counts of the JSON export, a drawing, no error; then
// searches "Putin".
func TestFirefox(t *testing.T) {
	b := ffBrowser(t)
	g := buildGraph(t, nil, testdataArticles)
	nl := jsonExport(t, g)
	html := exportBytes(t, export.HTML{About: export.About{Title: "testdata/articles"}}, g)
	all := counts(len(nl.Nodes), len(nl.Links))

	for _, r := range append(renderers, struct{ name, query string }{"default", ""}) {
		t.Run(r.name, func(t *testing.T) {
			tb := ffOpenPage(t, b, html, r.query)
			if got := ffEval[string](t, tb, `document.body.dataset.renderer`); got != r.name {
				t.Logf("renderer %s asked, %s used", r.name, got)
			}
			if got := ffEval[string](t, tb, `document.body.dataset.counts`); got != all {
				t.Errorf("counts %q, JSON export has %q", got, all)
			}
			tb.checkDrawn(t)
			tb.checkConsole(t)
		})
	}

	t.Run("dates", func(t *testing.T) {
		tb := ffOpenPage(t, b, html, "")
		want, to := lastDayDropped(t, nl)
		// One step left on the end of the range, from the keyboard.
		ffEval[bool](t, tb, `(document.getElementById("date-to").focus(), true)`)
		tb.keys(t, ffLeft)
		tb.waitFor(t, `document.body.dataset.counts === `+jsString(want), 5*time.Second)
		if got := ffEval[string](t, tb, `document.getElementById("date-to-value").textContent`); got != to {
			t.Errorf("date shown %q, want %q", got, to)
		}
		tb.keys(t, ffRight)
		tb.waitFor(t, `document.body.dataset.counts === `+jsString(all), 5*time.Second)
		tb.checkConsole(t)
	})

	t.Run("pointer", func(t *testing.T) {
		tb := ffOpenPage(t, b, html, "")
		// Hovering the entity with the most links highlights its neighbours.
		hub, want := hubOf(nl)
		p := ffEval[point](t, tb, `nergraph.project(`+jsString(hub)+`)`)
		tb.pointer(t, map[string]any{"type": "pointerMove", "x": int(math.Round(p.X)), "y": int(math.Round(p.Y))})
		tb.waitFor(t, `nergraph.state().hover === `+jsString(hub), 5*time.Second)
		if got := ffEval[pageState](t, tb, `nergraph.state()`).Highlighted; !slices.Equal(got, want) {
			t.Errorf("hovering %s highlights %q, want %q", hub, got, want)
		}
		// A click selects it.
		tb.pointer(t, map[string]any{"type": "pointerDown", "button": 0}, map[string]any{"type": "pointerUp", "button": 0})
		tb.waitFor(t, `nergraph.state().selected === `+jsString(hub), 5*time.Second)
		// The wheel zooms in around the pointer.
		before := ffEval[float64](t, tb, `nergraph.view().scale`)
		tb.wheel(t, int(math.Round(p.X)), int(math.Round(p.Y)), -300)
		tb.waitFor(t, `nergraph.view().scale > `+fmt.Sprint(before*1.2), 5*time.Second)
		tb.checkConsole(t)
	})

	t.Run("search", func(t *testing.T) {
		tb := ffOpenPage(t, b, html, "")
		ffCheckSearch(t, tb, nl, "Putin", "person:vladimir-putin")
		tb.keys(t, ffEscape)
		tb.waitFor(t, `document.getElementById("panel").hidden`, 5*time.Second)
		tb.checkConsole(t)
	})
}

// TestFirefoxSeed is the acceptance test on the seed article in Firefox:
// counts equal the JSON export's, and searching "Putin" selects Vladimir
// Putin with the seed article in the panel.
func TestFirefoxSeed(t *testing.T) {
	path := testenv.Shared(t, "seed/kim-putin-letters.txt")
	b := ffBrowser(t)
	g := buildGraph(t, nil, path)
	nl := jsonExport(t, g)
	if len(nl.Graph.Articles) != 1 {
		t.Fatalf("seed graph has %d articles, want 1", len(nl.Graph.Articles))
	}
	tb := ffOpenPage(t, b, exportBytes(t, export.HTML{About: export.About{Title: "seed"}}, g), "")
	if got, want := ffEval[string](t, tb, `document.body.dataset.counts`), counts(len(nl.Nodes), len(nl.Links)); got != want {
		t.Errorf("counts %q, JSON export has %q", got, want)
	}
	tb.checkDrawn(t)
	ffCheckSearch(t, tb, nl, "Putin", "person:vladimir-putin")
	got := ffEval[[]string](t, tb, `[...document.querySelectorAll("#panel-articles > li")].map((li) => li.dataset.article)`)
	if !slices.Equal(got, []string{nl.Graph.Articles[0].ID}) {
		t.Errorf("panel lists %q, want the seed article %q", got, nl.Graph.Articles[0].ID)
	}
	tb.checkConsole(t)
}

// TestFirefoxNames is TestPageNames in Firefox: hostile names show as
// they are and never run.
func TestFirefoxNames(t *testing.T) {
	b := ffBrowser(t)
	p := namesPage(t)
	checkNames(t, ffOpenPage(t, b, writePage(t, p), ""), p)
}

// TestFirefoxLabels is TestPageLabels in Firefox, whose text measures
// differ: labels never overlap, and zooming in names more entities.
func TestFirefoxLabels(t *testing.T) {
	b := ffBrowser(t)
	p := synthPage(3000, 12000)
	checkLabels(t, ffOpenPage(t, b, writePage(t, p), ""), p)
}

// ffBenchPage is benchPage in Firefox: time to "ready" and processor time
// until then, frames per second during a 3 s pan and a 3 s zoom, our
// code's time per frame, the processor time per frame of all Firefox's
// processes, links per frame and the processor time of a full redraw. Headless Firefox has no WebGL here,
// so only the canvas is measured, with and without the level of detail in
// motion.
func ffBenchPage(b *testing.B, html []byte) {
	br := ffBrowser(b)
	cpu := func() cpuSnap { return treeCPU(b, firefox.cmd.Process.Pid) }
	for _, r := range []struct{ name, query string }{
		{"canvas", "?renderer=canvas"},
		{"canvas-full", "?renderer=canvas&lod=0"},
	} {
		b.Run(r.name, func(b *testing.B) {
			var ready, readyCPU, pan, zoom, draw, links, perFrame, redraw float64
			var steps loadSteps
			for b.Loop() {
				c0 := cpu()
				tb := ffOpenPage(b, br, html, r.query)
				readyCPU = float64(cpu().since(c0).Milliseconds())
				ready = float64(ffEval[int](b, tb, `+document.body.dataset.readyMs`))
				steps = ffEval[loadSteps](b, tb, `nergraph.stats.timing`)
				c0 = cpu()
				p := ffEval[motion](b, tb, motionJS(false, 3000))
				z := ffEval[motion](b, tb, motionJS(true, 3000))
				c1 := cpu()
				frames := p.Frames + z.Frames
				pan = p.Frames / p.Ms * 1000
				zoom = z.Frames / z.Ms * 1000
				draw = (p.DrawMs + z.DrawMs) / frames
				links = (p.Links + z.Links) / frames
				perFrame = float64(c1.since(c0).Milliseconds()) / frames
				time.Sleep(300 * time.Millisecond) // let the view come to rest
				c0 = cpu()
				ffEval[string](b, tb, redrawJS(10))
				redraw = float64(cpu().since(c0).Milliseconds()) / 10
				tb.checkConsole(b)
			}
			b.ReportMetric(ready, "ms-to-ready")
			b.ReportMetric(readyCPU, "ms-cpu-to-ready")
			steps.report(b)
			b.ReportMetric(pan, "fps-pan")
			b.ReportMetric(zoom, "fps-zoom")
			b.ReportMetric(draw, "ms-js/frame")
			b.ReportMetric(perFrame, "ms-cpu/frame")
			b.ReportMetric(links, "links/frame")
			b.ReportMetric(redraw, "ms-cpu/redraw")
			b.ReportMetric(float64(len(html))/1e6, "MB")
		})
	}
}

// BenchmarkFirefoxPageSynthetic measures the page on 5,000 entities and
// 50,000 links in Firefox:
// go test -run '^$' -bench FirefoxPageSynthetic -benchtime 1x ./export/viewer
func BenchmarkFirefoxPageSynthetic(b *testing.B) {
	var buf bytes.Buffer
	if err := viewer.Write(&buf, synthPage(5000, 50000)); err != nil {
		b.Fatal(err)
	}
	ffBenchPage(b, buf.Bytes())
}

// BenchmarkFirefoxPageFile measures in Firefox the page named by
// $NERGRAPH_VIEWER_PAGE (see BenchmarkPageFile).
func BenchmarkFirefoxPageFile(b *testing.B) {
	path := os.Getenv("NERGRAPH_VIEWER_PAGE")
	if path == "" {
		b.Skip("set NERGRAPH_VIEWER_PAGE to the page to measure")
	}
	html, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	ffBenchPage(b, html)
}
