package viewer_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"math"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nergraph/nergraph/export/viewer"
)

// TestWriteData checks that hostile names cannot leave the data block and
// that the block reads back as the page.
func TestWriteData(t *testing.T) {
	p := viewer.Page{Title: "</title><script>x</script>", Ego: "id 0"}
	for i, name := range nastyNames {
		p.Nodes = append(p.Nodes, viewer.Node{ID: "id " + string(rune('0'+i%10)) + name, Label: name, Type: "PERSON", X: float64(i), Y: 1})
		p.Articles = append(p.Articles, viewer.Article{ID: name, Title: name, URL: name})
	}
	p.Nodes[0].ID = "id 0"
	for i := 1; i < len(p.Nodes); i++ {
		p.Links = append(p.Links, viewer.Link{Source: 0, Target: i, Weight: 1, Articles: []int{i},
			Relations: []viewer.Relation{{Predicate: nastyNames[i], Source: i, Target: 0, Count: 1, Articles: []int{i}}},
			Evidence:  []viewer.Evidence{{Article: i, Sentences: []string{nastyNames[i]}}}})
	}
	var b bytes.Buffer
	if err := viewer.Write(&b, p); err != nil {
		t.Fatal(err)
	}
	html := b.Bytes()
	raw := dataBlock(t, html)
	for _, bad := range []string{"<", ">", "\u2028", "\u2029"} {
		if bytes.Contains(raw, []byte(bad)) {
			t.Errorf("data block holds %q unescaped", bad)
		}
	}
	// The page holds exactly the expected script elements: the data and
	// ours.
	if n := bytes.Count(html, []byte("<script")); n != 2 {
		t.Errorf("page has %d <script elements, want 2", n)
	}
	if got := pageJSON(t, html); !reflect.DeepEqual(got, p) {
		t.Errorf("data block reads back as\n%+v\nwant\n%+v", got, p)
	}
	var again bytes.Buffer
	if err := viewer.Write(&again, p); err != nil || !bytes.Equal(again.Bytes(), html) {
		t.Errorf("a second Write gave different bytes (err %v)", err)
	}
}

func dataBlock(t testing.TB, html []byte) []byte {
	t.Helper()
	const open = `<script type="application/json" id="graph-data">`
	i := bytes.Index(html, []byte(open))
	if i < 0 {
		t.Fatal("no data block")
	}
	rest := html[i+len(open):]
	return rest[:bytes.Index(rest, []byte("</script>"))]
}

// TestWriteCSP checks that the Content-Security-Policy names the hashes of
// the page's own style and script (else the browser would run neither), and
// allows no fetch.
func TestWriteCSP(t *testing.T) {
	var b bytes.Buffer
	if err := viewer.Write(&b, viewer.Page{}); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	csp := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]*)"`).FindStringSubmatch(html)
	if csp == nil {
		t.Fatal("no Content-Security-Policy")
	}
	policy := strings.ReplaceAll(csp[1], "&#39;", "'")
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(html)
	script := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindStringSubmatch(html)
	if style == nil || script == nil {
		t.Fatal("no inline style or script")
	}
	for _, want := range []string{"default-src 'none'", "style-src " + hash(style[1]), "script-src " + hash(script[1])} {
		if !strings.Contains(policy, want) {
			t.Errorf("policy %q lacks %q", policy, want)
		}
	}
	for _, bad := range []string{"http:", "https:", "unsafe-inline", "unsafe-eval", "connect-src"} {
		if strings.Contains(policy, bad) {
			t.Errorf("policy %q allows %q", policy, bad)
		}
	}
}

// TestWriteErrors checks that a page whose indices point nowhere is
// refused before anything is written.
func TestWriteErrors(t *testing.T) {
	two := []viewer.Node{{ID: "a"}, {ID: "b"}}
	arts := []viewer.Article{{ID: "x"}}
	tests := []struct {
		name string
		p    viewer.Page
		want string
	}{
		{"link source", viewer.Page{Nodes: two, Links: []viewer.Link{{Source: 2, Target: 0}}}, "link 0: node 2 out of range"},
		{"link target", viewer.Page{Nodes: two, Links: []viewer.Link{{Source: 0, Target: -1}}}, "link 0: node -1 out of range"},
		{"link article", viewer.Page{Nodes: two, Articles: arts, Links: []viewer.Link{{Source: 0, Target: 1, Articles: []int{1}}}}, "link 0: article 1 out of range"},
		{"relation", viewer.Page{Nodes: two, Links: []viewer.Link{{Source: 0, Target: 1, Relations: []viewer.Relation{{Source: 0, Target: 5}}}}}, "link 0 relation 0: node 5"},
		{"relation article", viewer.Page{Nodes: two, Links: []viewer.Link{{Source: 0, Target: 1, Relations: []viewer.Relation{{Source: 0, Target: 1, Articles: []int{0}}}}}}, "link 0 relation 0: article 0"},
		{"evidence", viewer.Page{Nodes: two, Articles: arts, Links: []viewer.Link{{Source: 0, Target: 1, Evidence: []viewer.Evidence{{Article: 3}}}}}, "link 0 evidence 0: article 3"},
		{"ego", viewer.Page{Nodes: two, Ego: "c"}, `ego "c" is not a node`},
		{"ego depth", viewer.Page{Nodes: two, Ego: "a", EgoDepth: -1}, "ego depth -1 is negative"},
		{"nan", viewer.Page{Nodes: []viewer.Node{{ID: "a", X: math.NaN()}}}, "node 0 (a): x, y or pagerank"},
		{"npmi", viewer.Page{Nodes: two, Links: []viewer.Link{{Source: 0, Target: 1, NPMI: math.Inf(1)}}}, "link 0: npmi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			err := viewer.Write(&b, tc.p)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written", b.Len())
			}
		})
	}
}

type failWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errWrite
	}
	w.n -= len(p)
	return len(p), nil
}

// TestWriteFailingWriter checks that the writer's error comes back,
// wherever it happens.
func TestWriteFailingWriter(t *testing.T) {
	p := synthPage(300, 1000)
	var b bytes.Buffer
	if err := viewer.Write(&b, p); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 1000, b.Len() / 2, b.Len() - 1} {
		if err := viewer.Write(&failWriter{n: n}, p); !errors.Is(err, errWrite) {
			t.Errorf("writer failing after %d of %d bytes: err = %v", n, b.Len(), err)
		}
	}
}

// TestWriteKeepsPositions checks that Write draws the nodes where the page
// puts them: it lays out nothing of its own.
func TestWriteKeepsPositions(t *testing.T) {
	p := viewer.Page{Nodes: []viewer.Node{{ID: "a"}, {ID: "b", X: 5, Y: -2.5}, {ID: "c"}}, Links: []viewer.Link{{Source: 0, Target: 1, Weight: 1}}}
	var b bytes.Buffer
	if err := viewer.Write(&b, p); err != nil {
		t.Fatal(err)
	}
	got := pageJSON(t, b.Bytes())
	for i, n := range got.Nodes {
		if w := p.Nodes[i]; n.X != w.X || n.Y != w.Y || n.Degree != 0 || n.Community != 0 {
			t.Errorf("node %d: at (%g, %g), degree %d, community %d; want (%g, %g) and no degree or community of Write's own",
				i, n.X, n.Y, n.Degree, n.Community, w.X, w.Y)
		}
	}
}

// FuzzWriteNames checks that any name, title or sentence stays inside the
// data block and comes back from it unchanged.
func FuzzWriteNames(f *testing.F) {
	for _, s := range nastyNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if !utf8.ValidString(name) {
			t.Skip("names are valid UTF-8")
		}
		p := viewer.Page{Title: name, Corpus: name, Ego: name,
			Nodes:    []viewer.Node{{ID: name, Label: name, Type: name, X: 1}, {ID: name + "2", Label: name}},
			Articles: []viewer.Article{{ID: name, Title: name, URL: name, Source: name, Date: name}},
			Links: []viewer.Link{{Source: 0, Target: 1, Articles: []int{0},
				Relations: []viewer.Relation{{Predicate: name, Source: 1, Target: 0, Articles: []int{0}}},
				Evidence:  []viewer.Evidence{{Article: 0, Sentences: []string{name}}}}},
		}
		var b bytes.Buffer
		if err := viewer.Write(&b, p); err != nil {
			t.Fatal(err)
		}
		raw := dataBlock(t, b.Bytes())
		if bytes.ContainsAny(raw, "<>\u2028\u2029") {
			t.Errorf("data block holds markup or a line separator: %q", raw)
		}
		if got := pageJSON(t, b.Bytes()); !reflect.DeepEqual(got, p) {
			t.Errorf("read back %+v, want %+v", got, p)
		}
	})
}

// BenchmarkWrite measures writing the page of 5,000 entities and 50,000
// links.
func BenchmarkWrite(b *testing.B) {
	p := synthPage(5000, 50000)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := viewer.Write(&buf, p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())*float64(b.N)/1e6/b.Elapsed().Seconds(), "MB/s")
	b.ReportMetric(float64(buf.Len())/1e6, "MB")
}
