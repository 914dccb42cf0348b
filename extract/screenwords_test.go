package extract

import "testing"

// TestScreenThing checks that a kind of television or a disc's edition
// typed an entity is no entity, and that a channel whose name ends in
// "TV", a maker's sets and a format's hyphenated name are left.
func TestScreenThing(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country's television",
			marked: "Shows\n\nThe Lemmox Hour was the most watched [[US TV|ORG]] show of the year.",
			want:   nil,
		},
		{
			name:   "a kind of television",
			marked: "Screens\n\nTervane thinks [[Internet Protocol TV|ORG]] is the future of its screens.",
			want:   nil,
		},
		{
			name:   "a film's disc",
			marked: "Films\n\nThe [[Quarbin Nights DVD|PER]] sold well in its first week.",
			want:   nil,
		},
		{
			name:   "a channel whose name ends in TV",
			marked: "Shows\n\nThe trial was shown on [[Quarbin TV|ORG]] last night.",
			want:   []string{`org:quarbin-tv ORG "Quarbin TV"`},
		},
		{
			name:   "a maker's sets",
			marked: "Screens\n\nCertain [[Tervane TVs|ORG]] have a faulty power supply.",
			want:   []string{`org:tervane ORG "Tervane" partial`}, // tail12z: the plural "TVs" cut, the maker left
		},
		{
			name:   "a format's hyphenated name",
			marked: "Discs\n\nTervane backs the [[Quar-ray DVD|ORG]], said Lemmo.",
			want:   []string{`org:quar-ray-dvd ORG "Quar-ray DVD"`},
		},
	})
}

// TestKinPerson checks that a name after a possessive and a kin noun is a
// person, and that a kin noun without a possessive and a two-letter name
// are left.
func TestKinPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a brother typed an organization",
			marked: "Firms\n\nHis brother [[Tervo|ORG]], the vice-chairman, did not speak.",
			want:   []string{`person:tervo PERSON "Tervo" partial`},
		},
		{
			name:   "a wife typed a place",
			marked: "Court\n\nHe was seen with his wife [[Lemmora|LOC]] at the clinic.",
			want:   []string{`person:lemmora PERSON "Lemmora" partial`},
		},
		{
			name:   "a sister firm",
			marked: "Firms\n\nThe sister [[Quarbin|ORG]] unit was sold.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a name of two letters",
			marked: "Games\n\nHis father [[QB|ORG]] was pleased.",
			want:   []string{`org:qb ORG "QB" partial`},
		},
	})
}

// TestDJPerson checks that a DJ's stage name typed an organization is a
// person, and that a name with an organization's word is left.
func TestDJPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a DJ's stage name",
			marked: "Music\n\nOther acts were Q-Vell, [[DJ Quarbin Lantern|ORG]] and Lemmo.",
			want:   []string{`person:dj-quarbin-lantern PERSON "DJ Quarbin Lantern"`},
		},
		{
			name:   "a DJ firm",
			marked: "Music\n\n[[DJ Tervane Ltd|ORG]] sold its studio.",
			want:   []string{`org:dj-tervane ORG "DJ Tervane Ltd"`},
		},
	})
}

// TestStagePerson checks that a name after a kind of performer is a
// person, and that a name with a verb after it is left.
func TestStagePerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a performer's possessive",
			marked: "Charts\n\nHip-hop performer [[Quarvo|ORG]]'s Locked In is at number five.",
			want:   []string{`person:quarvo PERSON "Quarvo" partial`},
		},
		{
			name:   "a name the kind's clause goes on with",
			marked: "Charts\n\nThe performer [[Tervane Arts|ORG]] signed was young.",
			want:   []string{`org:tervane-arts ORG "Tervane Arts"`},
		},
	})
}
