package extract

import "testing"

// TestDefinedNameAnd covers an acronym in parentheses that keeps the "A"
// of its name's "and" ([definedNameAnd]), and the acronyms it leaves to
// [definedName] or to nothing.
func TestDefinedNameAnd(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an acronym that keeps the letter of and",
			marked: "Trade\n\nSales fell, Quarbin and [[Feld Trade Association|ORG]] ([[QAFTA|ORG]]) figures show. [[QAFTA|ORG]] said prices rose.",
			want:   []string{`org:quarbin-and-feld-trade-association ORG "Quarbin and Feld Trade Association"`},
		},
		{
			name:   "a conference's long name before its acronym",
			marked: "Talks\n\nThe meeting was held by the Tervane Conference on Lemmox and [[Zorbex|ORG]] ([[TCLAZ|ORG]]) in June.",
			want:   []string{`org:tervane-conference-on-lemmox-and-zorbex ORG "Tervane Conference on Lemmox and Zorbex"`},
		},
		{
			name:   "a firm of partners whose names commas part",
			marked: "Deal\n\nThe fund is run by [[Vell|PER]], [[Okarro|PER]], [[Lemm|PER]] and [[Zorbex|PER]] ([[VOLZ|ORG]]), a partnership.",
			want:   []string{`org:vell-okarro-lemm-and-zorbex ORG "Vell, Okarro, Lemm and Zorbex"`},
		},
		// Negatives.
		{
			name:   "an acronym that skips the and is definedName's",
			marked: "Food\n\nThe Quarbin and Lemmox Office ([[QLO|ORG]]) said crops fell.",
			want:   []string{`org:quarbin-and-lemmox-office ORG "Quarbin and Lemmox Office"`},
		},
		{
			name:   "letters that the name with its and does not spell",
			marked: "Fund\n\nThe Vellani and [[Okarro Fund|ORG]] ([[VAFO|ORG]]) paid out.",
			want:   []string{`org:okarro-fund ORG "Okarro Fund"`, `org:vafo ORG "VAFO" partial`},
		},
		{
			name:   "a town after a comma",
			marked: "Loan\n\nThe credit goes to [[Vellbank Lemm|ORG]], [[Ostrava|LOC]] ([[VLO|ORG]]), to fund plants.",
			want:   []string{`location:ostrava LOCATION "Ostrava" partial`, `org:vellbank-lemm ORG "Vellbank Lemm"`, `org:vlo ORG "VLO" partial`},
		},
		{
			name:   "a comma after a word in lower case",
			marked: "Deal\n\nThe fund sold stakes, [[Okarro|ORG]] and [[Lemm Zorbex|ORG]] ([[SOLZ|ORG]]) said.",
			want:   []string{`org:lemm-zorbex ORG "Lemm Zorbex"`, `org:okarro ORG "Okarro" partial`, `org:solz ORG "SOLZ" partial`},
		},
		{
			name:   "a name in lower case before the and",
			marked: "Trade\n\nSales of grain and [[Feld Trade Association|ORG]] ([[GAFTA|ORG]]) members rose.",
			want:   []string{`org:feld-trade-association ORG "Feld Trade Association"`, `org:gafta ORG "GAFTA" partial`},
		},
	})
}
