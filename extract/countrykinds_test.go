package extract

import "testing"

// TestCountryKindSpans checks, on sentences of our own, that a dotted
// country and a capitalized company's word is the country alone where a
// determiner stands before the two or a kind noun after them, and the
// readings left: a firm's name written without such a cue anywhere in the
// article, a place of the country's, the country's own body, a body of
// the article holding the word.
func TestCountryKindSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a determiner before a bank",
			marked: "Rates\n\nThe move was a surprise, a dealer at a [[U.K. Bank|ORG]] said.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`},
		},
		{
			name:   "a kind noun after an industry",
			marked: "Chips\n\nTervane sells chips to [[U.S. Semiconductor|ORG]] makers in Ohio.",
			want:   []string{`country:US COUNTRY "United States"`},
		},
		{
			name:   "and with a lower-case word after",
			marked: "Assets\n\nQuarbin Holdings sold its remaining [[U.S. Oil|ORG]] and gas assets.",
			want:   []string{`country:US COUNTRY "United States"`},
		},
		{
			name:   "the United Nations' body",
			marked: "Outlook\n\nThe [[U.N. Body|ORG]] said growth in the region improved.",
			want:   []string{`org:united-nations ORG "United Nations"`},
		},
		{
			name:   "the firm written bare elsewhere",
			marked: "Lines\n\nU.S. Vellmar said sales rose. Two [[U.S. Vellmar|ORG]] officials resigned.",
			want:   []string{`country:US COUNTRY "United States"`, `org:us-vellmar ORG "U.S. Vellmar"`},
		},
		{
			name:   "a place of the country's",
			marked: "Grain\n\nWheat was shipped from the [[U.S. Gulf|LOC]] to Japan.",
			want:   []string{`country:JP COUNTRY "Japan"`, `location:us-gulf LOCATION "U.S. Gulf"`},
		},
		{
			name:   "the country's own body",
			marked: "Bonds\n\nThe [[U.K. Government|ORG]] bond market fell.",
			want:   []string{`org:uk-government ORG "U.K. Government"`},
		},
		{
			name:   "the article names a bank holding the word",
			marked: "Banks\n\n[[Tervane Bank Plc|ORG]] opened a unit, the first of a [[U.K. Bank|ORG]] in Lemmo.",
			want:   []string{`org:tervane-bank ORG "Tervane Bank Plc"`, `org:uk-bank ORG "U.K. Bank"`},
		},
	})
}
