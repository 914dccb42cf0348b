package extract

import (
	"strings"
	"testing"
)

// TestSentenceStartAbbreviation checks, on sentences of our own, that a
// dotted country abbreviation ends no sentence for [sentenceStart], and
// that a period after a word or a firm's dotted suffix still does.
func TestSentenceStartAbbreviation(t *testing.T) {
	cases := []struct {
		name, text, at string
		want           bool
	}{
		{"after U.S.", "Bonds fell as the U.S. Treasury sold notes.", "Treasury", false},
		{"after U.K. in brackets", "A buyer (U.K. Tervane Mills) bid.", "Tervane", false},
		{"after a sentence's period", "Bonds fell in Lunmark. Tervane said so.", "Tervane", true},
		{"after a firm's dotted suffix", "It was sold to Quarbin Corp. Tervane said so.", "Tervane", true},
		{"after a word inside its sentence", "Bonds fell as Lunmark Treasury sold notes.", "Treasury", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sentenceStart(c.text, strings.Index(c.text, c.at)); got != c.want {
				t.Errorf("sentenceStart(%q at %q) = %v, want %v", c.text, c.at, got, c.want)
			}
		})
	}
}

// TestRoleOpenerAfterAbbreviation checks that a role noun after a dotted
// country abbreviation is cut from the name after it ([roleOpener]), as it
// is at a sentence's start, and that one inside a sentence is kept.
func TestRoleOpenerAfterAbbreviation(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a role noun after U.S.",
			marked: "Deals\n\nThe buyer is U.S. [[Publisher Quarbin Lunmark|ORG]] of Tervane.",
			want:   []string{`country:US COUNTRY "United States"`, `org:quarbin-lunmark ORG "Quarbin Lunmark"`},
		},
		{
			name:   "a role noun inside a sentence",
			marked: "Deals\n\nThe buyer is [[Publisher Quarbin Lunmark|ORG]] of Tervane.",
			want:   []string{`org:publisher-quarbin-lunmark ORG "Publisher Quarbin Lunmark"`},
		},
	})
}
