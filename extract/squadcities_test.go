package extract

import "testing"

// TestSquadBigCity checks, on sentences of our own, that a town's name the
// tables know (a city of a club's name, "Leeds"; a capital, "Dublin") in
// brackets after players' names in a squad list is its club, as a town
// they do not know is (TestClubsInSquads), in a rugby report and in a
// squad's story that names too few sports words to read as one; and that
// a referee's town and a list of two players stay places.
func TestSquadBigCity(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a squad with clubs of cities the tables know",
			marked: "Squad named\n\nThe coach named his rugby squad for the league match.\n\nBacks: [[Jon Vell|PER]] ([[Leeds|LOC]]), " +
				"[[Kem Ardo|PER]] ([[Glasgow|LOC]]), [[Rulf Mell|PER]] ([[Brive|LOC]]), [[Piet Vorst|PER]] ([[Leeds|LOC]], capt).",
			want: []string{`org:brive ORG "Brive" partial`, `org:glasgow ORG "Glasgow" partial`, `org:leeds ORG "Leeds" partial`,
				`person:jon-vell PERSON "Jon Vell"`, `person:kem-ardo PERSON "Kem Ardo"`, `person:piet-vorst PERSON "Piet Vorst"`,
				`person:rulf-mell PERSON "Rulf Mell"`},
		},
		{
			name: "a capital's club in a squad of a story without sports words",
			marked: "Vell named\n\n[[Dellan Vell|PER]] is back after a year out.\n\n- [[J Vell|PER]] ([[Dublin|LOC]]), [[K Ardo|PER]] ([[Cardiff|LOC]]), " +
				"[[R Mell|PER]] ([[Dublin|LOC]]), [[P Vorst|PER]] ([[Brive|LOC]]).",
			want: []string{`org:brive ORG "Brive" partial`, `org:cardiff ORG "Cardiff" partial`, `org:dublin ORG "Dublin" partial`,
				`person:dellan-vell PERSON "Dellan Vell"`, `person:j-vell PERSON "J Vell" partial`, `person:k-ardo PERSON "K Ardo" partial`,
				`person:p-vorst PERSON "P Vorst" partial`, `person:r-mell PERSON "R Mell" partial`},
		},
		{
			name:   "a referee's town",
			marked: "Match report\n\nThe rugby league match was a scrum of tries.\n\nReferee: [[Jon Vell|PER]] ([[Leeds|LOC]]).",
			want:   []string{`location:leeds LOCATION "Leeds" partial`, `person:jon-vell PERSON "Jon Vell"`},
		},
		{
			name:   "two players are no squad",
			marked: "Squad named\n\nThe rugby league squad.\n\n[[Jon Vell|PER]] ([[Leeds|LOC]]), [[Kem Ardo|PER]] ([[Dublin|LOC]]).",
			want:   []string{`location:dublin LOCATION "Dublin" partial`, `location:leeds LOCATION "Leeds" partial`, `person:jon-vell PERSON "Jon Vell"`, `person:kem-ardo PERSON "Kem Ardo"`},
		},
	})
}
