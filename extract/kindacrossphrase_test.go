package extract

import "testing"

// TestKindAcrossPhrase checks tail14f's kindAcrossPhrase: a phrase of time
// or place between a kind of work and "such as" leaves the list the
// kind's.
func TestKindAcrossPhrase(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "programmes from the last two weeks",
			marked: "Tech\n\nIt will offer programmes from the last two weeks such as [[Zorbit|ORG]], [[Lemmo Lane|PERSON]] and [[Vell Roadshow|PERSON]].",
			want:   nil,
		},
		{
			name:   "games of the past 20 years",
			marked: "Tech\n\nShe praised games of the past 20 years such as [[Quarbin Park|PERSON]] and [[Tervane Keeper|PERSON]].",
			want:   nil,
		},
		{
			name:   "a plural head in the phrase",
			marked: "Music\n\nHe wrote songs of singers such as [[Anna Vell|PERSON]] and [[Tom Lemmo|PERSON]].",
			want:   []string{`person:anna-vell PERSON "Anna Vell"`, `person:tom-lemmo PERSON "Tom Lemmo"`},
		},
		{
			name:   "no preposition after the kind",
			marked: "Tech\n\nA set of games is being made for the gadget such as [[Zorbit Ltd|ORG]] said.",
			want:   []string{`org:zorbit ORG "Zorbit Ltd"`},
		},
		{
			name:   "more than six words between",
			marked: "Tech\n\nIt sells shows from the last two weeks of a long hot summer such as [[Anna Vell|PERSON]] and [[Tom Lemmo|PERSON]].",
			want:   []string{`person:anna-vell PERSON "Anna Vell"`, `person:tom-lemmo PERSON "Tom Lemmo"`},
		},
	})
}
