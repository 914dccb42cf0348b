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
