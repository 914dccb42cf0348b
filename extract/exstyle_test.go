package extract

import "testing"

// TestCutExStyle checks, on sentences of our own, that "Ex-" before a
// body's name and "-style" after a person's are cut off the name, that
// "Ex-No" of "Ex-No 10" names nothing; and the names left whole: a firm's
// with a second hyphen, "Ex-Im".
func TestCutExStyle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Ex- before a body's acronym",
			marked: "Politics\n\n[[Ex-QBC|ORG]] presenter Ann Vell has launched a party.",
			want:   []string{`org:qbc ORG "QBC" partial`},
		},
		{
			name:   "-style after a person's name",
			marked: "Politics\n\nHe attacked the reckless, [[Lemmo Vell-style|PER]] tax plan.",
			want:   []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "Ex-No without its number",
			marked: "Politics\n\n[[Ex-No|ORG]] 10 media chief Ann Vell is back.",
			want:   nil,
		},
		{
			name:   "a firm's name with a second hyphen",
			marked: "Business\n\nShares of [[Ex-Zorb-O Corp|ORG]] rose.",
			want:   []string{`org:ex-zorb-o ORG "Ex-Zorb-O Corp"`},
		},
		{
			name:   "the Export-Import bank's short name",
			marked: "Business\n\nThe [[Ex-Im Bank|ORG]] lent money to Tervane.",
			want:   []string{`org:ex-im-bank ORG "Ex-Im Bank"`},
		},
	})
}
