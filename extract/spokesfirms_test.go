package extract

import "testing"

// TestSpokesFirm checks, on sentences of our own, that a name of one word
// taken for a person between "a" or "an" and a body's speaker is a
// company, and that a name the article writes as a person's, a name of two
// words, a speaker after "the" or a possessive, and other nouns after the
// name are left.
func TestSpokesFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a spokesman",
			marked: "Deals\n\nThe terms are unchanged, a [[Quarbin|PER]] spokesman said on Monday.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "an official at a sentence's start",
			marked: "Deals\n\nShares fell. An [[Oskel|PER]] official said the plant would close.",
			want:   []string{`org:oskel ORG "Oskel" partial`},
		},
		{
			name:   "a spokeswoman before a full stop",
			marked: "Deals\n\nThe deal was confirmed by a [[Velmora|PER]] spokeswoman.",
			want:   []string{`org:velmora ORG "Velmora" partial`},
		},
		{
			name:   "a spokesman across a line's end",
			marked: "Deals\n\nThe terms are unchanged, a [[Quarbin|PER]]\nspokesman said.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a person's given name elsewhere",
			marked: "Talks\n\nChancellor Ulrich [[Tervane|PER]] met the envoys. A [[Tervane|PER]] spokesman said the talks went well.",
			want:   []string{`person:ulrich-tervane PERSON "Ulrich Tervane"`},
		},
		{
			name:   "a person's title elsewhere",
			marked: "Talks\n\nMr [[Tervane|PER]] met the envoys. A [[Tervane|PER]] spokesman said the talks went well.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a name of two words",
			marked: "Talks\n\nThe talks went well, a [[Ann Tervane|PER]] spokesman said.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "the official after a possessive",
			marked: "Talks\n\nThe talks went well, [[Tervane|PER]]'s official said.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "another noun",
			marked: "Clubs\n\nThe club signed a [[Tervane|PER]] lookalike on Monday.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a verb before the name and its adjective",
			marked: "Talks\n\nThe board gave [[Tervane|PER]] official backing on Monday.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "officially",
			marked: "Talks\n\nHe met a [[Tervane|PER]] officially on Monday.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
	})
}
