package extract

import (
	"context"
	"testing"

	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/internal/testenv"
)

// BenchmarkExtractRelations measures the per-article path with relations
// on and off, in CPU time, so that their cost reads as a ratio:
//
//	GOMAXPROCS=1 go test -bench ExtractRelations -benchtime 3x ./extract
func BenchmarkExtractRelations(b *testing.B) {
	arts := benchArticles(b)
	for _, on := range []bool{false, true} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			ex, err := New(WithRelations(on))
			if err != nil {
				b.Fatal(err)
			}
			tokens, rels := 0, 0
			start := testenv.CPUTime()
			for b.Loop() {
				for _, a := range arts {
					d := ex.Extract(a)
					tokens += d.Tokens
					rels += len(d.Relations)
				}
			}
			cpu := testenv.CPUTime() - start
			b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(rels)/float64(b.N), "relations/op")
		})
	}
}

// BenchmarkRunRelations runs the whole pipeline (Run, one worker) over AG
// News test with relations off and on, in CPU time, as build does without
// building the graph: the on/off ratio of the cpu-s/op is the cost of the
// relations where they run in batches (see pipeline.extract).
//
//	GOMAXPROCS=1 go test -run '^$' -bench RunRelations -benchtime 3x ./extract
func BenchmarkRunRelations(b *testing.B) {
	path := testenv.Shared(b, "data/agnews/test.csv")
	for _, on := range []bool{false, true} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			ex, err := New(WithRelations(on))
			if err != nil {
				b.Fatal(err)
			}
			opts := RunOptions{Reader: input.ReaderOptions{Columns: []string{"label", "title", "text"}}, Workers: 1}
			tokens, rels := 0, 0
			start := testenv.CPUTime()
			for b.Loop() {
				st, err := Run(context.Background(), []string{path}, ex, opts, func(d *Doc) error {
					rels += len(d.Relations)
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
				tokens += st.Tokens
			}
			cpu := testenv.CPUTime() - start
			b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(rels)/float64(b.N), "relations/op")
		})
	}
}
