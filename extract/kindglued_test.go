package extract

import "testing"

// TestKindBeforeGiven covers a person's kind glued before a first name
// and a surname inside a sentence ([Resolver.kindBeforeGiven]).
func TestKindBeforeGiven(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a job's capitals before a first name",
			marked: "Radio\n\nThe show of late [[DJ Tom Okafor|PER]] goes on air.",
			want:   []string{`person:tom-okafor PERSON "Tom Okafor"`},
		},
		{
			name:   "a job's common word before a first name",
			marked: "Film\n\nActor and [[Producer Ann Vell|PER]] made the film.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a portfolio's last word before a first name",
			marked: "Plans\n\nHe spoke with the Minister for [[Work Ann Vell|PER]] on Monday.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a band's member in the singular, the band named in the article",
			marked: "Obituary\n\nHe wrote songs for the [[Quarbin Boys|ORG]]. He sang with future [[Quarbin Boy Tom Okafor|PER]] in a duo.",
			want:   []string{`org:quarbin-boys ORG "Quarbin Boys"`, `person:tom-okafor PERSON "Tom Okafor"`},
		},
		// Negatives: names the rule leaves whole.
		{
			name:   "a band's member in the singular, no band named",
			marked: "Obituary\n\nHe sang with future [[Quarbin Boy Tom Okafor|PER]] in a duo.",
			want:   []string{`person:quarbin-boy-tom-okafor PERSON "Quarbin Boy Tom Okafor"`},
		},
		{
			name:   "a common word before a word that is no first name",
			marked: "Talks\n\nHe met [[Battle Lemmo Vell|PER]] on Monday.",
			want:   []string{`person:battle-lemmo-vell PERSON "Battle Lemmo Vell"`},
		},
		{
			name:   "a street's last word",
			marked: "Football\n\nThe side played at [[White Tom Lane|PER]] on Sunday.",
			want:   []string{`location:white-tom-lane LOCATION "White Tom Lane"`},
		},
		{
			name:   "a first name before a first name",
			marked: "Rugby\n\nThe centre [[Sonny Tom Okafor|PER]] scored twice.",
			want:   []string{`person:sonny-tom-okafor PERSON "Sonny Tom Okafor"`},
		},
		{
			name:   "a kind and one name",
			marked: "Film\n\nThe film was made by [[Producer Vell|PER]] last year.",
			want:   []string{`person:producer-vell PERSON "Producer Vell"`},
		},
		{
			name:   "a name typed a firm",
			marked: "Deals\n\nThe deal with [[Work Ann Vell|ORG]] closed.",
			want:   []string{`org:work-ann-vell ORG "Work Ann Vell"`},
		},
	})
}

// TestCutInnerHonorific covers an honorific inside a span
// ([cutInnerHonorific]).
func TestCutInnerHonorific(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town run into the person after it",
			marked: "Rally\n\nSpeaking in [[Quarbinford Mr Okafor|PER]] said the party was ready.",
			want:   []string{`person:okafor PERSON "Okafor" partial`},
		},
		{
			name:   "a body run into the person after it, typed a body",
			marked: "Speech\n\nIn a speech to the [[Tervane Policy Centre Mrs Vell|ORG]] said so.",
			want:   []string{`person:vell PERSON "Vell" partial`},
		},
		// Negatives: names the rule leaves whole.
		{
			name:   "a firm's capitals that spell an honorific",
			marked: "Deals\n\nThe deal with [[Quarbin MS|ORG]] closed.",
			want:   []string{`org:quarbin-ms ORG "Quarbin MS"`},
		},
		{
			name:   "a firm's drink named like a doctor",
			marked: "Drinks\n\nSales of [[Quarbin Dr Zorbit|ORG]] rose.",
			want:   []string{`org:quarbin-dr-zorbit ORG "Quarbin Dr Zorbit"`},
		},
	})
}
