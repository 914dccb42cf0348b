package extract

import "testing"

// TestWorksKindTail checks, on sentences of our own with made-up names,
// that a works' kind noun ending a name taken for a person makes it a firm
// ([worksKindTail]), and the names left: a surname that is a kind too, a
// person with a title, a body's "of".
func TestWorksKindTail(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a sawmill taken for a person",
			marked: "Timber\n\nThe group will buy the bankrupt [[Quarbin Pine Sawmill|PER]] in the valley.",
			want:   []string{`org:quarbin-pine-sawmill ORG "Quarbin Pine Sawmill"`},
		},
		{
			name:   "a laboratory taken for a person",
			marked: "Physics\n\nScientists at [[Lemmo Tervane Laboratory|PER]] made the find.",
			want:   []string{`org:lemmo-tervane-laboratory ORG "Lemmo Tervane Laboratory"`},
		},
		{
			name:   "a surname that is a kind too",
			marked: "Music\n\nThe singer [[Zorbit Plant|PER]] sang at the show.",
			want:   []string{`person:zorbit-plant PERSON "Zorbit Plant"`},
		},
		{
			name:   "a one-word name",
			marked: "Music\n\nThe singer [[Factory|PER]] sang at the show.",
			want:   []string{`person:factory PERSON "Factory" partial`},
		},
	})
}

// TestBankenFirm checks, on sentences of our own with made-up names, that a
// one-word name taken for a person that ends in "banken" is a bank
// ([bankenFirm]), and the names left: a sea's bank typed a place, a name of
// two words.
func TestBankenFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a Scandinavian bank taken for a person",
			marked: "Banks\n\nThe regional bank [[Quarviksbanken|PER]] raised its lending rate.",
			want:   []string{`org:quarviksbanken ORG "Quarviksbanken" partial`},
		},
		{
			name:   "a German bank of the states taken for a person",
			marked: "Banks\n\nThe central bank's offices in the states, the [[Lemmozentralbanken|PER]] (LZBs), will meet.",
			want:   []string{`org:lemmozentralbanken ORG "Lemmozentralbanken" partial`},
		},
		{
			name:   "a bank bought, taken for a person",
			marked: "Banks\n\nHalvex Corp bought [[Tervlandsbanken|PER]], a small regional bank.",
			want:   []string{`org:tervlandsbanken ORG "Tervlandsbanken" partial`},
		},
		{
			name:   "a sea's bank typed a place",
			marked: "Oil\n\nStatoil said oil was found at [[Tervebanken|LOC]] in the Norwegian Sea.",
			want:   []string{`location:tervebanken LOCATION "Tervebanken" partial`},
		},
		{
			name:   "a name of two words",
			marked: "Music\n\nThe singer [[Ann Lemmobanken|PER]] sang at the show.",
			want:   []string{`person:ann-lemmobanken PERSON "Ann Lemmobanken"`},
		},
	})
}
