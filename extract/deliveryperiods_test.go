package extract

import "testing"

// TestPeriodCut checks, on table lines of our own, that a period of months
// or days joined by slashes is cut from a span ([Resolver.periodCut]): a
// place the tables know before it is kept, typed a place, and nothing
// else (the words after a period are the table's, "Oct/Nov Lower
// Quarbin"); and the spans left alone: a slash between other words, a
// month without a slash.
func TestPeriodCut(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a known town before a delivery period",
			marked: "Wheat\n\nSoft wheat delivered [[Rouen Apr/May|ORG]] 129.50 buyers.",
			want:   []string{`location:rouen LOCATION "Rouen" partial`},
		},
		{
			name:   "an unknown word before a delivery period",
			marked: "Wheat\n\nMaize delivered [[Quarbin Apr/June|ORG]] 134 buyers.",
			want:   nil,
		},
		{
			name:   "a period alone",
			marked: "Meal\n\nPellets traded at 118 dlrs, with [[Mch/Apl|ORG]] at 110 dlrs.",
			want:   nil,
		},
		{
			name:   "days of the week",
			marked: "Weather\n\nQUARBIN - [[Fair/mild Thu/Fri|PER]] with cloud later.",
			want:   nil,
		},
		{
			name:   "a place after a period, the table's words",
			marked: "Barges\n\n- [[Oct/Nov Chicago|PER]] 150 pct bid.",
			want:   nil,
		},
		{
			name:   "the heads of a table's columns",
			marked: "Sugar\n\nN.Y. [[QUARBIN VOL/OPEN INT|ORG]] APRIL 6\nMAY 4618 33737 up 84",
			want:   nil,
		},
		{
			name:   "column heads after a word the tables do not know",
			marked: "Rates\n\nBANKERS ACCEPTANCES ([[QUARBIN BID/ASK|ORG]])\n30-179 days 6.17/07",
			want:   nil,
		},
		{
			name:   "a slash between other words",
			marked: "Deal\n\n[[Sun/Quarbin Corp|ORG]] said it agreed.",
			want:   []string{`org:sun-quarbin ORG "Sun/Quarbin Corp"`},
		},
		{
			name:   "a month without a slash",
			marked: "People\n\n[[May Vell|PER]] said so.",
			want:   []string{`person:may-vell PERSON "May Vell"`},
		},
	})
}

// TestSlashPeriod checks the words [slashPeriod] and [columnPair] take and
// leave.
func TestSlashPeriod(t *testing.T) {
	for w, want := range map[string]bool{"Apr/May": true, "APR/MAY/JUNE": true, "Sept/Nov": true, "Mch/Apl": true,
		"Thu/Fri": true, "May": false, "Apr/": false, "/May": false, "May/Fri": false, "Sun/Quarbin": false,
		"Gold/Silver": false, "Bid/Ask": false} {
		if got := slashPeriod(w); got != want {
			t.Errorf("slashPeriod(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"VOL/OPEN": true, "Bid/Ask": true, "BIDS/ASK": true, "High/Low/Close": true,
		"Vol": false, "Bid/": false, "Hi/Lo": false, "Open/Quarbin": false} {
		if got := columnPair(w); got != want {
			t.Errorf("columnPair(%q) = %v, want %v", w, got, want)
		}
	}
}
