package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/nergraph/nergraph/api"
)

// FuzzRequest sends any path and query string to a server over a small
// store: it never panics, always answers JSON (or the page), and an error
// answer says its status.
func FuzzRequest(f *testing.F) {
	for _, seed := range []string{
		"/api/top?limit=3", "/api/neighbors?name=Putin&limit=0", "/api/graph?types=PERSON,,country&top=2",
		"/api/graph?ego=Putin&depth=3", "/api/path?from=Putin&to=AT%26T", "/api/articles?name=a&name=b",
		"/api/top?since=2020-01-01&until=2020-01-01", "/api/top?since=2020-01-02T00:00:00Z", "/?top=0",
		"/api/entity?name=%ff%fe", "/api/top?limit=99999999999999999999", "/api/graph?min_weight=1e3",
	} {
		f.Add(seed)
	}
	path := newStoreB(f, corpus(40))
	srv, _ := serveB(f, path, api.Config{MaxResponse: 1 << 20})
	f.Fuzz(func(t *testing.T, target string) {
		req := httptest.NewRequest("GET", "/", nil)
		u, err := req.URL.Parse(target)
		if err != nil {
			return
		}
		uri := u.RequestURI()
		for _, c := range []byte(uri) {
			if c <= ' ' || c == 0x7f {
				return // not a request line; Go's server refuses it before the handler
			}
		}
		resp, err := srv.Client().Get(srv.URL + uri)
		if err != nil {
			return // not a request the client sends
		}
		defer resp.Body.Close()
		var v any
		if resp.StatusCode == 200 && resp.Header.Get("Content-Type") == "text/html; charset=utf-8" {
			return
		}
		if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
			t.Fatalf("GET %s: %d, not JSON: %v", uri, resp.StatusCode, err)
		}
		if resp.StatusCode != http.StatusOK {
			e, ok := v.(map[string]any)
			if !ok || e["status"] != float64(resp.StatusCode) || e["error"] == "" {
				t.Errorf("GET %s: %d with %v", uri, resp.StatusCode, v)
			}
		}
	})
}
