package extract

import (
	"strings"
	"testing"
)

// TestParticipleOpeners checks, on sentences of our own, that a compound
// adjective made with a participle and glued before a name by a
// sentence's capital is cut, before a person and before a body; and that
// a given name of two syllables, a word with a hyphen that ends in no
// participle and a short syllable in "ing" stay whole.
func TestParticipleOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a seed before a player",
			marked: "Open\n\n[[Top-seeded Edward Okafor|PER]] lost in three sets.",
			want:   []string{`person:edward-okafor PERSON "Edward Okafor"`},
		},
		{
			name:   "a leader's appointee before a body",
			marked: "Aid\n\nThe [[Okafor-appointed Tervane Commission|ORG]] will report in May.",
			want:   []string{`org:tervane-commission ORG "Tervane Commission"`},
		},
		{
			name:   "a running back's adjective",
			marked: "Game\n\n[[Hard-running Quarbell|PER]] scored twice.",
			want:   []string{`person:quarbell PERSON "Quarbell" partial`},
		},
		{
			name:   "after a name the adjective's first part ends",
			marked: "Game\n\nThey face the [[AFC|ORG]] [[North-leading Tervane Lions|ORG]] on Sunday.",
			want:   []string{`org:afc ORG "AFC" partial`, `org:north-leading-tervane-lions ORG "North-leading Tervane Lions"`},
		},
		{
			name:   "a given name of two syllables",
			marked: "Talks\n\n[[Mei-ling Okafor|PER]] said the talks went well.",
			want:   []string{`person:mei-ling-okafor PERSON "Mei-ling Okafor"`},
		},
		{
			name:   "a noun after the hyphen",
			marked: "Disc\n\n[[Blu-ray Quarbin Association|ORG]] met on Monday.",
			want:   []string{`org:blu-ray-quarbin-association ORG "Blu-ray Quarbin Association"`},
		},
	})
}

// TestParticipleOpenerWords checks [participleOpener] on the word before
// a name and the word before it: after a capitalized word that is no
// article the adjective's first part ends another name.
func TestParticipleOpenerWords(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Top-seeded", true},
		{"the Okafor-appointed", true},
		{"The Okafor-appointed", true},
		{"the AFC North-leading", false},
		{"the Mei-ling", false},
		{"the Euro-clear", false},
	}
	for _, tc := range tests {
		i := strings.LastIndexByte(tc.text, ' ') + 1
		w := word{text: tc.text[i:], start: i, end: len(tc.text)}
		if got := participleOpener(tc.text, w); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
