package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// sportStoryPlain is sportStory as first written: the words of
// strings.FieldsFunc, each lowered by strings.ToLower. sportStory must
// agree with it on any text.
func sportStoryPlain(text string) bool {
	var seen []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if k := strings.ToLower(w); names.SportWords[k] && !slices.Contains(seen, k) {
			if seen = append(seen, k); len(seen) >= 2 {
				return true
			}
		}
	}
	return false
}

// sportTexts try sportStory's edges: words at the start and the end,
// hyphens, capitals, a word twice, words longer than its buffer, accents,
// a Kelvin sign that lowers to an ASCII "k", invalid UTF-8.
var sportTexts = []string{
	"", "goal", "goal goal", "Goal GOALS", "goals.", "-goal-", "kick-off, derby", "KICK-OFF\nDERBY",
	"the league cup", "leagues cups", "quarter-finalists semi-final", "Semi-Final and\xffFIFA",
	"\u212Aick-off derby", "Fußball league tries", "goal\u00e9 derby", "goal\u00e9 derby cup",
	"a very-long-hyphenated-word-indeed goal and a transfer", "uefa\x00fifa", "goal–derby",
}

func TestSportStoryPlain(t *testing.T) {
	for _, text := range append(slices.Clone(sportTexts), sportParagraph, strings.ToUpper(sportParagraph)) {
		if got, want := sportStory(text), sportStoryPlain(text); got != want {
			t.Errorf("sportStory(%.40q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzSportStory checks sportStory against sportStoryPlain on any input.
func FuzzSportStory(f *testing.F) {
	for _, s := range sportTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := sportStory(text), sportStoryPlain(text); got != want {
			t.Errorf("sportStory(%q) = %v, want %v", text, got, want)
		}
	})
}

// sportParagraph is a story of our own with one sport word: sportStory
// reads it to its end, its dearest case.
var sportParagraph = strings.Repeat("The Quarbin council said on Tuesday that the new bridge over the Zorbit "+
	"would open in March, two years late, after the builder's costs rose by a third. Its manager, Ann Lemmo, "+
	"told reporters in Tervane that the delay was the fault of the weather and of a shortage of steel. ", 6)

func BenchmarkSportStory(b *testing.B) {
	for _, c := range []struct {
		name string
		f    func(string) bool
	}{{"plain", sportStoryPlain}, {"bytes", sportStory}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(sportParagraph)))
			for b.Loop() {
				if c.f(sportParagraph) {
					b.Fatal("a sport story")
				}
			}
		})
	}
}
