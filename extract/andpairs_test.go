package extract

import "testing"

// TestSplitAndPairs checks, on sentences of our own, that two names the
// article or the tables know apart are cut at their "and", and that names
// with an "and" of their own stay whole.
func TestSplitAndPairs(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "two companies the article names apart",
			marked: "Computers\n\n[[Tervane Research Inc|ORG]] and [[Quarbin Data Corp|ORG]] make big machines. " +
				"Analysts said the [[Tervane and Quarbin Data|ORG]] behemoths would gain.",
			want: []string{`org:quarbin-data ORG "Quarbin Data Corp"`, `org:tervane-research ORG "Tervane Research Inc"`},
		},
		{
			name:   "two well-known parties",
			marked: "Votes\n\nThe [[Conservatives and Liberal Democrats|ORG]] say the plan is wrong.",
			want:   []string{`org:conservative-party ORG "Conservative Party"`, `org:liberal-democrats ORG "Liberal Democrats"`},
		},
		{
			name:   "a firm of two names stays whole",
			marked: "Law\n\n[[Tervane and Quarbin|ORG]] advised [[Marlow Corp|ORG]]. [[Tervane and Quarbin|ORG]] is a law firm.",
			want:   []string{`org:marlow ORG "Marlow Corp."`, `org:tervane-and-quarbin ORG "Tervane and Quarbin"`},
		},
		{
			name:   "a common word is no short name",
			marked: "Papers\n\nThe [[Daily and Sunday Quarbin|ORG]] cut jobs, as did the [[Daily Tervane|ORG]]. The [[Sunday Quarbin|ORG]] sells most.",
			want:   []string{`org:daily-and-sunday-quarbin ORG "Daily and Sunday Quarbin"`, `org:daily-tervane ORG "Daily Tervane"`, `org:sunday-quarbin ORG "Sunday Quarbin"`},
		},
		{
			name: "a pair named whole at the start of a longer name",
			marked: "Books\n\n[[Tervane and Quarbin Publishers Inc|ORG]] weighs bids. The [[Tervane and Quarbin|ORG]] board met; " +
				"[[Quarbin|ORG]] and [[Tervane|PER]] founded it.",
			want: []string{`org:tervane-and-quarbin-publishers ORG "Tervane and Quarbin Publishers Inc"`, `person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "the halves of the same pair elsewhere",
			marked: "[[TERVANE|ORG]] AND [[QUARBIN|ORG]] WEIGH BIDS\n\nThe [[Tervane and Quarbin|ORG]] board met.",
			// The headline's halves are joined over "AND" too (headlineAndSpans).
			want: []string{`org:tervane-and-quarbin ORG "Tervane and Quarbin"`}, // tail12u: the body's "and"
		},
		{
			name:   "and a company suffix",
			marked: "Banks\n\n[[Marlow Tansey and Co Inc|ORG]] named a head. [[Marlow Tansey|ORG]] said so.",
			want:   []string{`org:marlow-tansey ORG "Marlow Tansey and Co Inc"`},
		},
		{
			name:   "halves the article does not name",
			marked: "Trade\n\nThe [[Tervane and Quarbin Trust|ORG]] rose.",
			want:   []string{`org:tervane-and-quarbin-trust ORG "Tervane and Quarbin Trust"`},
		},
	})
}
