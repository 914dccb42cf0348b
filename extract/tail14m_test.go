package extract

import "testing"

// TestRadioOutlet checks [radioOutlet]: "Radio" and a name typed a place
// is a broadcaster.
func TestRadioOutlet(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a station after a town's name, typed a place",
			marked: "Grain\n\nThe report, quoting a broadcast on [[Radio Tervane|LOC]], said output will rise.",
			want:   []string{`org:radio-tervane ORG "Radio Tervane"`},
		},
		{
			name:   "three words",
			marked: "Talks\n\nThe minister told a [[Radio Quarbin Sud|LOC]] interviewer he would stay.",
			want:   []string{`org:radio-quarbin-sud ORG "Radio Quarbin Sud"`},
		},
		{
			name:   "a hall named Radio City",
			marked: "Shows\n\nThe band played at [[Radio City|LOC]] on Friday.",
			want:   []string{`location:radio-city LOCATION "Radio City"`},
		},
		{
			name:   "no Radio",
			marked: "Shows\n\nThe band played in [[Lemmora Vell|LOC]] on Friday.",
			want:   []string{`location:lemmora-vell LOCATION "Lemmora Vell"`},
		},
	})
}

// TestHolidayName checks [holidayName]: a holiday is a date, no entity.
func TestHolidayName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a feast typed a person",
			marked: "Bill\n\nThe panel will vote on the bill before [[Easter|PERSON]], the senator said.",
			want:   nil,
		},
		{
			name:   "a holiday typed an organization, two words",
			marked: "Shops\n\nSales rose before [[Yom Kippur|ORG]] and [[Halloween|ORG]] this year.",
			want:   nil,
		},
		{
			name:   "a surname after a title",
			marked: "Court\n\nThe case was heard by Judge [[Easter|PERSON]] in [[Lemmora|LOC]].",
			want:   []string{`location:lemmora LOCATION "Lemmora" partial`, `person:easter PERSON "Easter" partial`},
		},
		{
			name:   "a longer name",
			marked: "Islands\n\nThe ship reached [[Christmas Island|LOC]] on Monday.",
			want:   []string{`location:christmas-island LOCATION "Christmas Island"`},
		},
	})
}

// TestPossessiveOpener checks [possessiveOpener]: a name opening with
// "My", "Our", "Your" or "Their" is no person.
func TestPossessiveOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an exclamation in a quote",
			marked: "Tea\n\nThey taste it and say '[[My Word|PERSON]] this is dull,' he said.",
			want:   nil,
		},
		{
			name:   "a song's title",
			marked: "Awards\n\nHis duet with Vell, [[Our Lamp|PERSON]], earned a nomination.",
			want:   nil,
		},
		{
			name:   "a style of a person",
			marked: "Visit\n\n[[Her Majesty|PERSON]] opened the bridge on Monday.",
			want:   []string{`person:her-majesty PERSON "Her Majesty"`},
		},
		{
			name:   "a person's name",
			marked: "Visit\n\n[[Myra Quell|PERSON]] opened the bridge on Monday.",
			want:   []string{`person:myra-quell PERSON "Myra Quell"`},
		},
	})
}

// TestPollName checks [pollName]: "the ... Poll" is an opinion poll.
func TestPollName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the poll after the",
			marked: "Vote\n\nThe [[Tervane Quarbin Poll|PERSON]] showed both parties level on 44 pct.",
			want:   nil,
		},
		{
			name:   "a referee named Poll, no the",
			marked: "Match\n\nReferee [[Dora Poll|PERSON]] sent off two players.",
			want:   []string{`person:dora-poll PERSON "Dora Poll"`},
		},
	})
}

// TestSovereignName checks [sovereignName]: a sovereign's style and one
// name is a person.
func TestSovereignName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "typed a place",
			marked: "Gold\n\nThe coins mark the 60th year of [[Emperor Quarbo|LOC]]'s reign, dealers said.",
			want:   []string{`person:emperor-quarbo PERSON "Emperor Quarbo"`},
		},
		{
			name:   "typed an organization",
			marked: "Visit\n\n[[Sultan Tervan|ORG]] opened the new port on Monday.",
			want:   []string{`person:sultan-tervan PERSON "Sultan Tervan"`},
		},
		{
			name:   "a firm's word after the style",
			marked: "Mines\n\n[[Emperor Mines|ORG]] said output rose.",
			want:   []string{`org:emperor-mines ORG "Emperor Mines"`},
		},
		{
			name:   "King is left",
			marked: "Ships\n\nThe ferry reached [[King Lemmora|LOC]] on Monday.",
			want:   []string{`location:king-lemmora LOCATION "King Lemmora"`},
		},
	})
}

// TestDivisionName checks [divisionName]: a name ending in Division is a
// body's unit.
func TestDivisionName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's division typed a place",
			marked: "Sale\n\nZorbit Stores said it sold its [[Quarbin City Division|LOC]] to a rival.",
			want:   []string{`org:quarbin-city-division ORG "Quarbin City Division"`},
		},
		{
			name:   "typed a person",
			marked: "Sale\n\nThe [[Tervane Division|PERSON]] reported a loss.",
			want:   []string{`org:tervane-division ORG "Tervane Division"`},
		},
		{
			name:   "no division word",
			marked: "Sale\n\nZorbit Stores said it sold its stores in [[Quarbin City|LOC]] to a rival.",
			want:   []string{`location:quarbin-city LOCATION "Quarbin City"`},
		},
	})
}

// TestOutletChain checks [outletChain]: a name before "restaurants" or
// "stores" is the chain that runs them.
func TestOutletChain(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "restaurants, typed a place",
			marked: "Pizza\n\nThe units will be converted to [[Quarbin Hut|LOC]] restaurants, the company said.",
			want:   []string{`org:quarbin-hut ORG "Quarbin Hut"`},
		},
		{
			name:   "stores, typed a person",
			marked: "Retail\n\nRivals like [[Tervane Shack|PERSON]] stores cut prices.",
			want:   []string{`org:tervane-shack ORG "Tervane Shack"`},
		},
		{
			name:   "a known place's stores",
			marked: "Retail\n\nIt closed two [[Michigan|LOC]] stores last year.",
			want:   []string{`location:michigan LOCATION "Michigan" partial`},
		},
		{
			name:   "a compass word and a place",
			marked: "Retail\n\nIt closed its [[Northern Lemmora|LOC]] stores last year.",
			want:   []string{`location:northern-lemmora LOCATION "Northern Lemmora"`},
		},
		{
			name:   "another noun after the name",
			marked: "Retail\n\nIt closed its [[Lemmora Vell|LOC]] plant last year.",
			want:   []string{`location:lemmora-vell LOCATION "Lemmora Vell"`},
		},
	})
}

// TestProvinceSeat checks [provinceSeat]: a name between a firm's comma
// and a Canadian province's name is the firm's town.
func TestProvinceSeat(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town typed a person",
			marked: "Deal\n\nIt will supply monitors to [[Zorbit Systems Ltd|ORG]], [[Lemmora|PERSON]], [[Quebec|LOC]], [[Canada|LOC]].",
			want: []string{`country:CA COUNTRY "Canada"`, `location:lemmora LOCATION "Lemmora" partial`,
				`location:quebec LOCATION "Quebec" partial`, `org:zorbit-systems ORG "Zorbit Systems Ltd"`},
		},
		{
			name:   "no firm before it",
			marked: "Deal\n\nIt named [[Ann Vell|PERSON]], [[Dora Quell|PERSON]], [[Quebec|LOC]] and others.",
			want: []string{`location:quebec LOCATION "Quebec" partial`, `person:ann-vell PERSON "Ann Vell"`,
				`person:dora-quell PERSON "Dora Quell"`},
		},
		{
			name:   "a firm's suffix in the name",
			marked: "Deal\n\nIt bought [[Zorbit Systems Ltd|ORG]], [[Quarbin Corp|ORG]], [[Quebec|LOC]] units.",
			want: []string{`location:quebec LOCATION "Quebec" partial`, `org:quarbin ORG "Quarbin Corp"`,
				`org:zorbit-systems ORG "Zorbit Systems Ltd"`},
		},
	})
}

// TestMaruShip checks [maruShip]: a name ending in Maru is a ship.
func TestMaruShip(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a ship typed a person",
			marked: "Ships\n\nWork on [[Quarbo Maru|PERSON]] for a Tervane line will end in April.",
			want:   nil,
		},
		{
			name:   "a shipping line",
			marked: "Ships\n\n[[Quarbo Maru Lines|ORG]] said it ordered two tankers.",
			want:   []string{`org:quarbo-maru-lines ORG "Quarbo Maru Lines"`},
		},
	})
}

// TestDowAverage checks [dowAverage]: "Dow" and an average's word is an
// index.
func TestDowAverage(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "typed a person",
			marked: "Stocks\n\nThe [[Dow Industrials|PERSON]] fell 12 points to 1980.",
			want:   nil,
		},
		{
			name:   "another word after Dow",
			marked: "Stocks\n\n[[Dow Quarbin|ORG]] said sales rose.",
			want:   []string{`org:dow-quarbin ORG "Dow Quarbin"`},
		},
	})
}

// TestStateListMember checks [stateListMember]: a name between two states
// in a list is a state.
func TestStateListMember(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a misspelt state typed a person",
			marked: "Weather\n\nShowers reached [[Maryland|LOC]], [[Delawere|PERSON]], [[Virginia|LOC]] and the Carolinas.",
			want: []string{`location:delawere LOCATION "Delawere" partial`, `location:maryland LOCATION "Maryland" partial`,
				`location:virginia LOCATION "Virginia" partial`},
		},
		{
			name:   "a state on one side only",
			marked: "Talks\n\nThe envoys met Dora, [[Quell|PERSON]], [[Virginia|LOC]] and others.",
			want:   []string{`location:virginia LOCATION "Virginia" partial`, `person:quell PERSON "Quell" partial`},
		},
	})
}
