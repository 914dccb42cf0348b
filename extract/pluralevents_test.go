package extract

import "testing"

func TestPluralEvents(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two opens after and",
			marked: "Sport\n\nShe reached the final at the Quarbin and [[Tervane Opens|ORG]] last year.",
			want:   nil,
		},
		{
			name:   "three marathons in a list",
			marked: "Sport\n\nHe has won the Lemmo, Zorbit and [[Vell Marathons|ORG]] in his career.",
			want:   nil,
		},
		{
			name:   "a verb in a headline in capitals",
			marked: "[[Quarbin Bank Opens|ORG]] New Branch\n\nThe bank said on Monday it would hire staff.",
			want:   []string{`org:quarbin-bank-opens ORG "Quarbin Bank Opens"`},
		},
		{
			name:   "no list before the plural",
			marked: "Sport\n\nOfficials of [[Tervane Opens|ORG]] said the dates would move.",
			want:   []string{`org:tervane-opens ORG "Tervane Opens"`},
		},
	})
}
