package api_test

import (
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nergraph/nergraph/api"
	"github.com/nergraph/nergraph/internal/testenv"
)

// BenchmarkNeighbors asks /api/neighbors of a server over a store of 2,000
// random articles, from 8 clients at once, for the 10 entities in turn:
// from the graph in memory (preloaded, as serve does) and from the store's
// cache. It reports requests per second and the CPU time of the process
// (server and clients) per request.
func BenchmarkNeighbors(b *testing.B) {
	docs := corpus(2000)
	path := newStoreB(b, docs)
	names := []string{"Vladimir Putin", "Putin", "Kim Jong Un", "Russia", "North Korea", "Reuters", "KCNA", "Pyongyang", `Zürich "x"`, "AT&T"}
	for _, mode := range []struct {
		name    string
		preload bool
	}{{"memory", true}, {"store", false}} {
		b.Run(mode.name, func(b *testing.B) {
			srv, h := serveB(b, path, api.Config{Stores: 4})
			if mode.preload {
				h.Preload()
				get(b, srv, "/api/graph?top=1") // waits for the graph
			}
			var i atomic.Int64
			b.SetParallelism(4) // 8 clients on 2 cores
			c0, t0 := testenv.CPUTime(), time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					n := names[int(i.Add(1))%len(names)]
					if status, body := get(b, srv, "/api/neighbors?limit=20&name="+url.QueryEscape(n)); status != 200 {
						b.Fatalf("%d %s", status, body)
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(t0).Seconds(), "requests/s")
			b.ReportMetric(float64(testenv.CPUTime()-c0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/request")
		})
	}
}
