package extract

import "testing"

// TestCutCommaGlued checks, on sentences of our own, that a lower-case
// word glued after a comma with no space is cut from the end of a span,
// and the spans left whole: a capitalized word after the comma, a comma
// with a space after it.
func TestCutCommaGlued(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm before a verb",
			marked: "Tools\n\nMore than 40 analysts at the research firm [[Quarbin,downloaded|ORG]] the tool.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a country before a preposition",
			marked: "Talks\n\nThe ministers met in [[Belgium,on|LOC]] Monday.",
			want:   []string{`country:BE COUNTRY "Belgium"`},
		},
		{
			name:   "a town's state after the comma",
			marked: "Mills\n\nThe mill at [[Tervane,Ore|LOC]] closed.",
			want:   []string{`location:tervane-ore LOCATION "Tervane,Ore"`},
		},
	})
}
