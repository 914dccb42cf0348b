package extract

import "testing"

// The cases of tail14y's rules, on sentences and names of our own (the
// towns are real towns' names, facts the gazetteer must know). Each test
// holds the positives of one rule and the negatives that guard what it
// must not take; the want lines were read and judged one by one.

// TestMatchOpponent checks [Resolver.matchOpponent]: a match noun and
// "against" before a town make it the club named by its town.
func TestMatchOpponent(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a tie against a town typed a place",
			marked: "Cup\n\nRovers face a home tie against [[Quarnby|LOCATION]] next week.",
			want:   []string{`org:quarnby ORG "Quarnby" partial`},
		},
		{
			name:   "a friendly against a town typed a person",
			marked: "Cup\n\nThe coach does not rate the friendly against [[Zaragoza|PERSON]] in May.",
			want:   []string{`org:zaragoza ORG "Zaragoza" partial`},
		},
		{
			name:   "a town the tables know in a story with no sport words",
			marked: "Suspended\n\nThe Wizards suspended Kwame Brown for the game against [[Denver|PERSON]].",
			want:   []string{`org:denver ORG "Denver" partial`},
		},
		{
			name:   "a nation's side is left",
			marked: "Rugby\n\nHe will miss the match against [[Wales|LOCATION]] on Saturday.",
			want:   []string{`location:wales LOCATION "Wales" partial`},
		},
		{
			name:   "a person stays a person",
			marked: "Tennis\n\nShe lost the final against [[Ivo Quarnsen|PERSON]] in May.",
			want:   []string{`person:ivo-quarnsen PERSON "Ivo Quarnsen"`},
		},
		{
			name:   "a word typed a person that is no place is left",
			marked: "Tennis\n\nShe retired in the match against [[Quarnsova|PERSON]] in May.",
			want:   []string{`person:quarnsova PERSON "Quarnsova" partial`},
		},
		{
			name:   "no match noun before against",
			marked: "Port\n\nThe new tax was a blow against [[Biarritz|LOCATION]] and its port.",
			want:   []string{`location:biarritz LOCATION "Biarritz" partial`},
		},
	})
}

// TestOfficeFor checks [Resolver.officeFor] and the offices added to
// [employerOffices]: an officer's title and "for" or "at" before a name
// typed a person or a place make it the employer, a firm.
func TestOfficeFor(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a manager for a word typed a person",
			marked: "Security\n\n\"It is real,\" said Ann Vell, global sales manager for [[Quarbinex|PERSON]].",
			want:   []string{`org:quarbinex ORG "Quarbinex" partial`},
		},
		{
			name:   "a spokesman for a name typed a place",
			marked: "Spam\n\nA spokesman for [[Lemmo Tervane|LOCATION]] said the filters work.",
			want:   []string{`org:lemmo-tervane ORG "Lemmo Tervane"`},
		},
		{
			name:   "a manager for a name typed a place is a remit",
			marked: "Sales\n\nAnn Vell, sales manager for [[Lemmo Tervane|LOCATION]], said the year was good.",
			want:   []string{`location:lemmo-tervane LOCATION "Lemmo Tervane"`},
		},
		{
			name:   "a coordinator at",
			marked: "Farms\n\nThe plan worked, said a technical coordinator at [[Quarbinex|PERSON]].",
			want:   []string{`org:quarbinex ORG "Quarbinex" partial`},
		},
		{
			name:   "a surname the article writes after a given name is left",
			marked: "Votes\n\n[[Ann Vell|PER]] spoke. A spokesman for [[Vell|PERSON]] said she would stand.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a given name is left",
			marked: "Votes\n\nA spokesman for [[Dorothy|PERSON]] said she would stand.",
			want:   []string{`person:dorothy PERSON "Dorothy" partial`},
		},
		{
			name:   "two words typed a person are left",
			marked: "Votes\n\nA spokesman for [[Ivo Quarnsen|PERSON]] said he would stand.",
			want:   []string{`person:ivo-quarnsen PERSON "Ivo Quarnsen"`},
		},
		{
			name:   "an award's best director is left",
			marked: "Awards\n\nThe film was nominated for best director for [[Quarnsen|PERSON]] too.",
			want:   []string{`person:quarnsen PERSON "Quarnsen" partial`},
		},
		{
			name:   "a possessive after the name is left",
			marked: "Votes\n\nA spokesman for [[Quarnsen|PERSON]]'s campaign said no.",
			want:   []string{`person:quarnsen PERSON "Quarnsen" partial`},
		},
	})
}

// TestSquadTownPerson checks [Resolver.squadTownPerson] in
// [Resolver.squadClubs]: a town typed a person in brackets after a
// player in a squad list is his club.
func TestSquadTownPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a town typed a person with the captain's mark",
			marked: "Squad\n\n[[Ivo Quarnsen|PER]] ([[Toulouse|PER]], capt); [[Ann Vell|PER]] ([[Quarnby|LOC]]), " +
				"[[Piet Lemmo|PER]] ([[Tervane|LOC]]).",
			want: []string{`org:quarnby ORG "Quarnby" partial`, `org:tervane ORG "Tervane" partial`, `org:toulouse ORG "Toulouse" partial`,
				`person:ann-vell PERSON "Ann Vell"`, `person:ivo-quarnsen PERSON "Ivo Quarnsen"`, `person:piet-lemmo PERSON "Piet Lemmo"`},
		},
		{
			name: "a word typed a person that is no place is left",
			marked: "Squad\n\n[[Ivo Quarnsen|PER]] ([[Zorvanel|PER]], capt); [[Ann Vell|PER]] ([[Quarnby|LOC]]), " +
				"[[Piet Lemmo|PER]] ([[Tervane|LOC]]).",
			want: []string{`org:quarnby ORG "Quarnby" partial`, `org:tervane ORG "Tervane" partial`,
				`person:ann-vell PERSON "Ann Vell"`, `person:ivo-quarnsen PERSON "Ivo Quarnsen"`, `person:piet-lemmo PERSON "Piet Lemmo"`,
				`person:zorvanel PERSON "Zorvanel" partial`},
		},
		{
			name:   "two players are no squad",
			marked: "Squad\n\n[[Ivo Quarnsen|PER]] ([[Toulouse|PER]]), [[Ann Vell|PER]] ([[Biarritz|LOC]]).",
			want: []string{`location:biarritz LOCATION "Biarritz" partial`, `person:ann-vell PERSON "Ann Vell"`, `person:ivo-quarnsen PERSON "Ivo Quarnsen"`,
				`person:toulouse PERSON "Toulouse" partial`},
		},
	})
}
