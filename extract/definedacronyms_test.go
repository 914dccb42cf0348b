package extract

import "testing"

// TestDefinedAcronyms checks, on sentences of our own, that an acronym the
// article spells out in common words in lower case before its first use,
// with no parenthesis right after the words, is no organization, nor a
// plural in capitals and lower case in parentheses after its words; and
// the readings left alone: an acronym used before the words, one of the
// headline's, one whose words end in a body's word, one a capitalized name
// of the article spells, and a two-letter acronym.
func TestDefinedAcronyms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the definition a sentence before",
			marked: "Drug filing\n\n[[Quarbin Corp|ORG]] will file a new tablet application by June. " +
				"When the [[NTA|ORG]] is approved, the tablet can be sold.",
			want: []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name: "the definition in parentheses before the acronym",
			marked: "Budget\n\nHe would raise the rate of (general sales levy) [[GSL|ORG]], now 12 pct. " +
				"The party opposes any rise in [[GSL|ORG]].",
			want: []string{},
		},
		{
			name:   "a plural after its words in parentheses",
			marked: "Orders\n\nCourts issued more late-night opening permits ([[Lnops|ORG]]) last year.",
			want:   []string{},
		},
		{
			name: "the acronym used before its words",
			marked: "Drug filing\n\nThe [[NTA|ORG]] was filed by [[Quarbin Corp|ORG]]. It filed a new tablet application " +
				"by June.",
			want: []string{`org:nta ORG "NTA" partial`, `org:quarbin ORG "Quarbin Corp."`},
		},
		{
			name:   "the acronym in the headline",
			marked: "Growers want NTA\n\nGrowers want a new tablet application. The [[NTA|ORG]] would help.",
			want:   []string{`org:nta ORG "NTA" partial`},
		},
		{
			name:   "words that end in a body's word",
			marked: "Rates\n\nThe federal rate committee met on Tuesday. The [[FRC|ORG]] left rates alone.",
			want:   []string{`org:frc ORG "FRC" partial`},
		},
		{
			name: "a capitalized name spells the acronym",
			marked: "Rates\n\n[[Zorbit Tariff Authority|ORG]] said the zone tariff adjustment is due. " +
				"The [[ZTA|ORG]] will vote.",
			want: []string{`org:zorbit-tariff-authority ORG "Zorbit Tariff Authority"`},
		},
		{
			name:   "two letters",
			marked: "Rates\n\nThe new tariff was set. The [[NT|ORG]] board will vote.",
			want:   []string{`org:nt ORG "NT" partial`},
		},
	})
}
