package extract

import "testing"

// The cases of tail15l's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestSquadNamedClub checks [squadNamedClub]: a club's name of two words
// that opens with no given name, in brackets after a player in a squad
// list, is the player's club.
func TestSquadNamedClub(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a club of two words typed a person in a squad list",
			marked: "Squad\n\nBacks: [[Tom Vell|PERSON]] ([[Biarritz|LOCATION]]), [[John Quarn|PERSON]] ([[Stade Marlouse|PERSON]]), " +
				"[[Mary Ardo|PERSON]] ([[Perpignan|LOCATION]]), [[Ann Dunne|PERSON]] ([[Stade Marlouse|PERSON]], capt).",
			want: []string{
				`org:biarritz ORG "Biarritz" partial`, `org:perpignan ORG "Perpignan" partial`, `org:stade-marlouse ORG "Stade Marlouse"`,
				`person:ann-dunne PERSON "Ann Dunne"`, `person:john-quarn PERSON "John Quarn"`, `person:mary-ardo PERSON "Mary Ardo"`,
				`person:tom-vell PERSON "Tom Vell"`,
			},
		},
		{
			name: "a person in brackets opens with a given name",
			marked: "Squad\n\nBacks: [[Tom Vell|PERSON]] ([[Biarritz|LOCATION]]), [[John Quarn|PERSON]] ([[Mary Tobin|PERSON]]), " +
				"[[Mary Ardo|PERSON]] ([[Perpignan|LOCATION]]), [[Ann Dunne|PERSON]] ([[Castres|LOCATION]]).",
			want: []string{
				`org:biarritz ORG "Biarritz" partial`, `org:castres ORG "Castres" partial`, `org:perpignan ORG "Perpignan" partial`,
				`person:ann-dunne PERSON "Ann Dunne"`, `person:john-quarn PERSON "John Quarn"`, `person:mary-ardo PERSON "Mary Ardo"`,
				`person:mary-tobin PERSON "Mary Tobin"`, `person:tom-vell PERSON "Tom Vell"`,
			},
		},
		{
			name: "a substitute and his minute in brackets",
			marked: "Squad\n\nRovers: Vell, Quarn, [[Tom Ardo|PERSON]] ([[Nunno 73|PERSON]]), [[Kewlo|PERSON]] ([[Tarro 85|PERSON]]), " +
				"[[Mellow|PERSON]] ([[Sinno Pongard 75|PERSON]]).",
			want: []string{`person:kewlo PERSON "Kewlo" partial`, `person:mellow PERSON "Mellow" partial`, `person:tom-ardo PERSON "Tom Ardo"`},
		},
		{
			name: "a substitute's minute after his name's span",
			marked: "Squad\n\nRovers: Vell, Quarn, [[Tom Ardo|PERSON]] ([[Nunno|PERSON]] 73), [[Kewlo|PERSON]] ([[Tarro|PERSON]] 85), " +
				"[[Mellow|PERSON]] ([[Sinno Pongard|PERSON]] 75).",
			want: []string{`person:kewlo PERSON "Kewlo" partial`, `person:mellow PERSON "Mellow" partial`, `person:nunno PERSON "Nunno" partial`,
				`person:sinno-pongard PERSON "Sinno Pongard"`, `person:tarro PERSON "Tarro" partial`, `person:tom-ardo PERSON "Tom Ardo"`,
			},
		},
		{
			name:   "two brackets are no squad list",
			marked: "Squad\n\nHe picked [[Tom Vell|PERSON]] ([[Stade Marlouse|PERSON]]) and [[John Quarn|PERSON]] ([[Biarritz|LOCATION]]).",
			want: []string{
				`location:biarritz LOCATION "Biarritz" partial`, `person:john-quarn PERSON "John Quarn"`,
				`person:stade-marlouse PERSON "Stade Marlouse"`, `person:tom-vell PERSON "Tom Vell"`,
			},
		},
	})
}

// TestInitialsListPerson checks [initialsListPerson]: initials and a
// surname typed a firm in a list of people's names are a person's.
func TestInitialsListPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "initials last in a list of singers",
			marked: "Prize\n\nAfter beating [[Ann Rigby|PERSON]], [[Zola|PERSON]], [[Mary Quarn|PERSON]] and [[KT Vellow|ORG]] to the prize, she wept.",
			want: []string{
				`person:ann-rigby PERSON "Ann Rigby"`, `person:kt-vellow PERSON "KT Vellow"`, `person:mary-quarn PERSON "Mary Quarn"`,
				`person:zola PERSON "Zola" partial`,
			},
		},
		{
			name:   "one initial in the middle of a list of writers",
			marked: "Tales\n\nStories from the likes of [[John Ardo|PERSON]], [[E Marlish|ORG]] and [[Tom Quarnby|PERSON]] are read.",
			want: []string{
				`person:e-marlish PERSON "E Marlish" partial`, `person:john-ardo PERSON "John Ardo"`, `person:tom-quarnby PERSON "Tom Quarnby"`,
			},
		},
		{
			name:   "a firm's word after the initials",
			marked: "Deal\n\nBids came from [[John Ardo|PERSON]], [[Mary Quarn|PERSON]] and [[QV Group|ORG]] last week.",
			want: []string{
				`org:qv-group ORG "QV Group"`, `person:john-ardo PERSON "John Ardo"`, `person:mary-quarn PERSON "Mary Quarn"`,
			},
		},
		{
			name:   "a list of firms",
			marked: "Deal\n\nBids came from [[Zorbit|ORG]], [[Lemmo|ORG]], [[Mary Quarn|PERSON]] and [[QV Tervane|ORG]] last week.",
			want: []string{
				`org:lemmo ORG "Lemmo" partial`, `org:qv-tervane ORG "QV Tervane"`, `org:zorbit ORG "Zorbit" partial`, `person:mary-quarn PERSON "Mary Quarn"`,
			},
		},
		{
			name:   "no list",
			marked: "Deal\n\n[[QV Tervane|ORG]] said on Monday that [[John Ardo|PERSON]] and [[Mary Quarn|PERSON]] would join.",
			want: []string{
				`org:qv-tervane ORG "QV Tervane"`, `person:john-ardo PERSON "John Ardo"`, `person:mary-quarn PERSON "Mary Quarn"`,
			},
		},
	})
}

// TestEpisodeListed checks [episodeListed]: a list of names right after
// "episodes of" names programmes.
func TestEpisodeListed(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a list after episodes of",
			marked: "Web\n\nNew episodes of 24, [[Quarbin Wives|ORG]] and [[Lemmo Vale|PERSON]], appear on the web hours later.",
			want:   []string{},
		},
		{
			name:   "one programme and a verb",
			marked: "Web\n\nSix episodes of [[Tervo|ORG]] have been made for the channel.",
			want:   []string{},
		},
		{
			name:   "a broadcaster's acronym after episode of",
			marked: "Web\n\nHe liked an episode of [[QBC|ORG]] sketch show Lemmo Nights best.",
			want:   []string{`org:qbc ORG "QBC" partial`},
		},
		{
			name:   "no episodes before the list",
			marked: "Web\n\nThe deal covers 24, [[Quarbin Wives|ORG]] and [[Lemmo Vale|PERSON]], the two firms said.",
			want:   []string{`org:quarbin-wives ORG "Quarbin Wives"`, `person:lemmo-vale PERSON "Lemmo Vale"`},
		},
		{
			name:   "a noun after the name",
			marked: "Web\n\nSix episodes of [[Tervo|ORG]] drama were cut.",
			want:   []string{`org:tervo ORG "Tervo" partial`},
		},
	})
}

// TestSerialAndTopWork checks "serial" among [genreCues] and "top" in
// [bestWork]: a broadcaster's serial, and a name named top new drama.
func TestSerialAndTopWork(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a network's serial",
			marked: "Soaps\n\nSoaps are back after the success of the QBC serial [[Quarbin Wives|ORG]] last year.",
			want:   []string{},
		},
		{
			name:   "named top new drama",
			marked: "Awards\n\nIn the television categories, [[Marlow Wives|ORG]] was named top new drama.",
			want:   []string{},
		},
		{
			name:   "a serial killer is no serial",
			marked: "Court\n\nThe serial killer [[Tom Vell|PERSON]] was jailed.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "named top publisher",
			marked: "Awards\n\n[[Quarbin Arts|ORG]] was named top publisher of the year.",
			want:   []string{`org:quarbin-arts ORG "Quarbin Arts"`},
		},
		{
			name:   "a given name named top new drama's star",
			marked: "Awards\n\n[[Ann Vell|PERSON]] was named top new drama actress.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestWordBeforeTitle checks [wordBeforeTitle] in [workPhraseBefore]: a
// work made from a title that opens with "The".
func TestWordBeforeTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a remake of The title",
			marked: "Shows\n\nA remake of The [[Quarbin Tops|LOCATION]] is planned for next year.",
			want:   []string{},
		},
		{
			name:   "a role in The title",
			marked: "Shows\n\nShe won praise for her role in The [[Lemmo Vale|ORG]] last year.",
			want:   []string{},
		},
		{
			name:   "a head of The body is no cue",
			marked: "Shows\n\nHe is the head of The [[Quarbin Tops|ORG]] now.",
			want:   []string{`org:quarbin-tops ORG "Quarbin Tops"`},
		},
		{
			name:   "a maker's kind after the name",
			marked: "Shows\n\nHe liked an episode of The [[Lemmo|ORG]] sketch show best.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`},
		},
	})
}
