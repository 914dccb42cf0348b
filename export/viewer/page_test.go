package viewer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite docs/viewer.png from the screenshot test")

// renderers are the two drawing paths of the page. By default the page
// takes WebGL only when it runs in hardware, so headless Chromium with
// --disable-gpu draws on the canvas; ?renderer=webgl forces WebGL, which it
// then has through SwiftShader, in software.
var renderers = []struct{ name, query string }{
	{"webgl", "?renderer=webgl"},
	{"canvas", "?renderer=canvas"},
}

func counts(nodes, links int) string { return fmt.Sprintf("%d nodes, %d links", nodes, links) }

// countsOf returns what the page should show when keep selects the links
// under an active filter: those links and the entities at their ends.
func countsOf(nl nodeLink, keep func(k int) bool) (string, []string) {
	ends := map[string]bool{}
	n := 0
	for k, l := range nl.Links {
		if keep(k) {
			n++
			ends[l.Source], ends[l.Target] = true, true
		}
	}
	var ids []string
	for id := range ends {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return counts(len(ends), n), ids
}

func (tb *tab) counts(t testing.TB) string {
	t.Helper()
	return tb.eval(t, `document.body.dataset.counts`)
}

// waitCounts waits until the page's counts are want, failing after a few
// seconds with what they are.
func (tb *tab) waitCounts(t testing.TB, want string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.counts === `+jsString(want), chromedp.WithPollingInterval(10*time.Millisecond)))
	if err != nil {
		t.Fatalf("counts %q, want %q", tb.counts(t), want)
	}
}

func (tb *tab) waitFor(t testing.TB, expr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(10*time.Millisecond))); err != nil {
		t.Fatalf("waiting for %s: %v", expr, err)
	}
}

type pageState struct {
	Hover       *string  `json:"hover"`
	Selected    *string  `json:"selected"`
	Focus       *string  `json:"focus"`
	Link        []string `json:"link"`
	Highlighted []string `json:"highlighted"`
}

func (tb *tab) state(t testing.TB) pageState {
	t.Helper()
	return evalAs[pageState](t, tb, `nergraph.state()`)
}

type point struct {
	X, Y, R float64
	Visible bool
}

func (tb *tab) project(t testing.TB, id string) point {
	t.Helper()
	return evalAs[point](t, tb, `nergraph.project(`+jsString(id)+`)`)
}

// panelArticles lists the ids of the articles the panel shows.
func (tb *tab) panelArticles(t testing.TB) []string {
	t.Helper()
	return evalAs[[]string](t, tb, `[...document.querySelectorAll("#panel-articles > li")].map((li) => li.dataset.article)`)
}

// checkNotBlank fails when the drawing area of a screenshot is nearly one
// colour, and returns the image.
func (tb *tab) checkNotBlank(t testing.TB) image.Image {
	t.Helper()
	_, img := tb.screenshot(t)
	r := evalAs[struct{ X, Y, W, H float64 }](t, tb, `(() => { const r = document.getElementById("stage").getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; })()`)
	checkDrawn(t, img, image.Rect(int(r.X), int(r.Y), int(r.X+r.W), int(r.Y+r.H)))
	return img
}

// checkDrawn fails when an area of a screenshot is nearly one colour.
func checkDrawn(t testing.TB, img image.Image, area image.Rectangle) {
	t.Helper()
	spread, colours := lumaSpread(img, area)
	if spread < 5 || colours < 50 {
		t.Errorf("drawing looks blank: luminance spread %.1f, %d colours in %v", spread, colours, area)
	}
}

// typeInto focuses the search box with the "/" key and types text.
func (tb *tab) typeSearch(t testing.TB, text string) {
	t.Helper()
	tb.run(t, chromedp.KeyEvent("/"))
	tb.waitFor(t, `document.activeElement === document.getElementById("search")`)
	tb.run(t, chromedp.KeyEvent(text))
	if got := tb.eval(t, `document.getElementById("search").value`); got != text {
		t.Fatalf("search box holds %q after typing %q", got, text)
	}
}

// checkSearch types query, checks that the first suggestion is wantLabel,
// chooses it with Enter, and checks that the panel shows that entity with
// the articles it shares with its neighbours.
func checkSearch(t *testing.T, tb *tab, nl nodeLink, query, wantID string) {
	tb.typeSearch(t, query)
	first := tb.eval(t, `(document.querySelector("#suggest li") || {}).textContent || ""`)
	var wantLabel string
	for _, n := range nl.Nodes {
		if n.ID == wantID {
			wantLabel = n.Label
		}
	}
	if wantLabel == "" {
		t.Fatalf("no node %s in the graph", wantID)
	}
	if !strings.HasPrefix(first, wantLabel) {
		t.Errorf("first suggestion for %q is %q, want %q", query, first, wantLabel)
	}
	tb.run(t, chromedp.KeyEvent(kb.Enter))
	tb.waitFor(t, `!document.getElementById("panel").hidden`)
	if got := tb.eval(t, `document.getElementById("panel-title").textContent`); got != wantLabel {
		t.Errorf("panel title %q, want %q", got, wantLabel)
	}
	if st := tb.state(t); st.Selected == nil || *st.Selected != wantID {
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
	got := tb.panelArticles(t)
	if len(got) != min(len(want), 20) {
		t.Errorf("panel lists %d articles %q, want %d of %d", len(got), got, min(len(want), 20), len(want))
	}
	for _, a := range got {
		if !want[a] {
			t.Errorf("panel lists article %q, which no link of %s cites", a, wantID)
		}
	}
}

// TestPage opens the graph of testdata/articles and uses every control,
// checking each count against the JSON export of the same graph.
func TestPage(t *testing.T) {
	ctx := chrome(t)
	g := buildGraph(t, nil, testdataArticles)
	nl := jsonExport(t, g)
	html := exportBytes(t, export.HTML{About: export.About{Title: "testdata/articles"}}, g)
	all := counts(len(nl.Nodes), len(nl.Links))
	if len(nl.Links) < 100 {
		t.Fatalf("testdata graph has %d links; the test wants a real graph", len(nl.Links))
	}

	for _, r := range append(renderers, struct{ name, query string }{"default", ""}) {
		t.Run(r.name, func(t *testing.T) {
			tb := openPage(t, ctx, html, r.query)
			if got := tb.eval(t, `document.body.dataset.renderer`); got != r.name {
				t.Logf("renderer %s asked, %s used", r.name, got)
			}
			if got := tb.counts(t); got != all {
				t.Errorf("counts %q, JSON export has %q", got, all)
			}
			tb.checkNotBlank(t)
			tb.checkConsole(t)
		})
	}

	t.Run("search", func(t *testing.T) {
		tb := openPage(t, ctx, html, "")
		checkSearch(t, tb, nl, "Putin", "person:vladimir-putin")
		// Escape closes the panel; the search box keeps the keyboard.
		tb.run(t, chromedp.KeyEvent(kb.Escape))
		tb.waitFor(t, `document.getElementById("panel").hidden`)
		tb.checkConsole(t)
	})

	t.Run("dates", func(t *testing.T) {
		tb := openPage(t, ctx, html, "")
		want, to := lastDayDropped(t, nl)
		tb.run(t, chromedp.Focus(chromedp.CSS("#date-to")), chromedp.KeyEvent(kb.ArrowLeft))
		tb.waitCounts(t, want)
		if got := tb.eval(t, `document.getElementById("date-to-value").textContent`); got != to {
			t.Errorf("date shown %q, want %q", got, to)
		}
		// Back to the whole range: everything again, undated articles too.
		tb.run(t, chromedp.KeyEvent(kb.ArrowRight))
		tb.waitCounts(t, all)
		tb.checkConsole(t)
	})

	t.Run("types", func(t *testing.T) {
		tb := openPage(t, ctx, html, "")
		typeOf := map[string]string{}
		for _, n := range nl.Nodes {
			typeOf[n.ID] = n.Type
		}
		want, _ := countsOf(nl, func(k int) bool {
			return typeOf[nl.Links[k].Source] != "PERSON" && typeOf[nl.Links[k].Target] != "PERSON"
		})
		tb.run(t, chromedp.Click(chromedp.CSS("#types li:first-child input")))
		tb.waitCounts(t, want)
		tb.run(t, chromedp.Click(chromedp.CSS("#types li:first-child input")))
		tb.waitCounts(t, all)
		tb.checkConsole(t)
	})

	t.Run("weight", func(t *testing.T) {
		tb := openPage(t, ctx, html, "")
		var weights []int
		for _, l := range nl.Links {
			weights = append(weights, l.Weight)
		}
		slices.Sort(weights)
		weights = slices.Compact(weights)
		if len(weights) < 2 {
			t.Fatal("every link has the same weight; the test needs two")
		}
		want, _ := countsOf(nl, func(k int) bool { return nl.Links[k].Weight >= weights[1] })
		tb.run(t, chromedp.Focus(chromedp.CSS("#minweight")), chromedp.KeyEvent(kb.ArrowRight))
		tb.waitCounts(t, want)
		if got := tb.eval(t, `document.getElementById("minweight-value").textContent`); got != fmt.Sprint(weights[1]) {
			t.Errorf("minimum weight shown %q, want %d", got, weights[1])
		}
		tb.checkConsole(t)
	})

	t.Run("hover", func(t *testing.T) {
		tb := openPage(t, ctx, html, "")
		hub, want := hubOf(nl)
		p := tb.project(t, hub)
		tb.run(t, chromedp.MouseEvent(chromedp.MouseMoved, p.X, p.Y))
		tb.waitFor(t, `nergraph.state().hover === `+jsString(hub))
		if got := tb.state(t).Highlighted; !slices.Equal(got, want) {
			t.Errorf("hovering %s highlights %q, want %q", hub, got, want)
		}
		tb.checkConsole(t)
	})

	t.Run("link", func(t *testing.T) {
		tb := openPage(t, ctx, html, "")
		// A link whose middle is clear of every node: click it.
		pos := evalAs[map[string]point](t, tb, `Object.fromEntries(nergraph.page.nodes.map((n) => [n.id, nergraph.project(n.id)]))`)
		k := -1
		var mx, my float64
		for i, l := range nl.Links {
			a, b := pos[l.Source], pos[l.Target]
			x, y := (a.X+b.X)/2, (a.Y+b.Y)/2
			clear := math.Hypot(a.X-b.X, a.Y-b.Y) > 60
			for _, q := range pos {
				if math.Hypot(q.X-x, q.Y-y) < q.R+10 {
					clear = false
				}
			}
			if clear && (k < 0 || l.Weight > nl.Links[k].Weight) {
				k, mx, my = i, x, y
			}
		}
		if k < 0 {
			t.Fatal("no link is clear of the nodes")
		}
		l := nl.Links[k]
		tb.run(t, chromedp.MouseClickXY(mx, my))
		tb.waitFor(t, `!document.getElementById("panel").hidden`)
		if got := tb.state(t).Link; !slices.Equal(got, []string{l.Source, l.Target}) {
			t.Fatalf("clicked link %s -- %s, selected %q", l.Source, l.Target, got)
		}
		got := tb.panelArticles(t)
		slices.Sort(got)
		want := slices.Sorted(slices.Values(l.Articles))
		if len(want) > 20 {
			t.Fatalf("link has %d articles; choose a smaller one", len(want))
		}
		if !slices.Equal(got, want) {
			t.Errorf("link panel lists %q, want %q", got, want)
		}
		// First and last: the days of its earliest and latest articles.
		day := map[string]string{}
		for _, a := range nl.Graph.Articles {
			if len(a.Date) >= 10 {
				day[a.ID] = a.Date[:10]
			}
		}
		var days []string
		for _, a := range l.Articles {
			if d := day[a]; d != "" {
				days = append(days, d)
			}
		}
		facts := evalAs[map[string]string](t, tb, `Object.fromEntries([...document.querySelectorAll("#panel dl dt")].map((dt) => [dt.textContent, dt.nextElementSibling.textContent]))`)
		wantFirst, wantLast := "", ""
		if len(days) > 0 {
			wantFirst, wantLast = slices.Min(days), slices.Max(days)
		}
		if facts["First"] != wantFirst || facts["Last"] != wantLast {
			t.Errorf("link panel: first %q last %q, its articles are of %q", facts["First"], facts["Last"], days)
		}
		tb.run(t, chromedp.KeyEvent(kb.Escape))
		tb.waitFor(t, `document.getElementById("panel").hidden && nergraph.state().link === null`)
		tb.checkConsole(t)
	})

	for _, depth := range []int{1, 2} {
		t.Run(fmt.Sprint("ego", depth), func(t *testing.T) {
			html := exportBytes(t, export.HTML{About: export.About{Title: "ego", Ego: "Putin", Depth: depth}}, g)
			fg, err := g.Filter(graphstore.Filter{Ego: "Putin", Depth: depth})
			if err != nil {
				t.Fatal(err)
			}
			fl := jsonExport(t, fg)
			tb := openPage(t, ctx, html, "")
			if got, want := tb.counts(t), counts(len(fl.Nodes), len(fl.Links)); got != want {
				t.Errorf("focus mode shows %q, --ego Putin --depth %d shows %q", got, depth, want)
			}
			if st := tb.state(t); st.Focus == nil || *st.Focus != "person:vladimir-putin" {
				t.Errorf("focus %v, want person:vladimir-putin", st.Focus)
			}
			if tb.eval(t, `String(document.getElementById("focus-box").hidden)`) != "false" {
				t.Error("focus box hidden in focus mode")
			}
			tb.run(t, chromedp.Click(chromedp.CSS("#focus-exit")))
			tb.waitCounts(t, all)
			tb.checkConsole(t)
		})
	}

	t.Run("communities", func(t *testing.T) {
		tb := openPage(t, ctx, html, "")
		before := tb.checkNotBlank(t)
		tb.eval(t, `(() => { const s = document.getElementById("colour"); s.value = "community"; s.dispatchEvent(new Event("change")); return ""; })()`)
		tb.waitFor(t, `!document.getElementById("communities").hidden && document.querySelectorAll("#communities li").length > 0`)
		tb.run(t, chromedp.Sleep(100*time.Millisecond))
		after := tb.checkNotBlank(t)
		if changed := pixelsChanged(before, after); changed < 100 {
			t.Errorf("colouring by community changed %d pixels", changed)
		}
		tb.checkConsole(t)
	})
}

// lastDayDropped returns the counts the page should show when the end of
// the date range is one day earlier than the last, and that day.
func lastDayDropped(t testing.TB, nl nodeLink) (want, to string) {
	t.Helper()
	days := map[string]bool{}
	artDay := map[string]string{}
	for _, a := range nl.Graph.Articles {
		if len(a.Date) >= 10 {
			days[a.Date[:10]] = true
			artDay[a.ID] = a.Date[:10]
		}
	}
	sorted := make([]string, 0, len(days))
	for d := range days {
		sorted = append(sorted, d)
	}
	slices.Sort(sorted)
	if len(sorted) < 3 {
		t.Fatalf("the graph has %d dates; the test needs 3", len(sorted))
	}
	from, to := sorted[0], sorted[len(sorted)-2]
	want, _ = countsOf(nl, func(k int) bool {
		for _, a := range nl.Links[k].Articles {
			if d := artDay[a]; d != "" && d >= from && d <= to {
				return true
			}
		}
		return false
	})
	if want == counts(len(nl.Nodes), len(nl.Links)) {
		t.Fatalf("dropping %s changes nothing; the test needs data where it does", sorted[len(sorted)-1])
	}
	return want, to
}

// hubOf returns the entity with the most links and the ids of it and its
// neighbours, sorted: what hovering it highlights.
func hubOf(nl nodeLink) (string, []string) {
	deg := map[string]int{}
	for _, l := range nl.Links {
		deg[l.Source]++
		deg[l.Target]++
	}
	hub := ""
	for _, n := range nl.Nodes {
		if hub == "" || deg[n.ID] > deg[hub] {
			hub = n.ID
		}
	}
	_, want := countsOf(nl, func(k int) bool { return nl.Links[k].Source == hub || nl.Links[k].Target == hub })
	return hub, want
}

func pixelsChanged(a, b image.Image) int {
	n := 0
	r := a.Bounds().Intersect(b.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				n++
			}
		}
	}
	return n
}

// TestPageSeed is the acceptance test on the seed article: counts equal
// the JSON export's, and searching "Putin" selects Vladimir Putin with the
// seed article in the panel.
func TestPageSeed(t *testing.T) {
	path := testenv.Shared(t, "seed/kim-putin-letters.txt")
	ctx := chrome(t)
	g := buildGraph(t, nil, path)
	nl := jsonExport(t, g)
	if len(nl.Graph.Articles) != 1 {
		t.Fatalf("seed graph has %d articles, want 1", len(nl.Graph.Articles))
	}
	tb := openPage(t, ctx, exportBytes(t, export.HTML{About: export.About{Title: "seed"}}, g), "")
	if got, want := tb.counts(t), counts(len(nl.Nodes), len(nl.Links)); got != want {
		t.Errorf("counts %q, JSON export has %q", got, want)
	}
	checkSearch(t, tb, nl, "Putin", "person:vladimir-putin")
	if got := tb.panelArticles(t); !slices.Equal(got, []string{nl.Graph.Articles[0].ID}) {
		t.Errorf("panel lists %q, want the seed article %q", got, nl.Graph.Articles[0].ID)
	}
	tb.checkConsole(t)
}

// nastyNames break naive pages: markup, script ends, comment openers, line
// separators that end a JavaScript string, quotes and backslashes.
var nastyNames = []string{
	`</script><script>window.pwned=1</script>`, `<!-- not a comment`, `<img src=x onerror="window.pwned=1">`,
	"line\u2028separator\u2029", `The "Times"`, `C:\path\`, `AT&T &amp;`, `Zürich`, "two\nlines", `'quoted'`, "`backtick`",
	`${window.pwned=1}`, `=HYPERLINK("x")`, "\u202eevil", "🙂 emoji", `]]>`,
}

// namesPage is a page whose names, titles and URLs are hostile.
func namesPage(t testing.TB) viewer.Page {
	t.Helper()
	p := viewer.Page{Title: `<title>"x"</title>`, Corpus: "</script>", Filter: "<!--"}
	for i, name := range nastyNames {
		p.Nodes = append(p.Nodes, viewer.Node{ID: "id " + name, Label: name, Type: name, Mentions: i + 1,
			Aliases: []viewer.Alias{{Name: "alias " + name, Count: 1}}, First: "2024-01-02"})
		p.Articles = append(p.Articles, viewer.Article{ID: "art " + name, Title: name, Date: fmt.Sprintf("2024-01-%02d", i+1),
			URL: []string{"javascript:window.pwned=1", "https://example.com/" + name, "data:text/html,<script>x</script>"}[i%3], Source: name})
	}
	for i := range nastyNames {
		j := (i + 1) % len(nastyNames)
		p.Links = append(p.Links, viewer.Link{Source: i, Target: j, Weight: 1, Sentences: 1, Articles: []int{i},
			Relations: []viewer.Relation{{Predicate: nastyNames[j], Source: i, Target: j, Count: 1, Articles: []int{i}}},
			Evidence:  []viewer.Evidence{{Article: i, Sentences: []string{nastyNames[i] + " met " + nastyNames[j]}}}})
	}
	return p
}

// TestPageNames opens a page whose names, titles and URLs are hostile: the
// page must show each name as it is, run none of it, and link no URL that
// is not http or https.
func TestPageNames(t *testing.T) {
	ctx := chrome(t)
	p := namesPage(t)
	checkNames(t, openPage(t, ctx, writePage(t, p), ""), p)
}

// checkNames is TestPageNames's checks on the page open in tb.
func checkNames(t *testing.T, tb pageTab, p viewer.Page) {
	t.Helper()
	if got, want := ev[string](t, tb, `document.body.dataset.counts`), counts(len(p.Nodes), len(p.Links)); got != want {
		t.Errorf("counts %q, want %q", got, want)
	}
	if got := ev[string](t, tb, `document.title`); got != p.Title {
		t.Errorf("title %q, want %q", got, p.Title)
	}
	for _, name := range nastyNames {
		if ok := ev[bool](t, tb, `nergraph.select(`+jsString("id "+name)+`)`); !ok {
			t.Errorf("select %q: not found", name)
			continue
		}
		if got := ev[string](t, tb, `document.getElementById("panel-title").textContent`); got != name {
			t.Errorf("panel title %q, want %q", got, name)
		}
		res := ev[[]struct{ ID, Label string }](t, tb, `nergraph.search(`+jsString("alias "+name)+`, 1)`)
		if len(res) != 1 || res[0].ID != "id "+name {
			t.Errorf("search for alias of %q found %+v", name, res)
		}
		// The link panel: the article title as text, a link only for https.
		ev[string](t, tb, `(() => { document.querySelectorAll("#panel button.name")[1].click(); return ""; })()`)
		type shown struct {
			Article string
			Hrefs   []string
		}
		arts := ev[[]shown](t, tb, `[...document.querySelectorAll("#panel-articles > li")].map((li) => ({article: li.dataset.article, hrefs: [...li.querySelectorAll("a")].map((a) => a.href)}))`)
		if len(arts) != 1 {
			t.Errorf("link panel of %q lists %d articles, want 1", name, len(arts))
		}
		for _, a := range arts {
			url := ""
			for _, pa := range p.Articles {
				if pa.ID == a.Article {
					url = pa.URL
				}
			}
			switch {
			case strings.HasPrefix(url, "https://") && len(a.Hrefs) != 1:
				t.Errorf("article %q with URL %q: links %q, want one", a.Article, url, a.Hrefs)
			case !strings.HasPrefix(url, "https://") && len(a.Hrefs) != 0:
				t.Errorf("article %q with URL %q is a link to %q", a.Article, url, a.Hrefs)
			}
		}
		// The link's relation, in the list and under its article.
		preds := ev[[]string](t, tb, `[...document.querySelectorAll("#panel .rel")].map((r) => r.textContent)`)
		if len(preds) != 2 {
			t.Errorf("link panel of %q shows relations %q, want the link's one twice", name, preds)
		}
		quote := ev[string](t, tb, `(document.querySelector("#panel-articles blockquote") || {}).textContent || ""`)
		if !strings.Contains(quote, " met ") {
			t.Errorf("evidence shown as %q", quote)
		}
	}
	if got := ev[string](t, tb, `String(window.pwned)`); got != "undefined" {
		t.Errorf("a name ran as script: window.pwned = %s", got)
	}
	tb.checkConsole(t)
}

// TestPageEmpty opens the page of the empty graph.
func TestPageEmpty(t *testing.T) {
	ctx := chrome(t)
	tb := openPage(t, ctx, exportBytes(t, export.HTML{}, graphstore.New()), "")
	if got := tb.counts(t); got != counts(0, 0) {
		t.Errorf("counts %q", got)
	}
	if tb.eval(t, `String(document.getElementById("empty").hidden)`) != "false" {
		t.Error("the empty page does not say it is empty")
	}
	tb.checkConsole(t)
}

// TestPageLabels checks on a crowded page that labels never overlap, and
// that zooming in names more entities (so less important ones) in the part
// zoomed into.
func TestPageLabels(t *testing.T) {
	ctx := chrome(t)
	p := synthPage(3000, 12000)
	checkLabels(t, openPage(t, ctx, writePage(t, p), ""), p)
}

// checkLabels is TestPageLabels's checks on the page open in tb.
func checkLabels(t *testing.T, tb pageTab, p viewer.Page) {
	t.Helper()
	type box struct {
		Node       int
		X, Y, W, H float64
	}
	// check returns the nodes labelled, failing on labels that overlap.
	check := func(zoom string) []int {
		labels := ev[[]box](t, tb, `nergraph.labels()`)
		if len(labels) < 10 {
			t.Fatalf("%s: %d labels", zoom, len(labels))
		}
		var nodes []int
		for i, a := range labels {
			nodes = append(nodes, a.Node)
			for _, c := range labels[i+1:] {
				if a.X < c.X+c.W && c.X < a.X+a.W && a.Y < c.Y+c.H && c.Y < a.Y+a.H {
					t.Errorf("%s: labels of nodes %d and %d overlap: %+v %+v", zoom, a.Node, c.Node, a, c)
				}
			}
		}
		return nodes
	}
	type view struct{ Scale, Tx, Ty, W, H float64 }
	fit := check("fit")
	v := ev[view](t, tb, `nergraph.view()`)
	ev[string](t, tb, fmt.Sprintf(`new Promise((ok) => { nergraph.zoomBy(8, %g, %g); requestAnimationFrame(() => requestAnimationFrame(() => ok(""))); })`, v.W/2, v.H/2))
	zoomed := check("zoomed")
	// The entities named in the part zoomed into, before and after zooming
	// (the page's y grows downwards). Labels go to the most important
	// first, so more of them name less important entities.
	z := ev[view](t, tb, `nergraph.view()`)
	named := func(nodes []int) int {
		k := 0
		for _, i := range nodes {
			x, y := p.Nodes[i].X*z.Scale+z.Tx, -p.Nodes[i].Y*z.Scale+z.Ty
			if x >= 0 && x <= z.W && y >= 0 && y <= z.H {
				k++
			}
		}
		return k
	}
	before, after := named(fit), named(zoomed)
	t.Logf("labels in the part zoomed into: %d, then %d", before, after)
	if after <= before {
		t.Errorf("zooming in names no more entities there: %d labels, %d before", after, before)
	}
	tb.checkConsole(t)
}

// TestScreenshot takes the picture of the README from real news: the
// graph of the BBC's 417 politics stories of 2004-05 (in ../shared), the
// links seen in at least 5 stories between its 120 most connected
// entities, with "Gordon Brown" typed in the search box and chosen. With
// -update it rewrites docs/viewer.png.
func TestScreenshot(t *testing.T) {
	if testing.Short() && !*update {
		t.Skip("-short: the screenshot's checks run in TestPage too")
	}
	dir := testenv.Shared(t, "data/bbc/politics")
	ctx := chrome(t)
	g, err := buildGraph(t, nil, dir).Filter(graphstore.Filter{MinWeight: 5, Top: 120})
	if err != nil {
		t.Fatal(err)
	}
	nl := jsonExport(t, g)
	html := exportBytes(t, export.HTML{About: export.About{Title: "nergraph: BBC News, politics",
		Corpus: "417 stories of 2004-05", Filter: "--min-weight 5 --top 120"}}, g)
	tb := openPage(t, ctx, html, "")
	tb.run(t, chromedp.EmulateViewport(1280, 800))
	if got, want := tb.counts(t), counts(len(nl.Nodes), len(nl.Links)); got != want {
		t.Errorf("counts %q, JSON export has %q", got, want)
	}
	checkSearch(t, tb, nl, "Gordon Brown", "person:gordon-brown")
	tb.run(t, chromedp.Sleep(500*time.Millisecond)) // the view glides to the entity
	tb.checkNotBlank(t)
	b, _ := tb.screenshot(t)
	tb.checkConsole(t)
	if *update {
		if err := os.WriteFile("../../docs/viewer.png", b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pageTab is a page open in a browser, whichever: the checks that both
// browsers run take one.
type pageTab interface {
	// evalJSON evaluates a JavaScript expression, awaiting it if it is a
	// promise, and returns its value as JSON.
	evalJSON(t testing.TB, expr string) []byte
	checkConsole(t testing.TB)
}

func (tb *tab) evalJSON(t testing.TB, expr string) []byte {
	t.Helper()
	return []byte(evalAs[string](t, tb, `(async () => JSON.stringify(await (`+expr+`)))()`))
}

func (tb *ffTab) evalJSON(t testing.TB, expr string) []byte {
	t.Helper()
	return ffEval[json.RawMessage](t, tb, expr)
}

// ev evaluates expr in the page open in tb and decodes its value.
func ev[T any](t testing.TB, tb pageTab, expr string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(tb.evalJSON(t, expr), &v); err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// writePage writes p as a page.
func writePage(t testing.TB, p viewer.Page) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := viewer.Write(&b, p); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pageJSON reads the data block of a written page back.
func pageJSON(t testing.TB, html []byte) viewer.Page {
	t.Helper()
	const open = `<script type="application/json" id="graph-data">`
	i := bytes.Index(html, []byte(open))
	if i < 0 {
		t.Fatal("no data block")
	}
	rest := html[i+len(open):]
	j := bytes.Index(rest, []byte("</script>"))
	var p viewer.Page
	if err := json.Unmarshal(rest[:j], &p); err != nil {
		t.Fatal(err)
	}
	return p
}
