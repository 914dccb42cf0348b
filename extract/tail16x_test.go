package extract

import "testing"

// TestCountryKindFirmSpans checks, on names of our own, that a dotted
// country and a capitalized kind of firm are cut from the firm's name
// after them, the country a span of its own; and that a name whose next
// word is a suffix, a company word or a body's head, a joining word, a
// headline's capitals and a kind that is no firm's are left.
func TestCountryKindFirmSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm after the U.S. and Firm",
			marked: "Deal\n\nTervane said it signed an accord with the [[U.S. Firm Vellmar Corp|ORG]] on Monday.",
			want:   []string{`country:US COUNTRY "United States"`, `org:vellmar ORG "Vellmar Corp"`},
		},
		{
			name:   "a subsidiary after the U.K.",
			marked: "Sale\n\nQuarbin Holdings Plc agreed to sell its [[U.K. Subsidiary Okafor Lemmo Ltd|ORG]] for cash.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `org:okafor-lemmo ORG "Okafor Lemmo Ltd"`},
		},
		{
			name:   "a smelter opening the sentence",
			marked: "Lead\n\n[[U.K. Smelter Dorvane Pass|ORG]] denied rumours of a strike.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `org:dorvane-pass ORG "Dorvane Pass"`},
		},
		{
			name:   "a name in capitals after the kind",
			marked: "Deal\n\nThe talks with the [[U.S. Group KTV|ORG]] went on.",
			want:   []string{`country:US COUNTRY "United States"`, `org:ktv ORG "KTV" partial`},
		},
		{
			name:   "a suffix after the kind",
			marked: "Deal\n\nShares of [[U.S. Group Inc|ORG]] rose.",
			want:   []string{`org:us-group ORG "U.S. Group Inc"`},
		},
		{
			name:   "a company word after the kind",
			marked: "Deal\n\nShares of [[U.S. Unit Trust Co|ORG]] rose.",
			want:   []string{`org:us-unit-trust ORG "U.S. Unit Trust Co"`},
		},
		{
			name:   "a body's head after the kind",
			marked: "Deal\n\nShares of [[U.S. Group Insurance|ORG]] rose.",
			want:   []string{`org:us-group-insurance ORG "U.S. Group Insurance"`},
		},
		{
			name:   "a joining word after the kind",
			marked: "Aid\n\nThe [[U.S. Bank for Vell Exports|ORG]] lent the money.",
			want:   []string{`org:us-bank-for-vell-exports ORG "U.S. Bank for Vell Exports"`},
		},
		{
			name:   "a headline's capitals",
			marked: "[[U.S. GROUP TERVANE|ORG]] BUYS STAKE\n\nTervane Corp said it bought a stake.",
			want:   []string{`org:us-group-tervane ORG "U.S. Group Tervane"`},
		},
		{
			name:   "a word that is no kind of firm",
			marked: "Deal\n\nShares of [[U.S. Home Vellmar Corp|ORG]] rose.",
			want:   []string{`org:us-home-vellmar ORG "U.S. Home Vellmar Corp"`},
		},
	})
}

// TestFullNameCue checks the text's search that [fullNameSpans] asks
// first: the cue in any case and across a line's end is found, and words
// that only begin like it are not.
func TestFullNameCue(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"NOTE: Full name of company is Vell Corp.", true},
		{"NOTE: FULL\nNAME IS VELL CORP", true},
		{"the full  name is Tervane", true},
		{"Full name", true},
		{"a fullness of name", false},
		{"the full year; its name is Vell", false},
		{"a fun name", false},
		{"full nam", false},
		{"", false},
		{"u", false},
	} {
		if got := fullNameCue(c.text); got != c.want {
			t.Errorf("fullNameCue(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
