package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// TestRun runs the load on a stand-in server that knows three entities and
// checks that it asks neighbors of each and counts every answer.
func TestRun(t *testing.T) {
	var asked [3]atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/top":
			if r.URL.Query().Get("limit") != "3" {
				t.Errorf("top limit %q", r.URL.Query().Get("limit"))
			}
			fmt.Fprint(w, `[{"id": "person:a"}, {"id": "org:b&c"}, {"id": "x y"}]`)
		case "/api/neighbors":
			i := map[string]int{"person:a": 0, "org:b&c": 1, "x y": 2}[r.URL.Query().Get("name")]
			asked[i].Add(1)
			if r.URL.Query().Get("name") == "x y" {
				w.WriteHeader(404)
			}
			fmt.Fprint(w, `{"neighbors": []}`)
		}
	}))
	defer srv.Close()
	var out bytes.Buffer
	if err := run(&out, srv.URL, 3, 300*time.Millisecond, "", 3, 5, os.Getpid()); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`: (\d+) requests, `).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no request count in\n%s", out.String())
	}
	n, _ := strconv.Atoi(m[1])
	total := asked[0].Load() + asked[1].Load() + asked[2].Load()
	if n == 0 || int64(n) > total || asked[0].Load() == 0 || asked[1].Load() == 0 || asked[2].Load() == 0 {
		t.Errorf("reported %d requests; the server saw %d, %d, %d", n, asked[0].Load(), asked[1].Load(), asked[2].Load())
	}
	for _, want := range []string{"status 200: ", "status 404: ", "latency: p50 ", "server CPU: "} {
		if !bytes.Contains(out.Bytes(), []byte(want)) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
