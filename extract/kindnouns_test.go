package extract

import "testing"

// TestKindNounBefore checks, on sentences of our own, that a kind noun
// right before a name gives its type when the recognizer's disagrees: a
// body's ("movement", "marque", "charity"), a person's ("rapper",
// "author"); and that a verb after the name, a name of a firm's words and
// an agreeing type are left alone.
func TestKindNounBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a movement typed a person",
			marked: "Faith\n\nShe had help from the Catholic movement [[Tervane Quarbin|PER]]. Her ties to [[Tervane Quarbin|PER]] were known.",
			want:   []string{`org:tervane-quarbin ORG "Tervane Quarbin"`},
		},
		{
			name:   "a marque before a comma",
			marked: "Cars\n\nNew models hit luxury marque [[Quarbin-Zorbit|PER]], with sales down 3%.",
			want:   []string{`org:quarbin-zorbit ORG "Quarbin-Zorbit"`},
		},
		{
			name:   "a charity between commas",
			marked: "Speech\n\nShe spoke of a drugs charity, [[Zorbitaid|PER]], which she supports.",
			want:   []string{`org:zorbitaid ORG "Zorbitaid" partial`},
		},
		{
			name:   "a rapper typed a place",
			marked: "Music\n\nThe record was made with rapper [[Quelvo|LOC]] and a choir.",
			want:   []string{`person:quelvo PERSON "Quelvo" partial`},
		},
		{
			name:   "an author typed a body",
			marked: "Film\n\nThe cast has [[Ann Lemmo|PER]] as author [[Tervane Quarbin|ORG]] and more.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`, `person:tervane-quarbin PERSON "Tervane Quarbin"`},
		},
		{
			name:   "a verb after the name: a clause, no cue",
			marked: "Union\n\nThe movement [[Ann Vell|PER]] leads grew fast.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm's words keep a body",
			marked: "Deal\n\nThe deal went to writer [[Tervane Books Ltd|ORG]].",
			want:   []string{`org:tervane-books ORG "Tervane Books Ltd."`},
		},
	})
}

// TestRealNameAfter checks that a name the recognizer took for a place is
// a person's when a real name or a band's membership follows it, and that
// a firm that is a member of a consortium stays a firm.
func TestRealNameAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a real name",
			marked: "Trial\n\nHe said it was better than [[Q-Vell|LOC]], real name [[Ann Lemmo|PER]], could hope for.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`, `person:q-vell PERSON "Q-Vell" partial`},
		},
		{
			name:   "a former member of a rap group",
			marked: "Trial\n\n[[Q-Vell|LOC]], a former member of rap group Zorbit, was in court.",
			want:   []string{`person:q-vell PERSON "Q-Vell" partial`},
		},
		{
			name:   "a member of a consortium stays a firm",
			marked: "Oil\n\n[[Tervane Oil|ORG]], a member of the consortium, said so.",
			want:   []string{`org:tervane-oil ORG "Tervane Oil"`},
		},
	})
}

// TestHeadOrg checks that a name ending in a body's head word is a body's
// when the recognizer took it for a person or a place, and that a woman
// whose surname is such a word stays a woman.
func TestHeadOrg(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a tax office typed a place",
			marked: "Tax\n\nHe was a clerk at the [[Tervane Revenue|LOC]] for years.",
			want:   []string{`org:tervane-revenue ORG "Tervane Revenue"`},
		},
		{
			name:   "a club's Utd after a first name",
			marked: "Cup\n\nThe tie against [[Sheila Utd|PER]] is on Saturday.",
			want:   []string{`org:sheila-utd ORG "Sheila Utd"`},
		},
		{
			name:   "a club's Athletic typed a place",
			marked: "Cup\n\nThe tie against [[Tervane Athletic|LOC]] is on Saturday.",
			want:   []string{`org:tervane-athletic ORG "Tervane Athletic"`},
		},
		{
			name:   "a woman surnamed Rovers",
			marked: "Film\n\nThe part went to [[Susan Rovers|PER]] on Monday.",
			want:   []string{`person:susan-rovers PERSON "Susan Rovers"`},
		},
	})
}

// TestFixtureLine checks that the names of a fixture list's line are
// teams, and that a sentence with "v" in it is no fixture.
func TestFixtureLine(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a line of a fixture list",
			marked: "Draw\n\nThe draw in full:\n\n[[Quarbin|ORG]] v [[Tervane Forest|LOC]]\n\n[[Zorbit|ORG]] or [[Lemmo|ORG]] v [[Marlow|PER]]\n",
			want: []string{`org:lemmo ORG "Lemmo" partial`, `org:marlow ORG "Marlow" partial`, `org:quarbin ORG "Quarbin" partial`,
				`org:tervane-forest ORG "Tervane Forest"`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a line over 80 bytes is no fixture",
			marked: "Draw\n\nTERVANE QUARBIN LEMMO ZORBIT HARBURY SELSEY TERVANE QUARBIN LEMMO ZORBIT HARBURY SELSEY v [[Marlow|PER]]\n",
			want:   []string{`person:marlow PERSON "Marlow" partial`},
		},
		{
			name:   "a sentence is no fixture",
			marked: "Court\n\nThe case of [[Marlow|PER]] v Quarbin was heard on Monday.",
			want:   []string{`person:marlow PERSON "Marlow" partial`},
		},
	})
}

// TestCompassCounty checks that a county after an abbreviated compass
// point in brackets is a place, and that an initial and a surname in
// brackets stay a person.
func TestCompassCounty(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a referee's county",
			marked: "Match\n\nReferee: [[M Lemmo|PER]] ([[W Yorkshire|ORG]]).",
			want:   []string{`location:w-yorkshire LOCATION "W Yorkshire"`, `person:m-lemmo PERSON "M Lemmo" partial`},
		},
		{
			name:   "a region",
			marked: "Match\n\nReferee: [[M Lemmo|PER]] ([[W Midlands|ORG]]).",
			want:   []string{`location:w-midlands LOCATION "W Midlands"`, `person:m-lemmo PERSON "M Lemmo" partial`},
		},
		{
			name:   "an initial and a surname",
			marked: "Match\n\nSubs: [[M Lemmo|PER]] ([[S Quarbin|ORG]]).",
			want:   []string{`org:s-quarbin ORG "S Quarbin"`, `person:m-lemmo PERSON "M Lemmo" partial`},
		},
	})
}

// TestLeaderAfter checks that a name the recognizer took for a person is a
// party's before "leader" and a person's name, and that a lower-case word
// after "leader" makes no cue.
func TestLeaderAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a party's leader",
			marked: "Campaign\n\n[[Tervane Dem|PER]] leader [[Ann Vell|PER]] spoke on Monday.",
			want:   []string{`org:tervane-dem ORG "Tervane Dem"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no name after leader",
			marked: "Campaign\n\nHe called [[Ann Vell|PER]] leader of the pack.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestHeadPlace checks that a reservoir's name the recognizer took for a
// body is a place, and a firm's name with "Co" stays a firm.
func TestHeadPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a reservoir",
			marked: "Drought\n\nThe level of [[Tervane Reservoir|ORG]] fell again.",
			want:   []string{`location:tervane-reservoir LOCATION "Tervane Reservoir"`},
		},
		{
			name:   "a firm",
			marked: "Drought\n\nShares of [[Tervane Reservoir Co|ORG]] fell again.",
			want:   []string{`org:tervane-reservoir ORG "Tervane Reservoir Co"`},
		},
	})
}

// TestKindNounComma checks that a person's name between commas after a
// body's kind noun is the body's spokesman, no body.
func TestKindNounComma(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a spokesman between commas",
			marked: "Appeal\n\nA spokesman for the charity, [[Ann Vell|PER]], said it would go on.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestKindNounMore checks the kinds of party, club and band: a band's
// word before a name typed a place, a club's before a name typed a
// person; and that a party's apposition (a seat) and a headline's last
// word before a dateline make no cue.
func TestKindNounMore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a band typed a place",
			marked: "Music\n\nThe three formed the band [[Tervane Plague|LOC]], and then split.",
			want:   []string{`org:tervane-plague ORG "Tervane Plague"`},
		},
		{
			name:   "a club typed a person",
			marked: "Move\n\nHe signed for Tervanian club [[Lemmo Quarbin|PER]].",
			want:   []string{`org:lemmo-quarbin ORG "Lemmo Quarbin"`},
		},
		{
			name:   "a party",
			marked: "Vote\n\nThe opposition party [[Tervane Fail|PER]], said no.",
			want:   []string{`org:tervane-fail ORG "Tervane Fail"`},
		},
		{
			name:   "a party's seat between commas",
			marked: "Vote\n\nHis constituency party, [[Lemmo North West|LOC]], which he represented, met.",
			want:   []string{`location:lemmo-north-west LOCATION "Lemmo North West"`},
		},
		{
			name:   "a headline's last word before a dateline",
			marked: "Conference\n\nHostages cloud meeting of the party\n\n[[Lemmo Quarbin|PER]], a delegate, spoke first.",
			want:   []string{`person:lemmo-quarbin PERSON "Lemmo Quarbin"`},
		},
	})
}
