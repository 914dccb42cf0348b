package extract

import "testing"

// The cases of tail15b's rules, on sentences and names of our own (the
// nations and towns are real names, facts the tables must know). Each test
// holds the positives of one rule and the negatives that guard what it
// must not take; the want lines were read and judged one by one.

// TestMatchBeaten checks [matchBeaten], [matchSide] and [nounAfterSide]: an outcome
// noun and its preposition before a town make it the club named by its
// town, as tail14y's "match against" does.
func TestMatchBeaten(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a defeat at the hands of a town",
			marked: "Cup\n\nRovers slipped to fourth after a 2-1 defeat at the hands of [[Quarnby|LOCATION]] on Sunday.",
			want:   []string{`org:quarnby ORG "Quarnby" partial`},
		},
		{
			name:   "a win over a town",
			marked: "Cup\n\nThe 3-0 win over [[Tervane|LOCATION]] was their third in a row.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a draw with a town",
			marked: "Cup\n\nThey came from behind to draw with [[Quarnby|LOCATION]] at home.",
			want:   []string{`org:quarnby ORG "Quarnby" partial`},
		},
		{
			name:   "the reverse to a town",
			marked: "Cup\n\nThey have not lost since the reverse to [[Quarnby|LOCATION]] in May.",
			want:   []string{`org:quarnby ORG "Quarnby" partial`},
		},
		{
			name:   "a town before a noun is the noun's town",
			marked: "Cup\n\nRovers earned a seventh win over [[Biarritz|LOCATION]] rivals on Sunday.",
			want:   []string{`location:biarritz LOCATION "Biarritz" partial`},
		},
		{
			name:   "a town typed a firm before rivals, in a story with no sport words",
			marked: "Derby\n\nRovers earned a seventh win over [[Leeds|ORG]] rivals Quarbin United.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a town's possessive is the town's",
			marked: "Mill\n\nThe closure was a loss to [[Biarritz|LOCATION]]'s economy.",
			want:   []string{`location:biarritz LOCATION "Biarritz" partial`},
		},
		{
			name:   "a nation's side is left",
			marked: "Rugby\n\nThey missed the win over [[Wales|LOCATION]] in March.",
			want:   []string{`location:wales LOCATION "Wales" partial`},
		},
		{
			name:   "a person beaten stays a person",
			marked: "Tennis\n\nShe suffered a defeat by [[Ivo Quarnsen|PERSON]] in the final.",
			want:   []string{`person:ivo-quarnsen PERSON "Ivo Quarnsen"`},
		},
		{
			name:   "no outcome noun before the preposition",
			marked: "Trip\n\nThe bus drove over the hill and on to [[Biarritz|LOCATION]] in May.",
			want:   []string{`location:biarritz LOCATION "Biarritz" partial`},
		},
	})
}

// TestCamelPlayer checks [camelPlayer]: a team sheet's one-word name with
// an inner capital stays the person the sheet makes of it.
func TestCamelPlayer(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a player with an inner capital in a sheet",
			marked: "Rovers\n\nRovers: Vell, Marlow, Dunne, Tobin (Pell 63), Ardo, [[QuarLuq|ORG]], Stenn.",
			want:   []string{`person:quarluq PERSON "QuarLuq" partial`},
		},
		{
			name:   "a camel-case name out of a sheet is a firm's",
			marked: "Deal\n\n[[QuarLuq|PERSON]] said its sales grew in May.",
			want:   []string{`org:quarluq ORG "QuarLuq" partial`},
		},
	})
}

// TestGroupedSheet checks [groupedSheet]: a line of names in groups parted
// by semicolons is a team sheet whose names are people.
func TestGroupedSheet(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a side's fifteen in groups",
			marked: "Rovers\n\nVell; Marlow, Dunne, Tobin, Pell; Ardo, Stenn; Quill, Barrow, Oaken; Hale, [[Purvo|ORG]]; Lund, Reeve, Dallon.",
			want:   []string{`person:purvo PERSON "Purvo" partial`},
		},
		{
			name:   "the same names with commas only",
			marked: "Rovers\n\nVell, Marlow, Dunne, Tobin, Pell, Ardo, Stenn, Quill, Barrow, Oaken, Hale, [[Purvo|ORG]], Lund, Reeve, Dallon.",
			want:   []string{`org:purvo ORG "Purvo" partial`},
		},
		{
			name:   "towns in groups are no sheet",
			marked: "Tour\n\nFrance; Spain, Italy, Ireland, Wales; Chile, Peru; Japan, Kenya, Ghana; Hale, [[Purvo|ORG]]; Lund, Reeve, Dallon.",
			want: []string{`country:CL COUNTRY "Chile"`, `country:ES COUNTRY "Spain"`, `country:FR COUNTRY "France"`,
				`country:GH COUNTRY "Ghana"`, `country:IE COUNTRY "Ireland"`, `country:IT COUNTRY "Italy"`,
				`country:JP COUNTRY "Japan"`, `country:KE COUNTRY "Kenya"`, `country:PE COUNTRY "Peru"`,
				`org:purvo ORG "Purvo" partial`},
		},
	})
}

// TestFirmPluralRun checks [firmPluralRun]: a plural noun of firms right
// before a list makes firms of its names typed people.
func TestFirmPluralRun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the last of a list after operators",
			marked: "Bill\n\nShares in casino operators Quarbin Group, Tervane Clubs and [[Marlow Leisure|PERSON]], which had hoped for more, fell.",
			want:   []string{`org:marlow-leisure ORG "Marlow Leisure"`},
		},
		{
			name:   "the first of a list after consultants",
			marked: "Study\n\nThe study, by consultants [[Vellam Dunne Tobin|PERSON]] and Quarbex Europe, found it.",
			want:   []string{`org:vellam-dunne-tobin ORG "Vellam Dunne Tobin"`},
		},
		{
			name:   "consultants with a given name first are people",
			marked: "Study\n\nThe study, by consultants [[Ann Vell|PERSON]] and Ivo Marlow, found it.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a verb after the last of the list",
			marked: "Bill\n\nShares in casino operators Quarbin Group and [[Marlow Leisure|PERSON]] fell.",
			want:   []string{`person:marlow-leisure PERSON "Marlow Leisure"`},
		},
		{
			name:   "a verb after the name",
			marked: "Study\n\nHe sold the firms [[Ivo Marlow|PERSON]] founded in May.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
		{
			name:   "a noun of people before the list",
			marked: "Film\n\nSeasoned film-makers [[Ivo Marlow|PERSON]] and Dan Quell are nominated.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
	})
}
