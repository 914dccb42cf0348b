package names

import "testing"

// BenchmarkKey folds names as the resolver meets them: mostly short
// capitalized ASCII words and names, some already keys.
func BenchmarkKey(b *testing.B) {
	ws := []string{"Reuters", "U.S.", "the", "Bank of Japan", "Tony Blair", "AT&T", "O'Neal", "Microsoft Corp.",
		"said", "International Business Machines", "New York", "Kim Jong-un", "BBC", "Ministry of Finance"}
	var buf [64]byte
	n := 0
	for b.Loop() {
		for _, w := range ws {
			n += len(AppendKey(buf[:0], w))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ws)), "ns/name")
	if n == 0 {
		b.Fatal("no keys")
	}
}

// BenchmarkSetHas asks a set with names as written, as the resolver's
// tables are asked: most miss, a few are keys already (all ASCII: the fast path).
func BenchmarkSetHas(b *testing.B) {
	s := Set{"bank of japan": true, "reuters": true, "said": true, "us": true, "jose": true}
	ws := []string{"Reuters", "U.S.", "the", "Bank of Japan", "Tony Blair", "AT&T", "O'Neal", "Microsoft Corp.",
		"said", "International Business Machines", "New York", "Kim Jong-un", "BBC", "Jose"}
	n := 0
	for b.Loop() {
		for _, w := range ws {
			if s.Has(w) {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ws)), "ns/name")
	if n == 0 {
		b.Fatal("no hits")
	}
}
