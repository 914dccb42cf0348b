package extract

import "testing"

// TestPartnerCommaSpans checks, on sentences of our own, that a firm of
// partners cut at its comma, whose first pair the recognizer took for a
// person, is one firm, and the readings left: a person before her firm,
// a person before the firm of her name, a firm's own words after the comma.
func TestPartnerCommaSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the last partners and Co",
			marked: "Bonds\n\nPrices rose, [[Jo Pike|PER]] of [[Tervane Quarbin|PER]], [[Lunmark Vell and Co Inc|ORG]] said.",
			want:   []string{`org:tervane-quarbin-lunmark-vell ORG "Tervane Quarbin, Lunmark Vell and Co Inc"`, `person:jo-pike PERSON "Jo Pike"`},
		},
		{
			name:   "a partner between two commas",
			marked: "Bonds\n\nSole manager [[Tervane Quarbin|PER]], [[Lunmark|PER]], [[Vell Inc|ORG]] priced the notes.",
			want:   []string{`org:tervane-quarbin-lunmark-vell ORG "Tervane Quarbin, Lunmark, Vell Inc"`},
		},
		{
			name:   "a firm's own words after the comma",
			marked: "Bonds\n\nThe notes were sold by [[Tervane Quarbin|PER]], [[Lunmark Bank Ltd|ORG]] in London.",
			want:   []string{`org:lunmark-bank ORG "Lunmark Bank Ltd"`, `person:tervane-quarbin PERSON "Tervane Quarbin"`},
		},
		{
			name:   "a person before the firm of her name",
			marked: "Bonds\n\nThe notes were sold by [[Ann Quarbin|PER]], [[Quarbin and Co|ORG]] in London.",
			want:   []string{`org:quarbin-and ORG "Quarbin and Co"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
	})
}
