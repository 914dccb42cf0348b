package pos_test

import (
	"os"
	"runtime"
	"testing"

	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/internal/testenv"
)

func readCoNLL(tb testing.TB, name string) []pos.Sentence {
	tb.Helper()
	p := testenv.Shared(tb, "data/conll2003/"+name)
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	s, err := pos.ReadCoNLL(f, p)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// BenchmarkTag tags CoNLL-2003 test.txt (46,435 tokens).
// Run with GOMAXPROCS=1 for the figure of one core.
func BenchmarkTag(b *testing.B) {
	sents := readCoNLL(b, "test.txt")
	m, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	var tags []pos.Tag
	tokens := 0
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, s := range sents {
			tags = m.AppendTags(tags[:0], s.Words)
			tokens += len(s.Words)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)/(testenv.CPUTime()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkTagChunk tags and chunks CoNLL-2003 test.txt.
func BenchmarkTagChunk(b *testing.B) {
	sents := readCoNLL(b, "test.txt")
	m, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, s := range sents {
			m.TagChunk(s.Words)
			tokens += len(s.Words)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)/(testenv.CPUTime()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkLoad decodes the embedded model, as a program that finds
// relations does once, and reports its CPU time and the live heap the
// model holds, which every garbage collection of the program marks.
func BenchmarkLoad(b *testing.B) {
	f, err := os.ReadFile("model.bin")
	if err != nil {
		b.Fatal(err)
	}
	cpu := testenv.CPUTime()
	for b.Loop() {
		if _, err := pos.Decode(f); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((testenv.CPUTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
	before := liveHeap()
	m, err := pos.Decode(f)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(liveHeap()-before)/1e6, "model-MB")
	runtime.KeepAlive(m)
}

// BenchmarkTagFirst decodes the model and tags CoNLL-2003 test.txt once:
// every word is met for the first time in a model, as in one run of
// nergraph, where first meetings cost as much as the tagging proper. It
// reports the CPU time and the live heap of the model and its sums.
func BenchmarkTagFirst(b *testing.B) {
	sents := readCoNLL(b, "test.txt")
	f, err := os.ReadFile("model.bin")
	if err != nil {
		b.Fatal(err)
	}
	var tags []pos.Tag
	tokens := 0
	var m *pos.Model
	cpu := testenv.CPUTime()
	for b.Loop() {
		if m, err = pos.Decode(f); err != nil {
			b.Fatal(err)
		}
		for _, s := range sents {
			tags = m.AppendTags(tags[:0], s.Words)
			tokens += len(s.Words)
		}
	}
	used := testenv.CPUTime() - cpu
	b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(tokens)/used.Seconds(), "tokens/cpu-s")
	m = nil
	before := liveHeap()
	if m, err = pos.Decode(f); err != nil {
		b.Fatal(err)
	}
	for _, s := range sents {
		tags = m.AppendTags(tags[:0], s.Words)
	}
	b.ReportMetric(float64(liveHeap()-before)/1e6, "heap-MB")
	runtime.KeepAlive(m)
}

// liveHeap returns the bytes of the heap in use after collections: three,
// since a sync.Pool keeps a dropped model alive through two.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
