package extract

import "testing"

// TestCalendarPhrases checks, on sentences of our own, that a month's part
// written with a hyphen and a forecast's short weekday after common words
// are no entities, and that names ending in such a word are kept.
func TestCalendarPhrases(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the end of a month, typed as a place",
			marked: "Grain\n\nStocks stood at 3 mln tonnes at [[end-March|LOC]], [[Quarbin Grain Co|ORG]] said.",
			want:   []string{`org:quarbin-grain ORG "Quarbin Grain Co"`},
		},
		{
			name:   "the middle of a month in short, typed as a body",
			marked: "Sugar\n\nShipments are due by [[Mid-Nov|ORG]], [[Tervane Sugar Inc|ORG]] said.",
			want:   []string{`org:tervane-sugar ORG "Tervane Sugar Inc"`},
		},
		{
			name:   "a short weekday after a direction in a forecast",
			marked: "Weather\n\nOSTRAVIA - Chance of rain [[east Thu|PER]], dry Fri. Highs 60s.",
			want:   nil,
		},
		{
			name:   "a short weekday alone in a forecast",
			marked: "Weather\n\nOSTRAVIA - Fair [[Thu|PER]], cooler Sat. Highs 50s.",
			want:   nil,
		},
		{
			name:   "a short weekday after a comparative, with the weekday alone",
			marked: "Weather\n\nOSTRAVIA - [[Wetter Thu|PER]], dry Fri. Highs [[Thu|PER]] 60s.",
			want:   nil,
		},
		{
			name:   "a month's part and a month without a hyphen",
			marked: "Music\n\nThe band [[Late March|ORG]] toured Ostravia. [[Late March|ORG]] said it sold out.",
			want:   []string{`org:late-march ORG "Late March"`},
		},
		{
			name:   "a short weekday after a name's word",
			marked: "Trade\n\nThe envoy [[Quarin Thu|PER]] met buyers on Fri. [[Quarin Thu|PER]] said so.",
			want:   []string{`person:quarin-thu PERSON "Quarin Thu"`},
		},
		{
			name:   "a short weekday alone with no other weekday",
			marked: "Trade\n\nThe envoy [[Thu|PER]] met buyers. [[Thu|PER]] said so.",
			want:   []string{`person:thu PERSON "Thu" partial`},
		},
	})
}
