package extract

import "testing"

// TestSplitHeadPairs checks, on sentences of our own, that two firms glued
// in one span at "and" after a firm's head word or suffix, or at "by", are
// two, and the readings left whole: a bank and trust, a firm of partners,
// one word before "and".
func TestSplitHeadPairs(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two banks glued at and",
			marked: "Bonds\n\nThe company named [[Tervane Bank and Quarbin Trust Co|ORG]] as agents for the notes.",
			want:   []string{`org:quarbin-trust ORG "Quarbin Trust Co"`, `org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "a firm's suffix before and",
			marked: "Bonds\n\nThe notes were sold by [[Lunmark Vell Corp and Osterby Inc|ORG]] in London.",
			want:   []string{`org:lunmark-vell ORG "Lunmark Vell Corp"`, `org:osterby ORG "Osterby Inc"`},
		},
		{
			name:   "a bank assumed by another",
			marked: "Banks\n\nThe agency approved the assumption of [[Tervane Bank by Quarbin Bank of Elkton|ORG]] today.",
			want:   []string{`org:quarbin-bank-of-elkton ORG "Quarbin Bank of Elkton"`, `org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "a commission and a union",
			marked: "Votes\n\nThe advice came from the [[Tervane Electoral Commission and Quarbin Union of Students|ORG]] this week.",
			want:   []string{`org:quarbin-union-of-students ORG "Quarbin Union of Students"`, `org:tervane-electoral-commission ORG "Tervane Electoral Commission"`},
		},
		{
			name:   "a bank and trust company",
			marked: "Banks\n\nThe agency closed [[Lunmark Bank and Trust Co|ORG]] today.",
			want:   []string{`org:lunmark-bank-and-trust ORG "Lunmark Bank and Trust Co"`},
		},
		{
			name:   "a firm of partners",
			marked: "Bonds\n\nAn analyst with [[Tervane Brothers and Co|ORG]] said prices rose.",
			want:   []string{`org:tervane-brothers ORG "Tervane Brothers and Co"`},
		},
		{
			name:   "one word before and",
			marked: "Bonds\n\nThe rating agency [[Quarbin and Vell Securities|ORG]] cut its rating.",
			want:   []string{`org:quarbin-and-vell-securities ORG "Quarbin and Vell Securities"`},
		},
	})
}
