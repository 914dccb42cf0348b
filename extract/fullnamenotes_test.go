package extract

import "testing"

// TestNoteRunOns checks, on notes of our own, that the first word of a
// sentence run on after a results note's firm is no entity, and that a
// name after the firm, a word after a suffix with its stop, and a word
// with no note before it are left.
func TestNoteRunOns(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a hyphened opener after the note's firm",
			marked: "Quarbin results\n\nShr 12 cts vs 10 cts. NOTE: Full name is [[Quarbin Tervane Corp|ORG]] [[Prior-year|ORG]] figures restated.",
			want:   []string{`org:quarbin-tervane ORG "Quarbin Tervane Corp"`},
		},
		{
			name:   "the wire's last word after a note of company",
			marked: "Zorbit results\n\nNet 1,200,000 vs 900,000. NOTE: Full name of company is [[Zorbit Lemmo Inc|ORG]] [[More|ORG]]",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit Lemmo Inc"`},
		},
		{
			name:   "a line's end inside the note",
			marked: "Quarbin results\n\nNOTE: Full\nname is [[Quarbin Tervane Corp|ORG]]\n[[Per-share|ORG]] figures restated.",
			want:   []string{`org:quarbin-tervane ORG "Quarbin Tervane Corp"`},
		},
		{
			name:   "an is but no note before the suffix",
			marked: "Deal\n\nThe new owner is [[Quarbin Tervane Corp|ORG]] [[Interest|ORG]] rose.",
			want:   []string{`org:interest ORG "Interest" partial`, `org:quarbin-tervane ORG "Quarbin Tervane Corp"`},
		},
		{
			name:   "a name after the note's firm",
			marked: "Zorbit results\n\nNOTE: Full name is [[Zorbit Lemmo Inc|ORG]] [[Vellaquist|ORG]] owns 40 pct of it.",
			want:   []string{`org:vellaquist ORG "Vellaquist" partial`, `org:zorbit-lemmo ORG "Zorbit Lemmo Inc"`},
		},
		{
			name:   "a word the article capitalizes inside a sentence",
			marked: "Zorbit results\n\nNOTE: Full name is [[Zorbit Lemmo Inc|ORG]] [[Domestic|ORG]] sales rose at [[Domestic|ORG]] and abroad.",
			want:   []string{`org:domestic ORG "Domestic" partial`, `org:zorbit-lemmo ORG "Zorbit Lemmo Inc"`},
		},
	})
}
