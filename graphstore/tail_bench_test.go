//go:build unix

package graphstore

import (
	"context"
	"encoding/gob"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
)

// BenchmarkFinalize measures finalize, the tail of a build after
// extraction, phase by phase as finalize runs them: corpus linking,
// counting the articles into nodes (their edges are counted meanwhile, on
// another goroutine), and making the node and edge lists. It runs on the
// documents of BenchmarkBuild's corpus, or on those of the inputs that
// NERGRAPH_BENCH_INPUTS names (paths separated by spaces, read with
// --columns label,title,text as build reads them), e.g. all of Reuters,
// BBC and AG News:
//
//	D=$PWD/../shared/data
//	NERGRAPH_BENCH_INPUTS="$(echo $D/reuters21578/*.sgm $D/bbc/{business,entertainment,politics,sport,tech} $D/agnews/test.csv)" \
//	NERGRAPH_BENCH_DOCS=/tmp/docs.gob go test -run '^$' -bench 'Finalize$' -count 5 ./graphstore
//
// Extraction takes longer than what is measured: with NERGRAPH_BENCH_DOCS
// the documents are kept in that file (gob) after the first run and read
// from it afterwards. The phases are wall times (they run on several
// cores); cpu-ms/op is the CPU of all of them.
func BenchmarkFinalize(b *testing.B) {
	docs := finalizeDocs(b)
	g := New()
	for _, d := range docs {
		g.Add(d)
	}
	var link, count, lists time.Duration
	cpu0 := rusageCPU()
	for b.Loop() {
		t0 := time.Now()
		l := linkCorpus(g.articles, g.keys)
		t1 := time.Now()
		acc := newAccumulator(g.window, l)
		edgesCounted := acc.addAll(g.articles)
		t2 := time.Now()
		nodes, _, rank := acc.nodeList()
		edgesCounted()
		acc.edgeList(nodes, rank, len(g.articles))
		t3 := time.Now()
		link += t1.Sub(t0)
		count += t2.Sub(t1)
		lists += t3.Sub(t2)
	}
	n := float64(b.N)
	b.ReportMetric((rusageCPU()-cpu0).Seconds()/n*1e3, "cpu-ms/op")
	b.ReportMetric(link.Seconds()/n*1e3, "link-ms/op")
	b.ReportMetric(count.Seconds()/n*1e3, "count-ms/op")
	b.ReportMetric(lists.Seconds()/n*1e3, "lists-ms/op")
	b.ReportMetric(float64(len(docs)), "articles")
}

// rusageCPU is the CPU time the process has used, user and system.
func rusageCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// finalizeDocs returns the documents BenchmarkFinalize runs on (see there).
func finalizeDocs(b *testing.B) []*extract.Doc {
	b.Helper()
	paths := strings.Fields(os.Getenv("NERGRAPH_BENCH_INPUTS"))
	if len(paths) == 0 {
		docs, _ := benchDocs(b)
		return docs
	}
	cache := os.Getenv("NERGRAPH_BENCH_DOCS")
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var docs []*extract.Doc
			if err := gob.NewDecoder(f).Decode(&docs); err != nil {
				b.Fatalf("%s: %v", cache, err)
			}
			return docs
		}
	}
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*extract.Doc
	opts := extract.RunOptions{Reader: input.ReaderOptions{Columns: []string{"label", "title", "text"}}}
	if _, err := extract.Run(context.Background(), paths, ex, opts, func(d *extract.Doc) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			b.Fatal(err)
		}
		if err := gob.NewEncoder(f).Encode(docs); err != nil {
			b.Fatal(err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
	return docs
}
