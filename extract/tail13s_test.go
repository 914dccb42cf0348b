package extract

import "testing"

// The cases of tail13s's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestBornInTown checks [bornInTown]: a name typed a person or an
// organization after "born in" (maybe "nearby") is a place.
func TestBornInTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "born in nearby",
			marked: "Stage\n\nThe actor, who was born in nearby [[Port Quelby|ORG]], returned to the theatre.",
			want:   []string{`location:port-quelby LOCATION "Port Quelby"`},
		},
		{
			name:   "born in, typed a person",
			marked: "Stage\n\nShe was born in [[Tarrowgate|PERSON]] in 1950.",
			want:   []string{`location:tarrowgate LOCATION "Tarrowgate" partial`},
		},
		{
			name:   "a possessive after the name",
			marked: "Stage\n\nHe was born in [[Quelby Vane|ORG]]'s hospital.",
			want:   []string{`org:quelby-vane ORG "Quelby Vane"`},
		},
		{
			name:   "no born before in",
			marked: "Stage\n\nHe played in nearby [[Port Quelby|ORG]] last year.",
			want:   []string{`org:port-quelby ORG "Port Quelby"`},
		},
	})
}

// TestOwnedSite checks [ownedSite]: a name typed an organization between
// a named owner's possessive and a noun of a site is the site, a place.
func TestOwnedSite(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an owner's possessive and stadium",
			marked: "Sport\n\nThe tie moved to [[Quelby United|ORG]]'s [[Marrow de Vane|ORG]] stadium in May.",
			want:   []string{`location:marrow-de-vane LOCATION "Marrow de Vane"`, `org:quelby-united ORG "Quelby United"`},
		},
		{
			name:   "a lower-case possessive",
			marked: "Sport\n\nThe tie moved to the club's [[Marrow de Vane|ORG]] stadium in May.",
			want:   []string{`org:marrow-de-vane ORG "Marrow de Vane"`},
		},
		{
			name:   "no site noun after",
			marked: "Sport\n\nThe tie pitted [[Quelby United|ORG]]'s [[Marrow de Vane|ORG]] team against them.",
			want:   []string{`org:marrow-de-vane ORG "Marrow de Vane"`, `org:quelby-united ORG "Quelby United"`},
		},
	})
}

// TestShireAfterTown checks [shireAfterTown]: a one-word "-shire" name
// after a town and a comma, ending its phrase, is a county.
func TestShireAfterTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "town, county,",
			marked: "Rail\n\nThe line would run to [[Quelbridge|LOCATION]], [[Tarrowshire|PERSON]], to the west.",
			want:   []string{`location:tarrowshire LOCATION "Tarrowshire" partial`},
		},
		{
			name:   "the county's name alone",
			marked: "Rail\n\n[[Tarrowshire|ORG]] said on Monday that profits rose.",
			want:   []string{`org:tarrowshire ORG "Tarrowshire" partial`},
		},
		{
			name:   "a word after the county",
			marked: "Rail\n\nThe deal lifted [[Quelbridge|LOCATION]], [[Tarrowshire|ORG]] shares rose.",
			want:   []string{`org:tarrowshire ORG "Tarrowshire" partial`},
		},
	})
}

// TestGenreAct checks [genreAct]: a name typed a person after a music
// genre and "act" is a band's, unless it begins with a given name.
func TestGenreAct(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "dance act",
			marked: "Music\n\nThe prize went to dance act [[Quarry Vells|PERSON]] last night.",
			want:   []string{`org:quarry-vells ORG "Quarry Vells"`},
		},
		{
			name:   "a given name first",
			marked: "Music\n\nThe prize went to pop act [[Ann Vell|PERSON]] last night.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a solo act",
			marked: "Music\n\nThe prize went to solo act [[Quarry Vells|PERSON]] last night.",
			want:   []string{`person:quarry-vells PERSON "Quarry Vells"`},
		},
	})
}

// TestRefereeName checks [refereeName]: a name typed an organization
// after a match official's label at a line's or a sentence's start is a
// person.
func TestRefereeName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "after a sentence",
			marked: "Sport\n\nSubs: Vell, Marro, Quell. Referee: [[Q Zorran|ORG]] (Tarrowshire)",
			want:   []string{`person:q-zorran PERSON "Q Zorran" partial`},
		},
		{
			name:   "at a line's start",
			marked: "Sport\n\nThe match ended level.\nUmpire: [[Q Zorran|ORG]]",
			want:   []string{`person:q-zorran PERSON "Q Zorran" partial`},
		},
		{
			name:   "another label",
			marked: "Sport\n\nThe match ended level.\nSponsor: [[Q Zorran|ORG]]",
			want:   []string{`org:q-zorran ORG "Q Zorran"`},
		},
	})
}

// TestRoleGivenPerson checks [roleGivenPerson]: a name of two or three
// words after a performer's kind, with a given name first, is a person's
// even when it ends in a body's word.
func TestRoleGivenPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "star and a body's word last",
			marked: "Film\n\nThe favourite is Zorbit star [[Thomas Quell Church|ORG]].",
			want:   []string{`person:thomas-quell-church PERSON "Thomas Quell Church"`},
		},
		{
			name:   "actress",
			marked: "Film\n\nIt stars actress [[Ann Press|ORG]], who made her name on stage.",
			want:   []string{`person:ann-press PERSON "Ann Press"`},
		},
		{
			name:   "a company suffix",
			marked: "Film\n\nThe favourite is Zorbit star [[Thomas Quell Ltd|ORG]].",
			want:   []string{`org:thomas-quell ORG "Thomas Quell Ltd."`},
		},
		{
			name:   "no kind before",
			marked: "Film\n\nThe money went to [[Thomas Quell Church|ORG]] in May.",
			want:   []string{`org:thomas-quell-church ORG "Thomas Quell Church"`},
		},
	})
}

// TestFleetFirm checks [fleetFirm]: a name ending in a fleet's plural or
// a railway's word, typed a person or a place, is a carrier.
func TestFleetFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "trains",
			marked: "Tech\n\nWi-fi will come to [[Quelby Trains|LOCATION]] later in the year.",
			want:   []string{`org:quelby-trains ORG "Quelby Trains"`},
		},
		{
			name:   "railroad",
			marked: "Rail\n\nThe line was sold to [[Tarrow Vale Railroad|LOCATION]] last year.",
			want:   []string{`org:tarrow-vale-railroad ORG "Tarrow Vale Railroad"`},
		},
		{
			name:   "typed a person, its short name after",
			marked: "Rail\n\nThe buses were built by [[Ann Built Buses|PERSON]]. [[Ann|PERSON]] had failed the tests.",
			want:   []string{`person:ann-built-buses PERSON "Ann Built Buses"`},
		},
		{
			name:   "a singular",
			marked: "Rail\n\nThe line was sold to [[Tarrow Vale Train|LOCATION]] last year.",
			want:   []string{`location:tarrow-vale-train LOCATION "Tarrow Vale Train"`},
		},
	})
}

// TestArtistTheWork checks [theAfterPossessive] through [artistWork]: a
// work's "The" between a maker's possessive and the name the recognizer
// tagged.
func TestArtistTheWork(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a novel's The",
			marked: "Books\n\nThis year's winner, [[Ann Vell|PERSON]]'s The [[Quiet Marrows|ORG]], sold well. The novel is her second.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no word of the arts",
			marked: "Trade\n\nThis year's winner, [[Ann Vell|PERSON]]'s The [[Quiet Marrows|ORG]], sold well.",
			want:   []string{`org:quiet-marrows ORG "Quiet Marrows"`, `person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestKindBeforeList checks [kindBeforeList] through [kindListed]: a list
// of titles right after their kind, with no "such as".
func TestKindBeforeList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "spin-off series",
			marked: "TV\n\nIt follows the spin-off series The Quiet Years, [[Marrow Nine|ORG]] and [[Zorbitor|ORG]].",
			want:   []string{},
		},
		{
			name:   "no kind before the list",
			marked: "TV\n\nIt follows The Quiet Years, [[Marrow Nine|ORG]] and [[Zorbitor|ORG]].",
			want:   []string{`org:marrow-nine ORG "Marrow Nine"`, `org:zorbitor ORG "Zorbitor" partial`},
		},
		{
			name:   "a person's name of two words",
			marked: "TV\n\nThe spin-off series The Quiet Years, [[Ann Vell|PERSON]] and [[Zorbitor|ORG]] ran for a decade.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a capitalized word before the kind",
			marked: "Sport\n\nThe Quelby games [[Marrow Nine|ORG]] and [[Zorbitor|ORG]] drew crowds.",
			want:   []string{`org:marrow-nine ORG "Marrow Nine"`, `org:zorbitor ORG "Zorbitor" partial`},
		},
	})
}
