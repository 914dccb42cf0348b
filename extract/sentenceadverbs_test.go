package extract

import "testing"

// TestSentenceAdverb checks, on sentences of our own, that an adverb
// opening a sentence after an abbreviation's point, taken for a name, is
// no entity, and that a firm of the same name before a speech verb is left
// alone.
func TestSentenceAdverb(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "before a comma",
			marked: "Talks\n\nThe bid came from Tervane Inc. [[However|ORG]], the board said no.",
			want:   []string{`org:tervane ORG "Tervane Inc."`},
		},
		{
			name:   "before a lower-case word",
			marked: "Results\n\nIt wrote down its stake in Quarbin Corp. [[Also|ORG]] to be written down are its loans.",
			want:   []string{`org:quarbin ORG "Quarbin Corp."`},
		},
		{
			name:   "before a lower-case word and a comma",
			marked: "Bids\n\nThe offer was made by Lunmark Co. [[Earlier|ORG]] today, Lunmark said it would sell.",
			want:   []string{`org:lunmark ORG "Lunmark Co."`},
		},
		{
			name:   "a firm before a speech verb",
			marked: "Results\n\n[[Elsewhere|ORG]] said its sales rose.",
			want:   []string{`org:elsewhere ORG "Elsewhere" partial`},
		},
	})
}

// TestCutAdverbTail checks, on sentences of our own, that a span run
// across an abbreviation's point into the next sentence's adverb loses the
// adverb, and that a name ending in such a word after no point keeps it.
func TestCutAdverbTail(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "after a firm's abbreviated suffix",
			marked: "Dollar\n\nSaid Ann Vell of Lunmark [[Bros. However|ORG]], the dollar fell.",
			want:   []string{`org:lunmark-brothers ORG "Lunmark Bros."`},
		},
		{
			name:   "no point before it",
			marked: "Books\n\nShe read [[Tervane Elsewhere|ORG]] twice.",
			want:   []string{`org:tervane-elsewhere ORG "Tervane Elsewhere"`},
		},
	})
}
