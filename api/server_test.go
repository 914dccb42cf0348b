package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nergraph/nergraph/api"
	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	_ "github.com/nergraph/nergraph/graphstore/sqlite"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// corpus is the test store's articles: random ones over a small cast, and
// two that make "Jordan" the name of two people equally often.
func corpus(n int) []*extract.Doc {
	docs := testdocs.Random(n, 42)
	day := time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)
	for i, who := range []string{"Michael Jordan", "Eddie Jordan"} {
		d := testdocs.Doc(fmt.Sprint("jordan-", i), "About "+who+".", day, "ORG:Reuters", "PERSON:"+who, "ORG:Racing")
		d.Entities[1].Mentions[0].Name = "Jordan" // written "Jordan" once
		docs = append(docs, d)
	}
	return docs
}

func countsOf(docs []*extract.Doc) []graphstore.ArticleCounts {
	out := make([]graphstore.ArticleCounts, len(docs))
	for i, d := range docs {
		out[i] = graphstore.Count(d)
	}
	return out
}

// newStore makes a store of docs, its cache refreshed, and returns its
// path.
func newStore(t *testing.T, docs []*extract.Doc) string { return newStoreB(t, docs) }

func newStoreB(t testing.TB, docs []*extract.Doc) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "graph.db")
	s, err := graphstore.Open(ctx, path, graphstore.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddBatch(ctx, countsOf(docs)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	return path
}

// serve starts a handler over the store at path with cfg's limits, on a
// real listener, and stops it when the test ends.
func serve(t *testing.T, path string, cfg api.Config) *httptest.Server {
	t.Helper()
	srv, _ := serveB(t, path, cfg)
	return srv
}

func serveB(t testing.TB, path string, cfg api.Config) (*httptest.Server, *api.Handler) {
	t.Helper()
	cfg.Open = func(ctx context.Context) (graphstore.Store, error) {
		return graphstore.Open(ctx, path, graphstore.OpenOptions{ReadOnly: true})
	}
	h := api.NewHandler(cfg)
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		if err := h.Close(); err != nil {
			t.Error(err)
		}
	})
	return srv, h
}

// get requests path and returns the status and body.
func get(t testing.TB, srv *httptest.Server, path string) (int, []byte) {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func encode(t *testing.T, v any, err error) []byte {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := api.Encode(&b, v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestEndpointsAnswer checks every endpoint against the answers computed on
// the graph in memory: the same bytes, from the store's cache (whole store)
// or from the graph the server read (preloaded, or a window).
func TestEndpointsAnswer(t *testing.T) {
	docs := corpus(150)
	path := newStore(t, docs)
	t.Run("store", func(t *testing.T) { testEndpoints(t, docs, path, false) })
	t.Run("memory", func(t *testing.T) { testEndpoints(t, docs, path, true) })
}

// testEndpoints checks the endpoints of a server over the store of docs at
// path, its graph preloaded or not.
func testEndpoints(t *testing.T, docs []*extract.Doc, path string, preload bool) {
	srv, h := serveB(t, path, api.Config{})
	if preload {
		h.Preload()
		get(t, srv, "/api/graph?top=1") // waits for the graph
	}
	g := graphstore.New()
	for _, d := range docs {
		g.Add(d)
	}
	q := graphstore.QuerierOf(g)
	ctx := context.Background()
	// The window's graph, as a store makes it: of two articles with one
	// id or one text, the first is the article, whatever its date.
	since := time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC)
	wg := graphstore.New()
	seen := map[string]bool{}
	for _, d := range docs {
		if !seen[d.Article.ID] && !seen[d.Hash] && !d.Article.Date.Before(since) {
			wg.Add(d)
		}
		seen[d.Article.ID], seen[d.Hash] = true, true
	}
	wq := graphstore.QuerierOf(wg)
	tests := []struct {
		path string
		want func() (any, error)
	}{
		{"/api/top", func() (any, error) { return api.Top(ctx, q, "", 20) }},
		{"/api/top?type=person&limit=0", func() (any, error) { return api.Top(ctx, q, extract.Person, 0) }},
		{"/api/neighbors?name=Putin", func() (any, error) { return api.Neighbors(ctx, q, "Putin", 20) }},
		{"/api/neighbors?name=" + url.QueryEscape(`Zürich "x"`) + "&limit=2", func() (any, error) { return api.Neighbors(ctx, q, `Zürich "x"`, 2) }},
		{"/api/path?from=AT%26T&to=Pyongyang", func() (any, error) { return api.Path(ctx, q, "AT&T", "Pyongyang") }},
		{"/api/entity?name=vladimir+putin", func() (any, error) { return api.EntityOf(ctx, q, "vladimir putin") }},
		{"/api/articles?name=Russia", func() (any, error) { return api.Articles(ctx, q, "Russia") }},
		{"/api/articles?name=Russia&name=KCNA", func() (any, error) { return api.Articles(ctx, q, "Russia", "KCNA") }},
		{"/api/relations?name=Putin", func() (any, error) { return api.Relations(ctx, q, "Putin") }},
		{"/api/relations?name=Putin&name=Russia", func() (any, error) { return api.Relations(ctx, q, "Putin", "Russia") }},
		{"/api/top?since=2020-01-10", func() (any, error) { return api.Top(ctx, wq, "", 20) }},
		{"/api/neighbors?name=Russia&since=2020-01-10T00:00:00Z&limit=0", func() (any, error) { return api.Neighbors(ctx, wq, "Russia", 0) }},
	}
	for _, tt := range tests {
		status, body := get(t, srv, tt.path)
		v, err := tt.want()
		if want := encode(t, v, err); status != http.StatusOK || !bytes.Equal(body, want) {
			t.Errorf("GET %s: %d\n%s\nwant 200\n%s", tt.path, status, body, want)
		}
	}
}

// TestGraphEndpoint checks /api/graph against export -f json of the same
// graph with the same filters, and the page against the html exporter.
func TestGraphEndpoint(t *testing.T) {
	docs := corpus(150)
	srv := serve(t, newStore(t, docs), api.Config{PageTop: 5})
	g := graphstore.New()
	for _, d := range docs {
		g.Add(d)
	}
	for _, tt := range []struct {
		query string
		f     graphstore.Filter
	}{
		{"", graphstore.Filter{}},
		{"?types=PERSON,country&min_weight=2", graphstore.Filter{Types: []extract.Type{extract.Person, extract.Country}, MinWeight: 2}},
		{"?ego=Putin&depth=2&top=4", graphstore.Filter{Ego: "Putin", Depth: 2, Top: 4}},
		{"?min_mentions=3&top=3", graphstore.Filter{MinMentions: 3, Top: 3}},
	} {
		fg, err := g.Filter(tt.f)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := (export.JSON{}).Write(&want, fg); err != nil {
			t.Fatal(err)
		}
		if status, body := get(t, srv, "/api/graph"+tt.query); status != 200 || !bytes.Equal(body, want.Bytes()) {
			t.Errorf("GET /api/graph%s: %d, %d bytes; want export's %d bytes\n%.300s", tt.query, status, len(body), want.Len(), body)
		}
	}
	status, body := get(t, srv, "/?ego=Putin")
	if status != 200 || !bytes.Contains(body, []byte(`"ego":"PERSON:Vladimir Putin"`)) ||
		!bytes.Contains(body, []byte(`"filter":"ego=Putin top=5"`)) || !bytes.Contains(body, []byte(`"title":"nergraph"`)) {
		t.Errorf("GET /?ego=Putin: %d\n%.600s", status, body)
	}
	fg, _ := g.Filter(graphstore.Filter{Top: 5})
	page, err := export.HTML{}.Page(fg)
	if err != nil {
		t.Fatal(err)
	}
	status, body = get(t, srv, "/")
	if status != 200 || !bytes.Contains(body, []byte(fmt.Sprintf(`"nodes":[{"id":%q`, page.Nodes[0].ID))) {
		t.Errorf("GET /: %d, want the page of the top 5 (first node %s)\n%.400s", status, page.Nodes[0].ID, body)
	}
}

// TestErrors checks the status and message of every kind of bad request.
func TestErrors(t *testing.T) {
	srv := serve(t, newStore(t, corpus(60)), api.Config{MaxResponse: 2000, MaxURL: 300})
	long := strings.Repeat("x", 400)
	tests := []struct {
		method, path string
		status       int
		msg          string
	}{
		{"GET", "/api/neighbors", 400, "name is required"},
		{"GET", "/api/neighbors?name=", 400, "name is required"},
		{"GET", "/api/neighbors?name=Putin&limit=ten", 400, `limit="ten" is not a whole number`},
		{"GET", "/api/neighbors?name=Putin&limit=-1", 400, "not a whole number of 0 or more"},
		{"GET", "/api/neighbors?name=Putin&name=Russia", 400, "name given 2 times"},
		{"GET", "/api/neighbors?nam=Putin", 400, `unknown parameter "nam"`},
		{"GET", "/api/top?type=PLANET", 400, `type="PLANET": want PERSON`},
		{"GET", "/api/top?since=yesterday", 400, "since:"},
		{"GET", "/api/top?since=2020-02-01&until=2020-01-01", 400, "is before since"},
		{"GET", "/api/top?a=%zz", 400, "query string"},
		{"GET", "/api/articles?name=a&name=b&name=c", 400, "give one or two"},
		{"GET", "/api/graph?types=PERSON,PLANET", 400, `unknown entity type "PLANET"`},
		{"GET", "/api/graph?depth=2", 400, "depth is for ego"},
		{"GET", "/api/graph?ego=Putin&depth=0", 400, "depth=0"},
		{"GET", "/api/graph?ego=Putin&types=ORG", 400, "excluded by the type or mention filters"},
		{"GET", "/api/graph", 400, "over the limit of 2000 bytes"},
		{"GET", "/api/entity?name=Nobody", 404, `no such entity: "Nobody"`},
		{"GET", "/api/graph?ego=Nobody", 404, "no such entity"},
		{"GET", "/api/path?from=Putin&to=Nobody", 404, "no such entity"},
		{"GET", "/api/entity?name=Jordan", 409, `"Jordan" may be any of PERSON:Eddie Jordan, PERSON:Michael Jordan`},
		{"GET", "/api/nothing", 404, "no endpoint /api/nothing"},
		{"POST", "/api/top", 405, "POST not allowed"},
		{"DELETE", "/api/top", 405, "DELETE not allowed"},
		{"GET", "/api/top?x=" + long, 414, "the limit is 300"},
	}
	for _, tt := range tests {
		req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var e struct {
			Error      string   `json:"error"`
			Status     int      `json:"status"`
			Candidates []string `json:"candidates"`
		}
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if err != nil || resp.StatusCode != tt.status || e.Status != tt.status || !strings.Contains(e.Error, tt.msg) {
			t.Errorf("%s %.60s: %d %+v (%v); want %d with %q", tt.method, tt.path, resp.StatusCode, e, err, tt.status, tt.msg)
		}
		if tt.status == 409 && strings.Join(e.Candidates, ",") != "PERSON:Eddie Jordan,PERSON:Michael Jordan" {
			t.Errorf("%s: candidates %q", tt.path, e.Candidates)
		}
		if tt.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tt.method, tt.path, resp.Header.Get("Allow"))
		}
	}
}

// TestRequestLimits checks a body, a foreign Host, HEAD and the time limit.
func TestRequestLimits(t *testing.T) {
	path := newStore(t, corpus(60))
	srv := serve(t, path, api.Config{Hosts: api.LoopbackHosts})
	req, _ := http.NewRequest("GET", srv.URL+"/api/top", strings.NewReader("a body"))
	if resp, err := srv.Client().Do(req); err != nil || resp.StatusCode != 413 {
		t.Errorf("GET with a body: %v, %v; want 413", resp, err)
	}
	req, _ = http.NewRequest("GET", srv.URL+"/api/top", nil)
	req.Host = "attacker.example:80"
	if resp, err := srv.Client().Do(req); err != nil || resp.StatusCode != 403 {
		t.Errorf("foreign Host: %v, %v; want 403", resp, err)
	}
	req.Host = "localhost"
	if resp, err := srv.Client().Do(req); err != nil || resp.StatusCode != 200 {
		t.Errorf("Host localhost: %v, %v; want 200", resp, err)
	}
	resp, err := srv.Client().Head(srv.URL + "/api/top")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	_, full := get(t, srv, "/api/top")
	if resp.StatusCode != 200 || len(b) != 0 || resp.ContentLength != int64(len(full)) {
		t.Errorf("HEAD: %d, %d bytes, length %d; want 200, none, %d", resp.StatusCode, len(b), resp.ContentLength, len(full))
	}

	slow := serve(t, path, api.Config{Timeout: time.Nanosecond})
	if status, body := get(t, slow, "/api/top"); status != 503 || !bytes.Contains(body, []byte("no answer within 1ns")) {
		t.Errorf("past the time limit: %d %s; want 503", status, body)
	}
}

// answersByBatch returns, for each endpoint of TestServeWhileIngesting, the
// number of batches whose articles give each possible answer, and the
// answers once all are in.
func answersByBatch(t *testing.T, docs []*extract.Doc, first, batch int) ([]map[string]int, [][]byte) {
	ctx := context.Background()
	valid := make([]map[string]int, 3)
	for i := range valid {
		valid[i] = map[string]int{}
	}
	var final [][]byte
	for k, n := 0, first; ; k, n = k+1, min(n+batch, len(docs)) {
		g := graphstore.New()
		for _, d := range docs[:n] {
			g.Add(d)
		}
		q := graphstore.QuerierOf(g)
		top, err := api.Top(ctx, q, "", 5)
		nb, err2 := api.Neighbors(ctx, q, "Putin", 3)
		fg, err3 := g.Filter(graphstore.Filter{Top: 5})
		var gj bytes.Buffer
		if err == nil && err2 == nil && err3 == nil {
			err = (export.JSON{}).Write(&gj, fg)
		}
		final = [][]byte{encode(t, top, err), encode(t, nb, err2), gj.Bytes()}
		for i, b := range final {
			valid[i][string(b)] = k
		}
		if n == len(docs) {
			return valid, final
		}
	}
}

// TestServeWhileIngesting serves a store while another store value adds
// batches to it and refreshes its cache now and then. Every answer must be
// the answer for the articles of some number of whole batches, and once the
// writer is done, the server must come to the final answer.
func TestServeWhileIngesting(t *testing.T) {
	ctx := context.Background()
	docs := corpus(240)
	const first, batch = 42, 20
	path := newStore(t, docs[:first])
	srv := serve(t, path, api.Config{Recheck: 5 * time.Millisecond})

	endpoints := []string{"/api/top?limit=5", "/api/neighbors?name=Putin&limit=3", "/api/graph?top=5"}
	valid, final := answersByBatch(t, docs, first, batch)

	w, err := graphstore.Open(ctx, path, graphstore.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	done := make(chan error, 1)
	go func() {
		for k, n := 1, first; n < len(docs); k, n = k+1, n+batch {
			if _, err := w.AddBatch(ctx, countsOf(docs[n:min(n+batch, len(docs))])); err != nil {
				done <- err
				return
			}
			if k%3 == 0 {
				if _, err := w.Refresh(ctx); err != nil {
					done <- err
					return
				}
			}
			time.Sleep(15 * time.Millisecond)
		}
		done <- nil
	}()

	var mu sync.Mutex
	seen := make([]map[int]bool, len(endpoints))
	for i := range seen {
		seen[i] = map[int]bool{}
	}
	stop := make(chan struct{})
	var readers sync.WaitGroup
	for r := range 4 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for j := r; ; j++ {
				select {
				case <-stop:
					return
				default:
				}
				i := j % len(endpoints)
				status, body := get(t, srv, endpoints[i])
				k, ok := valid[i][string(body)]
				if status != 200 || !ok {
					t.Errorf("GET %s during the ingest: %d, an answer of no whole batch:\n%.300s", endpoints[i], status, body)
					return
				}
				mu.Lock()
				seen[i][k] = true
				mu.Unlock()
			}
		}()
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	close(stop)
	readers.Wait()
	if _, err := w.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	for i, ep := range endpoints {
		deadline := time.Now().Add(10 * time.Second)
		for {
			_, body := get(t, srv, ep)
			if bytes.Equal(body, final[i]) {
				break
			}
			if time.Now().After(deadline) {
				t.Errorf("GET %s after the ingest: still the answer of batch %d", ep, valid[i][string(body)])
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Logf("%s: answers of %d distinct batch counts during the ingest", ep, len(seen[i]))
	}
}

// TestMaxLag checks how far the graph answers may lag behind a store that
// grew: not at all with a negative MaxLag, and up to Recheck with a long
// one.
func TestMaxLag(t *testing.T) {
	ctx := context.Background()
	docs := corpus(80)
	graphOf := func(n int) []byte {
		g := graphstore.New()
		for _, d := range docs[:n] {
			g.Add(d)
		}
		fg, err := g.Filter(graphstore.Filter{Top: 6})
		var b bytes.Buffer
		if err == nil {
			err = (export.JSON{}).Write(&b, fg)
		}
		if err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	before, after := graphOf(40), graphOf(len(docs))
	if bytes.Equal(before, after) {
		t.Fatal("the test needs batches that change the graph")
	}
	for _, tt := range []struct {
		name string
		cfg  api.Config
		want []byte
	}{
		{"none", api.Config{MaxLag: -1}, after},
		{"an hour", api.Config{MaxLag: time.Hour, Recheck: time.Hour}, before},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := newStore(t, docs[:40])
			srv := serve(t, path, tt.cfg)
			if _, body := get(t, srv, "/api/graph?top=6"); !bytes.Equal(body, before) {
				t.Fatalf("before the batch: %.200s", body)
			}
			w, err := graphstore.Open(ctx, path, graphstore.OpenOptions{Create: true})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if _, err := w.AddBatch(ctx, countsOf(docs[40:])); err != nil {
				t.Fatal(err)
			}
			if _, body := get(t, srv, "/api/graph?top=6"); !bytes.Equal(body, tt.want) {
				t.Errorf("after the batch: %.200s\nwant %.200s", body, tt.want)
			}
		})
	}
}
