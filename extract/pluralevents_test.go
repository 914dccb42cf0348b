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
		// tail14f: eventCount, and "Cups".
		{
			name:   "two years before marathons",
			marked: "Sport\n\nShe ran in the 1998 and 1999 [[Quarbin Marathons|ORG]] before her injury.",
			want:   nil,
		},
		{
			name:   "a count before opens",
			marked: "Sport\n\nHe has played three [[Zorbit Opens|ORG]] and lost each time.",
			want:   nil,
		},
		{
			name:   "cups after and",
			marked: "Sport\n\nThey hope to hold both the Lemmo and [[Tervane World Cups|ORG]] at once.",
			want:   nil,
		},
		{
			name:   "a word with letters is no count",
			marked: "Sport\n\nHe joined the 15s [[Vell Cups|ORG]] board last year.",
			want:   []string{`org:vell-cups ORG "Vell Cups"`},
		},
		{
			name:   "no list before the plural",
			marked: "Sport\n\nOfficials of [[Tervane Opens|ORG]] said the dates would move.",
			want:   []string{`org:tervane-opens ORG "Tervane Opens"`},
		},
	})
}
