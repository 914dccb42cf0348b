package viewer_test

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// motion is what the page measured during a scripted pan and zoom.
type motion struct {
	Frames float64       // frames drawn
	Ms     float64       // time taken
	DrawMs float64       // time spent in our drawing code
	Links  float64       // links drawn, summed over the frames
	CPU    time.Duration // processor time of the browser's processes
}

// measureMotion moves the view every animation frame for ms milliseconds,
// panning (zoom false) or zooming in and out around the middle, and counts
// the frames the page drew.
func measureMotion(t testing.TB, tb *tab, zoom bool, ms int) motion {
	t.Helper()
	cpu := browserCPU(t)
	m := evalAs[motion](t, tb, motionJS(zoom, ms))
	m.CPU = browserCPU(t).since(cpu)
	return m
}

// motionJS is the script of measureMotion: a promise of what the page
// measured (frames, ms, drawMs, links).
func motionJS(zoom bool, ms int) string {
	step := `nergraph.panBy(3, 2)`
	if zoom {
		step = `nergraph.zoomBy(now - t0 < ` + strconv.Itoa(ms/2) + ` ? 1.02 : 1 / 1.02, v.W / 2, v.H / 2)`
	}
	return `new Promise((ok) => {
		const s = nergraph.stats, v = nergraph.view();
		const f0 = s.frames, d0 = s.drawMs, l0 = s.links;
		let t0 = 0;
		const tick = (now) => {
			if (!t0) t0 = now;
			if (now - t0 < ` + strconv.Itoa(ms) + `) { ` + step + `; requestAnimationFrame(tick); return; }
			ok({frames: s.frames - f0, ms: now - t0, drawMs: s.drawMs - d0, links: s.links - l0});
		};
		requestAnimationFrame(tick);
	})`
}

// loadSteps is when each step of the page's load ended, on its clock (ms
// from the start of navigation): nergraph.stats.timing.
type loadSteps struct{ Script, Data, Model, Ready float64 }

// report reports how long each step took: the file read and parsed up to
// the script, the data parsed, the model built, the first frame drawn.
func (s loadSteps) report(b *testing.B) {
	b.ReportMetric(s.Script, "ms-html")
	b.ReportMetric(s.Data-s.Script, "ms-json")
	b.ReportMetric(s.Model-s.Data, "ms-model")
	b.ReportMetric(s.Ready-s.Model, "ms-first-frame")
}

// measureRedraw draws the whole scene n times, as a filter change does,
// and returns the processor time each took.
func measureRedraw(t testing.TB, tb *tab, n int) time.Duration {
	t.Helper()
	tb.run(t, chromedp.Sleep(300*time.Millisecond)) // let the view come to rest
	cpu := browserCPU(t)
	tb.eval(t, redrawJS(n))
	return browserCPU(t).since(cpu) / time.Duration(n)
}

// redrawJS is the script of measureRedraw: a promise of "" once the page
// has drawn the whole scene n times.
func redrawJS(n int) string {
	return `new Promise((ok) => {
		let left = ` + strconv.Itoa(n) + `;
		const next = () => {
			if (left-- === 0) { ok(""); return; }
			nergraph.redraw();
			requestAnimationFrame(() => requestAnimationFrame(next));
		};
		next();
	})`
}

// benchPage opens html in each renderer and reports the time to "ready"
// (from the page's own clock: navigation start to first frame) and the
// processor time of the browser's processes until then (the tab opened,
// the file read, parsed and drawn once), frames per
// second during a 3 s pan and a 3 s zoom, the mean time our code took to
// draw a frame, the processor time per frame of all the browser's
// processes, the links in the picture (fewer in motion when drawing them
// all is slow), the processor time to draw the whole scene again (as a
// filter change does), and the page size.
func benchPage(b *testing.B, html []byte) {
	ctx := chrome(b)
	variants := []struct{ name, query string }{
		{"canvas", "?renderer=canvas"},
		{"canvas-full", "?renderer=canvas&lod=0"},
		{"webgl", "?renderer=webgl"},
		{"webgl-full", "?renderer=webgl&lod=0"},
	}
	if q := os.Getenv("NERGRAPH_VIEWER_QUERY"); q != "" {
		variants = []struct{ name, query string }{{"custom", q}}
	}
	for _, r := range variants {
		b.Run(r.name, func(b *testing.B) {
			var ready, readyCPU, pan, zoom, draw, links, cpu, redraw float64
			var steps loadSteps
			for b.Loop() {
				c0 := browserCPU(b)
				tb := openPage(b, ctx, html, r.query)
				readyCPU = float64(browserCPU(b).since(c0).Milliseconds())
				if want := strings.TrimPrefix(strings.Split(r.query, "&")[0], "?renderer="); tb.eval(b, `document.body.dataset.renderer`) != want {
					b.Skipf("renderer %s not available", want)
				}
				ready = float64(evalAs[int](b, tb, `+document.body.dataset.readyMs`))
				steps = evalAs[loadSteps](b, tb, `nergraph.stats.timing`)
				p := measureMotion(b, tb, false, 3000)
				z := measureMotion(b, tb, true, 3000)
				frames := p.Frames + z.Frames
				pan = p.Frames / p.Ms * 1000
				zoom = z.Frames / z.Ms * 1000
				draw = (p.DrawMs + z.DrawMs) / frames
				links = (p.Links + z.Links) / frames
				cpu = float64((p.CPU + z.CPU).Milliseconds()) / frames
				redraw = float64(measureRedraw(b, tb, 10).Milliseconds())
				tb.checkConsole(b)
			}
			b.ReportMetric(ready, "ms-to-ready")
			b.ReportMetric(readyCPU, "ms-cpu-to-ready")
			steps.report(b)
			b.ReportMetric(pan, "fps-pan")
			b.ReportMetric(zoom, "fps-zoom")
			b.ReportMetric(draw, "ms-js/frame")
			b.ReportMetric(cpu, "ms-cpu/frame")
			b.ReportMetric(links, "links/frame")
			b.ReportMetric(redraw, "ms-cpu/redraw")
			b.ReportMetric(float64(len(html))/1e6, "MB")
		})
	}
}

// BenchmarkPageSynthetic measures the page on 5,000 entities and 50,000
// links: go test -run '^$' -bench PageSynthetic -benchtime 1x ./export/viewer
func BenchmarkPageSynthetic(b *testing.B) {
	var buf bytes.Buffer
	if err := viewer.Write(&buf, synthPage(5000, 50000)); err != nil {
		b.Fatal(err)
	}
	benchPage(b, buf.Bytes())
}

// BenchmarkPageAGNews measures the page of the AG News graph's 2,000 most
// connected entities, built with today's pipeline as `nergraph build
// --columns label,title,text --top 2000` does.
func BenchmarkPageAGNews(b *testing.B) {
	path := testenv.Shared(b, "data/agnews/test.csv")
	g := buildGraph(b, []string{"label", "title", "text"}, path)
	fg, err := g.Filter(graphstore.Filter{Top: 2000})
	if err != nil {
		b.Fatal(err)
	}
	html := exportBytes(b, export.HTML{About: export.About{Title: "AG News", Filter: "--top 2000"}}, fg)
	benchPage(b, html)
}

// BenchmarkPageFile measures a page written by the command, named by
// $NERGRAPH_VIEWER_PAGE, e.g. the Reuters-21578 graph's 5,000 most
// connected entities:
//
//	nergraph build ../shared/data/reuters21578/reut2-*.sgm --top 5000 -o reuters.html
//	NERGRAPH_VIEWER_PAGE=$PWD/reuters.html go test -run '^$' -bench PageFile -benchtime 1x ./export/viewer
func BenchmarkPageFile(b *testing.B) {
	path := os.Getenv("NERGRAPH_VIEWER_PAGE")
	if path == "" {
		b.Skip("set NERGRAPH_VIEWER_PAGE to the page to measure")
	}
	html, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	benchPage(b, html)
}
