package viewer_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/nergraph/nergraph/api"
	"github.com/nergraph/nergraph/graphstore"
	_ "github.com/nergraph/nergraph/graphstore/sqlite"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestServedPage opens the page that serve answers at / in the browser:
// it gets ready with no console error, shows the counts of /api/graph with
// the same parameters, and opens focused on the ego.
func TestServedPage(t *testing.T) {
	ctx := chrome(t)
	path := filepath.Join(t.TempDir(), "graph.db")
	st, err := graphstore.Open(context.Background(), path, graphstore.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	var batch []graphstore.ArticleCounts
	for _, d := range testdocs.Random(400, 9) {
		batch = append(batch, graphstore.Count(d))
	}
	if _, err := st.AddBatch(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	st.Close()
	h := api.NewHandler(api.Config{Name: "served", Open: func(ctx context.Context) (graphstore.Store, error) {
		return graphstore.Open(ctx, path, graphstore.OpenOptions{ReadOnly: true})
	}})
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); h.Close() })

	for _, tt := range []struct {
		query, focus string
	}{
		{"?top=6", ""},
		{"?ego=Kim+Jong+Un&min_weight=2", "PERSON:Kim Jong Un"},
	} {
		resp, err := http.Get(srv.URL + "/api/graph" + tt.query)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		var nl nodeLink
		if err != nil || resp.StatusCode != 200 || json.Unmarshal(b, &nl) != nil {
			t.Fatalf("GET /api/graph%s: %d %v %.200s", tt.query, resp.StatusCode, err, b)
		}
		tb := openURL(t, ctx, srv.URL+"/"+tt.query)
		if got, want := tb.counts(t), counts(len(nl.Nodes), len(nl.Links)); got != want {
			t.Errorf("page %s shows %q, /api/graph%s has %q", tt.query, got, tt.query, want)
		}
		st := tb.state(t)
		if tt.focus == "" && st.Focus != nil || tt.focus != "" && (st.Focus == nil || *st.Focus != tt.focus) {
			t.Errorf("page %s: focus %v, want %q", tt.query, st.Focus, tt.focus)
		}
		if got := tb.eval(t, `document.getElementById("title").textContent`); got != "served" {
			t.Errorf("page %s: title %q", tt.query, got)
		}
		tb.checkNotBlank(t)
		tb.checkConsole(t)
	}
}
