package extract

import "testing"

// TestFirmApposition checks, on sentences of our own, that a name the
// recognizer took for a person or a place is a firm when an apposition
// calls it a firm of some kind, after it or before it; and the cases
// left alone: a person's full name after a named firm's kind, a name
// inside a longer firm's name, a firm's name with a comma, the head of a
// named body before "of", a person's kind.
func TestFirmApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a daily newspaper after the name",
			marked: "Press\n\nOn Monday [[Quarbin Vell|PER]], a daily Amlow newspaper, printed the picture.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
		{
			name:   "is a firm",
			marked: "Steel\n\n[[Zorbit-Lemmo|LOC]] is a specialist steel firm in the north.",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit-Lemmo"`},
		},
		{
			name:   "an airline before the name",
			marked: "Flights\n\nThe carrier fought back with its own budget airline, [[Tervex|PER]], which took off in May.",
			want:   []string{`org:tervex ORG "Tervex" partial`},
		},
		{
			name:   "a named firm's head",
			marked: "Gas\n\nThe head of the state-owned Quarbin company, [[Tervane Lemmo|PER]], said he was happy.",
			want:   []string{`person:tervane-lemmo PERSON "Tervane Lemmo"`},
		},
		{
			name:   "the last name of a firm's name",
			marked: "Stocks\n\nSaid Ann Vell of Okafor, Amlow and [[Tervex|LOC]], a Dallas brokerage, on Monday.",
			want:   []string{},
		},
		{
			name:   "a firm's name with a comma",
			marked: "Fed\n\nHe heads his own consulting firm, [[Tervex|LOC]], Quarbin Associates Inc.",
			want:   []string{},
		},
		{
			name: "a region after a body's name",
			marked: "Venture\n\nIt formed a venture with the [[Investment Co|ORG]] of the [[Zorbit Region|LOC]], " +
				"a government-controlled investment company.",
			want: []string{`location:zorbit-region LOCATION "Zorbit Region"`, `org:investment ORG "Investment Co"`},
		},
		{
			name:   "a person's kind",
			marked: "Firm\n\n[[Tervane Lemmo|PER]], a director of the firm, resigned.",
			want:   []string{`person:tervane-lemmo PERSON "Tervane Lemmo"`},
		},
	})
}
