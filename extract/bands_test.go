package extract

import "testing"

// TestBandCue checks, on sentences of our own, that a name the recognizer
// took for a person is a band's after a word for a band or before a band
// member's role, in all its mentions in the article, and that people stay
// people.
func TestBandCue(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a band word before the name",
			marked: "Awards\n\nScottish rock band [[Tervane Quarbin|PER]] won two awards. [[Tervane Quarbin|PER]] have sold a million albums.",
			want:   []string{`org:tervane-quarbin ORG "Tervane Quarbin"`},
		},
		{
			name:   "a place and group before the name",
			marked: "Awards\n\nThe prize went to Glasgow group [[Tervane Quarbin|PER]] on Monday.",
			want:   []string{`org:tervane-quarbin ORG "Tervane Quarbin"`},
		},
		{
			name:   "a member's role after the name",
			marked: "Talks\n\n[[Tervane Quarbin|PER]] frontman [[Ann Vell|PER]] called for more help. [[Tervane Quarbin|PER]] toured Japan.",
			want:   []string{`country:JP COUNTRY "Japan"`, `org:tervane-quarbin ORG "Tervane Quarbin"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a group's chairman",
			marked: "Results\n\nProfits rose at the group chairman [[Ann Vell|PER]] runs.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a duo of two people",
			marked: "Race\n\nEthiopian duo [[Tervane Quarbin|PER]] and [[Marlow Vell|PER]] made late efforts.",
			want:   []string{`person:marlow-vell PERSON "Marlow Vell"`, `person:tervane-quarbin PERSON "Tervane Quarbin"`},
		},
		{
			name:   "a singer",
			marked: "Awards\n\nThe prize went to singer [[Ann Vell|PER]] on Monday.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
