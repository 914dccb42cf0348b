package extract

import "testing"

// TestTitledCountries checks, on sentences of our own, that a country's
// name whose first word reads as a title stays a country, and that a
// title before a name that is no country's stays a title.
func TestTitledCountries(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "DR before Congo",
			marked: "Football\n\nThe club signed [[DR Congo|PER]]'s [[Ann Vellu|PER]] on Monday.",
			want:   []string{`country:CD COUNTRY "Democratic Republic of the Congo"`, `person:ann-vellu PERSON "Ann Vellu"`},
		},
		{
			name:   "Dr before a surname",
			marked: "Health\n\nThe report by [[Dr Congor|PER]] was published on Monday.",
			want:   []string{`person:congor PERSON "Congor" partial`},
		},
	})
}

// TestOfficeEmployers checks, on sentences of our own, that the name
// after an officer's title and "at", or after ", president of", is a
// firm, and that a known place, a name after "director of" and a person's
// name after "from" are left.
func TestOfficeEmployers(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an office and at",
			marked: "Games\n\n[[Rob Vell|PER]], development director at [[Lemmingsoft|LOC]], said costs rose.",
			want:   []string{`org:lemmingsoft ORG "Lemmingsoft" partial`, `person:rob-vell PERSON "Rob Vell"`},
		},
		{
			name:   "an office, its department and at",
			marked: "Games\n\n\"It sold,\" said [[Ann Vell|PER]], director of community relations at [[Zorbitsoft|LOC]], the developer.",
			want:   []string{`org:zorbitsoft ORG "Zorbitsoft" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a comma, president and of",
			marked: "Film\n\n\"It is plain,\" said [[Jo Quarbin|PER]], president of [[Lemmo Screen Video|LOC]].",
			want:   []string{`org:lemmo-screen-video ORG "Lemmo Screen Video"`, `person:jo-quarbin PERSON "Jo Quarbin"`},
		},
		{
			name:   "a known place after an office and at",
			marked: "Football\n\n[[Rob Vell|PER]], the new director at [[Manchester|LOC]], spoke.",
			want:   []string{`location:manchester LOCATION "Manchester" partial`, `person:rob-vell PERSON "Rob Vell"`},
		},
		{
			name:   "a director of a place",
			marked: "Arts\n\n[[Ann Vell|PER]], director of [[Port Tervane|LOC]], spoke.",
			want:   []string{`location:port-tervane LOCATION "Port Tervane"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "an employer named before the office",
			marked: "Power\n\nSafety comes first, said [[Rob Vell|PER]], Quarbin general manager at [[Lemmington|LOC]].",
			want:   []string{`location:lemmington LOCATION "Lemmington" partial`, `person:rob-vell PERSON "Rob Vell"`},
		},
		{
			name:   "a place's possessive after president of",
			marked: "Banks\n\nIt named [[Ann Vell|PER]], president of [[Port Lemmington|LOC]]'s savings bank, to the post.",
			want:   []string{`location:port-lemmington LOCATION "Port Lemmington"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a province the gazetteer knows after president of",
			marked: "Politics\n\nIt named [[Jo Vell|PER]], vice-president of [[Ontario|LOC]], to the post.",
			want:   []string{`location:ontario LOCATION "Ontario" partial`, `person:jo-vell PERSON "Jo Vell"`},
		},
		{
			name:   "no office before at",
			marked: "Travel\n\nShe stayed with friends at [[Lemmington|LOC]] last week.",
			want:   []string{`location:lemmington LOCATION "Lemmington" partial`},
		},
	})
}

// TestKindBeforePlaces checks, on sentences of our own, that a person's
// kind or "label" before a one-word name taken for a place, with a
// preposition or an ordinal after it, types the name, and that a verb
// after it leaves the name as it was.
func TestKindBeforePlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a rapper and an ordinal",
			marked: "Music\n\nThe list has a band at second and rapper [[Quenzo|LOC]] third.",
			want:   []string{`person:quenzo PERSON "Quenzo" partial`},
		},
		{
			name:   "a label and a preposition",
			marked: "Music\n\nHe sold his label [[Zorbomba|LOC]] to a larger rival.",
			want:   []string{`org:zorbomba ORG "Zorbomba" partial`},
		},
		{
			name:   "a verb after the name",
			marked: "Music\n\nHer label [[Zorbomba|LOC]] signed him in May.",
			want:   nil, // a lone unknown word taken for a place after no preposition: dropped
		},
		{
			name:   "no kind before the name",
			marked: "Travel\n\nThe runner from [[Quenzo|LOC]] third in the race was [[Ann Vell|PER]].",
			// The lone unknown word is dropped when no rule types it: no
			// person "Quenzo".
			want: []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestFirmStaffPossessives checks, on sentences of our own, that a
// surname-like word whose possessive opens a person's name is a firm's
// short name when the article writes the word before a company's suffix,
// and a person's otherwise.
func TestFirmStaffPossessives(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's possessive before its analyst",
			marked: "Oil\n\n[[Ann Vell|PER]], an analyst at [[Lemmo C. Quarbinski and Co Inc.|ORG]], likes oil. [[Quarbinski|PER]]'s [[Ann Vell|PER]] is buying.",
			want:   []string{`org:lemmo-c-quarbinski ORG "Lemmo C. Quarbinski and Co Inc."`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a man's possessive before his wife",
			marked: "Society\n\n[[Quarbinski|PER]]'s [[Ann Vell|PER]] followed him.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:quarbinski PERSON "Quarbinski" partial`},
		},
	})
}
