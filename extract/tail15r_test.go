package extract

import "testing"

// The cases of tail15r's rule, on sentences and names of our own. The
// test holds the rule's positives and the negatives that guard what it
// must not take; the want lines were read and judged one by one.

// TestSoCalledTerm checks [soCalledTerm]: a name right after "so-called"
// is a term the writer introduces, no firm, person or place.
func TestSoCalledTerm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a standard after So-called opening a sentence",
			marked: "Codes\n\nSo-called [[Zorbit|ORG]] codes stand for letters, and Zorbit is old.",
			want:   []string{},
		},
		{
			name:   "a term of two words after so-called mid-sentence",
			marked: "Games\n\nShe faced a fifth so-called [[Quarbin Trial|ORG]] on the show.",
			want:   []string{},
		},
		{
			name:   "a quoted term after so-called",
			marked: "Plan\n\nThe so-called \"[[Lemmo Plan|ORG]]\" was dropped by the ministers.",
			want:   []string{},
		},
		{
			name:   "a club of creditor nations after so-called",
			marked: "Debt\n\nThe debt will be rescheduled by the so-called [[Tervane Club|ORG]] of creditor nations.",
			want:   []string{`org:tervane-club ORG "Tervane Club"`},
		},
		{
			name:   "a country after so-called",
			marked: "Debt\n\nThe so-called [[Norway|LOCATION]] model was praised.",
			want:   []string{`country:NO COUNTRY "Norway"`},
		},
		{
			name:   "so-called in a headline",
			marked: "So-called [[Zorbit|ORG]] codes fail\n\n[[Zorbit|ORG]] said the codes stand for letters.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "no so-called before the name",
			marked: "Codes\n\nThe called [[Zorbit|ORG]] firm said codes stand for letters.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "so-called far before the name",
			marked: "Codes\n\nThe so-called codes of [[Zorbit|ORG]] stand for letters.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
	})
}
