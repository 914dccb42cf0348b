package extract

import "testing"

// TestClubsInSquads checks on sentences of our own that towns in brackets
// after players' names in a squad list are clubs, while countries,
// regions and lists of fewer players keep their type.
func TestClubsInSquads(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a squad with clubs",
			marked: "Backs: [[Jean Morel|PER]] ([[Brive|LOC]]), [[Luc Arnaud|PER]] ([[Biarritz|LOC]]), " +
				"[[Paul Serre|PER]] ([[Perpignan|LOC]], capt), [[Marc Dore|PER]] ([[France|LOC]]).",
			want: []string{`country:FR COUNTRY "France"`, `org:biarritz ORG "Biarritz" partial`, `org:brive ORG "Brive" partial`,
				`org:perpignan ORG "Perpignan" partial`, `person:jean-morel PERSON "Jean Morel"`, `person:luc-arnaud PERSON "Luc Arnaud"`, `person:marc-dore PERSON "Marc Dore"`,
				`person:paul-serre PERSON "Paul Serre"`},
		},
		{
			name: "a club's name longer than its town",
			marked: "Backs: [[Jean Morel|PER]] ([[Brive|LOC]] Rugby), [[Luc Arnaud|PER]] ([[Biarritz|LOC]] Olympique), " +
				"[[Paul Serre|PER]] ([[Brive|LOC]] Rugby), [[Marc Dore|PER]] ([[France|LOC]]).",
			want: []string{`country:FR COUNTRY "France"`, `org:biarritz-olympique ORG "Biarritz Olympique"`, `org:brive-rugby ORG "Brive Rugby"`,
				`person:jean-morel PERSON "Jean Morel"`, `person:luc-arnaud PERSON "Luc Arnaud"`, `person:marc-dore PERSON "Marc Dore"`,
				`person:paul-serre PERSON "Paul Serre"`},
		},
		{
			name:   "two players are no squad",
			marked: "[[Jean Morel|PER]] ([[Toulouse|LOC]]), [[Luc Arnaud|PER]] ([[Biarritz|LOC]]).",
			want: []string{`location:biarritz LOCATION "Biarritz" partial`, `location:toulouse LOCATION "Toulouse" partial`,
				`person:jean-morel PERSON "Jean Morel"`, `person:luc-arnaud PERSON "Luc Arnaud"`},
		},
		{
			name: "shortened countries and regions",
			marked: "[[J Fourie|PER]] ([[S Africa|LOC]]), [[T Umaga|PER]] ([[New Zealand|LOC]]), [[H Webb|PER]] ([[S Yorkshire|LOC]]), " +
				"[[G Gregan|PER]] ([[Texas|LOC]]).",
			want: []string{`country:NZ COUNTRY "New Zealand"`, `location:s-africa LOCATION "S Africa"`, `location:s-yorkshire LOCATION "S Yorkshire"`,
				`location:texas LOCATION "Texas" partial`, `person:g-gregan PERSON "G Gregan" partial`, `person:h-webb PERSON "H Webb" partial`,
				`person:j-fourie PERSON "J Fourie" partial`, `person:t-umaga PERSON "T Umaga" partial`},
		},
	})
}

// TestClubRoleAfter checks, on sentences of our own, that in a sports
// report a place's name before a club's staff or fans is the club, and
// that it stays a place outside sports reports, before other words, and
// that a country before a coach stays the country (its national side).
func TestClubRoleAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a club's coach and fans in a football report",
			marked: "Coach sacked\n\n[[Ann Vell|PER]] was sacked as [[Tervana|LOC]] coach after the league defeat. " +
				"[[Tervana|LOC]] fans booed the striker and the goalkeeper.",
			want: []string{`org:tervana ORG "Tervana" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a list of clubs in a football report",
			marked: "Transfer\n\nThe striker was linked with [[Marlow United|ORG]], [[Quarbin City|ORG]] and [[Tervana|LOC]] before the league game.",
			want:   []string{`org:marlow-united ORG "Marlow United"`, `org:quarbin-city ORG "Quarbin City"`, `org:tervana ORG "Tervana" partial`},
		},
		{
			name:   "a list of places in a football report",
			marked: "Tour\n\nThe striker played in [[Tervana|LOC]], [[Quarbin Sands|LOC]] and [[Marlow Bay|LOC]] before the league game.",
			want:   []string{`location:marlow-bay LOCATION "Marlow Bay"`, `location:quarbin-sands LOCATION "Quarbin Sands"`, `location:tervana LOCATION "Tervana" partial`},
		},
		{
			name:   "a town and its county in a football report",
			marked: "Speech\n\nThe striker spoke in [[Tervana|LOC]], [[Marlow Vale|ORG]] before the league game.",
			want:   []string{`location:tervana LOCATION "Tervana" partial`, `org:marlow-vale ORG "Marlow Vale"`},
		},
		{
			name:   "a list that goes on after the place",
			marked: "Tour\n\nThe striker visited [[Marlow United|ORG]], [[Tervana|LOC]], [[Quarbin Sands|LOC]] before the league game.",
			want:   []string{`location:quarbin-sands LOCATION "Quarbin Sands"`, `org:marlow-united ORG "Marlow United"`},
		},
		{
			name:   "no sports report",
			marked: "Visit\n\n[[Ann Vell|PER]] met the [[Leeds|LOC]] coach operator to talk about tourism.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name: "other words after the place",
			marked: "Derby\n\nThe striker scored twice in [[Tervana|LOC]] as the league leaders won the derby; " +
				"the goalkeeper saved a penalty.",
			want: []string{`location:tervana LOCATION "Tervana" partial`},
		},
		{
			name:   "a nation that fields a side",
			marked: "Squad\n\nThe [[Wales|LOC]] coach named his squad; the striker and the goalkeeper are back for the league.",
			want:   []string{`location:wales LOCATION "Wales" partial`},
		},
		{
			name:   "a country's coach",
			marked: "Squad\n\nThe [[France|LOC]] coach named his squad; the striker and the goalkeeper are back for the league.",
			want:   []string{`country:FR COUNTRY "France"`},
		},
	})
}
