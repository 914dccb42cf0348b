package extract

import "testing"

func TestBroadcasterWork(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a programme typed a place after a station's possessive and its number",
			marked: "Politics\n\nThe minister told Quarbin Radio 4's [[Zorbit Hour|LOC]]: \"We will act.\"",
			want:   nil,
		},
		{
			name:   "a programme typed a body after a network's possessive",
			marked: "Politics\n\nShe told the BBC's [[Tervane Tonight|ORG]] that prices would rise.",
			want:   nil,
		},
		{
			name:   "a correspondent after the possessive",
			marked: "Politics\n\nThe BBC's [[Ann Vell|PER]] says the talks failed.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "the broadcaster's unit",
			marked: "Radio\n\nHe told the BBC's [[Zorbit Service|ORG]] on Friday.",
			want:   []string{`org:zorbit-service ORG "Zorbit Service"`},
		},
		{
			name:   "no broadcaster before the possessive",
			marked: "Business\n\nHe spoke to Quarbin Motors's [[Zorbit Lemmo|ORG]] on Friday.",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit Lemmo"`},
		},
	})
}
