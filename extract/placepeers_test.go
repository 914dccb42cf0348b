package extract

import "testing"

// TestPlacePeers checks, on sentences of our own with made-up names, that
// a name the recognizer took for a firm or a person is a place in a list
// of places: two places the tables know beside it, or one when the name
// is a town of the model's gazetteer; and the cases left alone: one known
// place beside a name the gazetteer does not hold, a firm by its words in
// the list, more weak names than places, a person's full name, a list
// that goes on after its last name read, names joined by commas alone, a
// town the gazetteer also holds as a club's beside one place, a call sign,
// a plural last word, the short form of a longer name.
func TestPlacePeers(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two states beside an unknown name",
			marked: "Weather\n\nHeavy rain fell on [[Ohio|LOC]], [[Tervane|ORG]] and [[Kentucky|LOC]] overnight.",
			want:   []string{`location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a town of the gazetteer beside one city",
			marked: "Rail\n\nThe bank lent money for a line between [[Lyon|LOC]] and [[Nuneaton|ORG]] next year.",
			want:   []string{`location:lyon LOCATION "Lyon" partial`, `location:nuneaton LOCATION "Nuneaton" partial`},
		},
		{
			name:   "a person's misspelt state among states",
			marked: "Weather\n\nSnow reached [[Ohio|LOC]], [[Tervania|PER]], [[Kentucky|LOC]] and [[Indiana|LOC]].",
			want: []string{`location:indiana LOCATION "Indiana" partial`, `location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`,
				`location:tervania LOCATION "Tervania" partial`},
		},
		{
			name:   "one city beside a name the gazetteer does not hold",
			marked: "Deals\n\nThe fund has offices in [[Lyon|LOC]] and [[Quarbin|ORG]].",
			want:   []string{`location:lyon LOCATION "Lyon" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm by its words in the list",
			marked: "Deals\n\nIt sold plants to [[Ohio|LOC]], [[Kentucky|LOC]], [[Zorbit Corp|ORG]] and [[Tervane|ORG]].",
			want:   []string{`location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`, `org:tervane ORG "Tervane" partial`, `org:zorbit ORG "Zorbit Corp"`},
		},
		{
			name:   "more weak names than places",
			marked: "Deals\n\nBuyers were [[Ohio|LOC]], [[Tervane|ORG]], [[Quarbin|ORG]] and [[Zorbit|ORG]].",
			want:   []string{`location:ohio LOCATION "Ohio" partial`, `org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "Tervane" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a person's full name",
			marked: "Tour\n\nThe band played [[Ohio|LOC]], [[Kentucky|LOC]] and [[John Velk|PER]].",
			want:   []string{`location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`, `person:john-velk PERSON "John Velk"`},
		},
		{
			name:   "a list that goes on after its last name",
			marked: "Deals\n\nIt sold plants in [[Ohio|LOC]], [[Kentucky|LOC]] and [[Tervane|ORG]] and Associates.",
			want:   []string{`location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "names joined by commas alone",
			marked: "Talks\n\nIn [[Lyon|LOC]], [[Nuneaton|ORG]] said talks would go on.",
			want:   []string{`location:lyon LOCATION "Lyon" partial`, `org:nuneaton ORG "Nuneaton" partial`},
		},
		{
			name:   "a town of a club's name beside one city",
			marked: "Football\n\nThe match between [[Messina|LOC]] and [[Palermo|ORG]] ended in a draw.",
			want:   []string{`location:messina LOCATION "Messina" partial`, `org:palermo ORG "Palermo" partial`},
		},
		{
			name:   "a call sign",
			marked: "Stations\n\nIt owns stations in [[Ohio|LOC]], [[Kentucky|LOC]] and [[KQRB-TV|ORG]] now.",
			want:   []string{`location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`, `org:kqrb-tv ORG "KQRB-TV" partial`},
		},
		{
			name:   "a plural last word",
			marked: "Shares\n\nBuyers were [[Ohio|LOC]], [[Kentucky|LOC]] and [[Tervane Lemmos|ORG]] this week.",
			want:   []string{`location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`, `org:tervane-lemmos ORG "Tervane Lemmos"`},
		},
		{
			name:   "the short form of a longer name",
			marked: "Mining\n\n[[Tervane Mining Ltd|ORG]] has mines in [[Ohio|LOC]], [[Kentucky|LOC]] and [[Tervane|ORG]].",
			want:   []string{`location:kentucky LOCATION "Kentucky" partial`, `location:ohio LOCATION "Ohio" partial`, `org:tervane-mining ORG "Tervane Mining Ltd"`},
		},
	})
}
