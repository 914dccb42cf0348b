package graphstore

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"testing"
	"time"
)

// BenchmarkGraphMemory measures the live heap the graph keeps per article:
// the documents of BenchmarkBuild's corpus are added NERGRAPH_BENCH_COPIES
// times (default 4), each copy with its own ids and hashes, as
// internal/tools/scalebench replicates AG News. It reports the live heap
// per article before finalize ("B/article") and with the graph finalized
// ("B/article-final"), and the most live heap a collection found during
// finalize ("B/article-peak"), over the heap with the documents alone. It
// reports too the live heap of the output graph alone ("B/article-output"):
// the zero filter's view, which build and export write out (nodes, edges
// with their article lists, the articles' ids and titles), once the graph
// it was made of is gone; docs/scale.md takes it as the output graph's own
// size. With NERGRAPH_HEAPPROFILE=FILE it writes a heap profile just before
// finalize.
//
//	go test ./graphstore -run '^$' -bench GraphMemory -benchtime 1x
func BenchmarkGraphMemory(b *testing.B) {
	docs, _ := benchDocs(b)
	copies := 4
	if s := os.Getenv("NERGRAPH_BENCH_COPIES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("NERGRAPH_BENCH_COPIES=%q: want a positive integer", s)
		}
		copies = n
	}
	var perArticle, perArticleFinal, perArticlePeak, perArticleOutput float64
	for b.Loop() {
		base := liveHeap()
		g := New()
		for k := range copies {
			for _, d := range docs {
				c := *d
				if k > 0 {
					// Another hex hash of the same length, as the
					// copies' distinct texts have.
					c.Article.ID += fmt.Sprintf("#%d", k)
					c.Hash = c.Hash[:len(c.Hash)-8] + fmt.Sprintf("%08x", k)
				}
				g.Add(&c)
			}
		}
		n := float64(g.Len())
		added := liveHeap()
		if p := os.Getenv("NERGRAPH_HEAPPROFILE"); p != "" {
			writeHeapProfile(b, p)
		}
		stop := watchLiveHeap()
		g.NumEdges() // finalizes
		peak := stop()
		final := liveHeap()
		v, err := g.Filter(Filter{})
		if err != nil {
			b.Fatal(err)
		}
		output := liveHeap()
		perArticle = float64(added-base) / n
		perArticleFinal = float64(final-base) / n
		perArticlePeak = float64(max(peak, final)-base) / n
		perArticleOutput = float64(output-base) / n
		runtime.KeepAlive(v)
	}
	b.ReportMetric(perArticle, "B/article")
	b.ReportMetric(perArticleFinal, "B/article-final")
	b.ReportMetric(perArticlePeak, "B/article-peak")
	b.ReportMetric(perArticleOutput, "B/article-output")
	b.ReportMetric(float64(len(docs)*copies), "articles")
}

// watchLiveHeap samples the live heap as the last collection found it
// until the function it returns is called, which returns the largest.
func watchLiveHeap() func() uint64 {
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var top uint64
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			top = max(top, s[0].Value.Uint64())
			select {
			case <-done:
				peak <- top
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-peak }
}

// liveHeap returns the bytes of live heap objects after full collections:
// two, as the second empties what the first left in sync.Pools' victim
// caches.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func writeHeapProfile(b *testing.B, path string) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		b.Fatal(err)
	}
}
