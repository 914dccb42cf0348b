package extract

import "testing"

// TestFirmKindOpener covers a firm's trade that opens a sentence, glued to
// the firm's name after it ([Resolver.firmKindOpener]).
func TestFirmKindOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a jeweller opens a sentence before a name typed a person",
			marked: "Sales\n\nShops had a poor year. [[Jeweller Zorbex|PER]] also felt little cheer.",
			want:   []string{`org:zorbex ORG "Zorbex" partial`},
		},
		{
			name:   "a retailer before a firm with its suffix",
			marked: "Sales\n\nShops had a poor year. [[Retailer Quarbin Stores Inc|ORG]] said sales fell.",
			want:   []string{`org:quarbin-stores ORG "Quarbin Stores Inc"`},
		},
		{
			name:   "a carmaker typed a place",
			marked: "Jobs\n\nThe plant will shut. [[Carmaker Tervane|LOC]] cut 500 jobs.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		// Negatives: spans the rule leaves whole.
		{
			name:   "a trade inside a sentence",
			marked: "Sales\n\nShops said [[Jeweller Zorbex|PER]] felt little cheer.",
			want:   []string{`person:jeweller-zorbex PERSON "Jeweller Zorbex"`},
		},
		{
			name:   "a surname like a trade before a given name",
			marked: "Talks\n\nThe talks ended. [[Brewer Ann Vell|PER]] said she was pleased.",
			want:   []string{`person:brewer-ann-vell PERSON "Brewer Ann Vell"`},
		},
		{
			name:   "a person's job no table of firms lists",
			marked: "Books\n\nThe book sold well. [[Publisher Zorbex|PER]] said so.",
			want:   []string{`person:publisher-zorbex PERSON "Publisher Zorbex"`},
		},
	})
}
