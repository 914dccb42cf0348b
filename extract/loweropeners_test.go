package extract

import "testing"

// TestLowerOpener covers a word kept in lower case that a sentence's
// capital, or the one after "U.S.", glued to a name the article writes
// alone elsewhere ([Resolver.lowerOpener]).
func TestLowerOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a determiner opens a sentence before a body's name",
			marked: "Debt\n\nThe accord followed talks at the [[Quarbin Club|ORG]] of lenders. [[All Quarbin Club|ORG]] agreements follow one outline.",
			want:   []string{`org:quarbin-club ORG "Quarbin Club"`},
		},
		{
			name:   "an article before a firm's short name",
			marked: "Drug\n\n[[Tervane Co|ORG]] makes the drug. The maker, [[Tervane|ORG]], asked for approval. [[An Tervane|ORG]] official said no price was set.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a common noun after U.S.",
			marked: "Oil\n\nThe venture explores with the U.S. [[Firm Lemmox|ORG]] for oil. Since then [[Lemmox|ORG]] finished its survey.",
			want:   []string{`country:US COUNTRY "United States"`, `org:lemmox ORG "Lemmox" partial`},
		},
		{
			name:   "an adjective before a surname written beside another given name",
			marked: "Tennis\n\nThe seed withdrew. [[Injured Vellani|PER]] will miss the event. Last week [[Tim Vellani|PER]] hurt his back, and [[Vellani|PER]] hopes to return.",
			want:   []string{`person:tim-vellani PERSON "Tim Vellani"`},
		},
		// Negatives: names the rule leaves whole.
		{
			name:   "a first name the gazetteer lacks before a surname written alone",
			marked: "Talks\n\nThe meeting ended. [[Will Okarro|PER]] said the plan was fair. He and [[Okarro|PER]] spoke for an hour.",
			want:   []string{`person:will-okarro PERSON "Will Okarro"`},
		},
		{
			name:   "the word capitalized inside a sentence elsewhere",
			marked: "Vote\n\nThe party met. [[Veteran Quarbin|ORG]] members voted. Both the Veteran wing and [[Quarbin|ORG]] agreed.",
			want:   []string{`org:veteran-quarbin ORG "Veteran Quarbin"`},
		},
		{
			name:   "the rest a piece of a longer name",
			marked: "Cover\n\nThe plans changed. [[Capital Tervane Cross|ORG]] will pay for tests. The [[Tervane Cross Lemmo Association|ORG]] has no policy. Plans such as [[Tervane Cross|ORG]] cover many people.",
			want:   []string{`org:capital-tervane-cross ORG "Capital Tervane Cross"`, `org:tervane-cross ORG "Tervane Cross"`, `org:tervane-cross-lemmo-association ORG "Tervane Cross Lemmo Association"`},
		},
		{
			name:   "a word that opens firms' names",
			marked: "Bank\n\nThe bank grew. [[National Lemmox|ORG]] said profits rose. Its unit [[Lemmox|ORG]] did well.",
			want:   []string{`org:national-lemmox ORG "National Lemmox"`},
		},
		{
			name:   "a firm named by a common word and a firm's word",
			marked: "Banks\n\nSales rose. [[Bankers Trust|ORG]] said it gained, and the Trust is big.",
			want:   []string{`org:bankers-trust ORG "Bankers Trust"`},
		},
		{
			name:   "a rest before a number is a longer name",
			marked: "Radio\n\nThe vote nears. [[Capital Zorbex|ORG]] will ask him questions, he told Zorbex 4 on Monday.",
			want:   []string{`org:capital-zorbex ORG "Capital Zorbex"`},
		},
		{
			name:   "the word inside a sentence",
			marked: "Debt\n\nThe accord followed talks at the [[Quarbin Club|ORG]]. He said [[All Quarbin Club|ORG]] agreements follow one outline.",
			want:   []string{`org:all-quarbin-club ORG "All Quarbin Club"`},
		},
	})
}
