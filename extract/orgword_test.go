package extract

import (
	"testing"

	"github.com/nergraph/nergraph/internal/names"
)

// TestOrgWordSets checks orgWord against the five sets it stands for, on
// every word of each and on words of none.
func TestOrgWordSets(t *testing.T) {
	sets := []names.Set{names.OrgHeads, names.GenericOrgHeads, names.CompanyWords, names.CorpSuffixes, names.GenericOrgWords}
	words := []string{"", "halvex", "said", "Bank", "bank ", "lunmark"}
	for _, s := range sets {
		for w := range s {
			words = append(words, w)
		}
	}
	for _, w := range words {
		want := false
		for _, s := range sets {
			want = want || s[w]
		}
		if got := orgWord(w); got != want {
			t.Errorf("orgWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkOrgWord asks orgWord for the folded words of a few names, most
// of them no word of an organization's name, as the rules ask it.
func BenchmarkOrgWord(b *testing.B) {
	words := []string{"ann", "lunmark", "halvex", "mining", "tarnow", "skarvo", "bank", "velle", "marle",
		"quorn", "inc", "the", "north", "sea", "council", "jim"}
	n := 0
	for b.Loop() {
		for _, w := range words {
			if orgWord(w) {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
	_ = n
}
