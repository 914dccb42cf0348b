package extract

import "testing"

// TestDemonymRun checks tail17i's [demonymRun]: words of peoples and
// regions joined by "and", or "pan-" and a people, before a lower-case
// noun are an adjective and no name; such words before a verb of a firm,
// and a name with a word of its own, are left.
func TestDemonymRun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "regions joined by and before a noun",
			marked: "Business\n\nProfits fell, although [[Central and Eastern European|ORG]] sales rose.",
			want:   []string{},
		},
		{
			name:   "pan- and a people before a noun",
			marked: "Business\n\nThe [[Pan-European|ORG]] exchange said nothing.",
			want:   []string{},
		},
		{
			name:   "a firm's own word in the name",
			marked: "Business\n\n[[Quarbin and Eastern European|ORG]] shares rose.",
			want:   []string{`org:quarbin-and-eastern-european ORG "Quarbin and Eastern European"`},
		},
		{
			name:   "a firm's verb after the words",
			marked: "Business\n\n[[Pan-European|ORG]] said its sales rose.",
			want:   []string{`org:pan-european ORG "Pan-European"`},
		},
	})
}
