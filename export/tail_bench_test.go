//go:build unix

package export_test

import (
	"context"
	"encoding/gob"
	"io"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// BenchmarkTail measures what a build does after extraction, as
// `nergraph build -f json` does it: finalize (corpus linking, nodes and
// edges), the layout (communities and centrality) and writing the JSON
// graph (to io.Discard). It runs on the documents that
// graphstore's BenchmarkFinalize keeps in the file NERGRAPH_BENCH_DOCS
// (see there) and is skipped without one. It reports the wall time of
// finalize and of the layout and writing, and the CPU of all:
//
//	NERGRAPH_BENCH_DOCS=/tmp/docs.gob go test -run '^$' -bench Tail -count 5 ./export
func BenchmarkTail(b *testing.B) {
	path := os.Getenv("NERGRAPH_BENCH_DOCS")
	if path == "" {
		b.Skip("NERGRAPH_BENCH_DOCS names no file of documents (see graphstore's BenchmarkFinalize)")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*extract.Doc
	err = gob.NewDecoder(f).Decode(&docs)
	f.Close()
	if err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	ex, err := export.Lookup("json")
	if err != nil {
		b.Fatal(err)
	}
	var fin, write time.Duration
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		g := graphstore.New()
		for _, d := range docs {
			g.Add(d)
		}
		b.StartTimer()
		c0, t0 := processCPU(), time.Now()
		g.NumEdges() // finalizes
		t1 := time.Now()
		fg, err := g.Filter(graphstore.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		arranged, _, err := export.Arrange(context.Background(), ex, fg, export.PositionsAuto)
		if err != nil {
			b.Fatal(err)
		}
		if err := arranged.Write(io.Discard, fg); err != nil {
			b.Fatal(err)
		}
		fin, write, cpu = fin+t1.Sub(t0), write+time.Since(t1), cpu+processCPU()-c0
	}
	n := float64(b.N)
	b.ReportMetric(fin.Seconds()/n*1e3, "finalize-ms/op")
	b.ReportMetric(write.Seconds()/n*1e3, "write-ms/op")
	b.ReportMetric(cpu.Seconds()/n*1e3, "cpu-ms/op")
}

// processCPU is the CPU time the process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
