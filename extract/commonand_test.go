package extract

import "testing"

// TestCommonAndSpans checks, on sentences and names of our own, that a
// name joined by "and" to common words written in Title Case becomes one
// title (a thing, no entity) or, where the name holds an organization's
// word, one body; and that two names, a list, a firm's partners, a person
// named in full and a word the article names elsewhere are left.
func TestCommonAndSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "common words after the name",
			marked: "Cinema\n\nShe was last seen in [[Tervane|LOC]] and Sorrow alongside a new cast.",
			want:   nil,
		},
		{
			name:   "common words before the name, after the",
			marked: "Rules\n\nFirms must file a chapter called the Scattered and [[Vellmark Review|LOC]] each year.",
			want:   nil,
		},
		{
			name:   "the other half a span of common words",
			marked: "Court\n\nBut local group [[Neighbours|ORG]] and [[Tenants Against Vandalism|ORG]] said he should stay away.",
			want:   nil,
		},
		{
			name:   "a body's name goes on after and",
			marked: "School\n\nShe won a place at the [[Lemmo School of Speech|ORG]] and Drama last year.",
			want:   []string{`org:lemmo-school-of-speech-and-drama ORG "Lemmo School of Speech and Drama"`},
		},
		{
			name:   "a name of no common word",
			marked: "Visit\n\nShe met [[Tervane|ORG]] and Vellmark at noon.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a list with a comma",
			marked: "Music\n\nThe bill had Quarn, [[Tervane|ORG]] and Sorrow on it.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a capitalized The opens a second title",
			marked: "Music\n\nThe bill had [[Tervane|ORG]] and The Sorrows on it.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a list of examples",
			marked: "Labels\n\nIt was a time when labels such as [[Vellmark|ORG]] and Rough Harvest grew.",
			want:   []string{`org:vellmark ORG "Vellmark" partial`},
		},
		{
			name:   "a person named in full",
			marked: "Stage\n\nThe play starred [[Ann Rigby|PER]] and Regret was its only flaw.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a firm's partners",
			marked: "Deal\n\nHe joined [[Quarbin|ORG]] and Partners as a clerk.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a word the article names elsewhere",
			marked: "Stake\n\nThe firm [[Harvest Holdings|ORG]] sold shares. The family built up Harvest and [[Quarbin|ORG]] over the years.",
			want:   []string{`org:harvest ORG "Harvest Holdings"`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "two papers of one name",
			marked: "Press\n\nHe denied that the [[Quarn|ORG]] and the [[Quarn Sorrow|ORG]] were for sale.",
			want:   []string{`org:quarn ORG "Quarn" partial`, `org:quarn-sorrow ORG "Quarn Sorrow"`},
		},
		{
			name:   "a firm's whole name before untagged common words",
			marked: "Trade\n\n[[Quarbin Tervane|ORG]] and Sorrow said sales rose.",
			want:   []string{`org:quarbin-tervane ORG "Quarbin Tervane"`},
		},
		{
			name:   "a headline",
			marked: "[[Tervane|ORG]] and Sorrow Agree Terms\n\nThe two sides met on Monday.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
	})
}
