package extract

import (
	"testing"
)

// TestTeamSheetTypes checks that names in team sheets are people whatever
// type the recognizer gave them, on team sheets of our own, and that lists
// of places or companies are left alone.
func TestTeamSheetTypes(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name: "football: minutes, then substitutes",
			marked: "[[Harbury|ORG]] won.\n\n[[Harbury|ORG]]: Tallis, [[Penrose|LOC]], Okafor ([[Lindqvist|ORG]] 71), [[Marlow|LOC]], [[Durrant|ORG]]. " +
				"Subs Not Used: [[Keble|ORG]], [[Whitby|LOC]].",
			want: []string{`org:harbury ORG "Harbury" partial`, `person:durrant PERSON "Durrant" partial`, `person:keble PERSON "Keble" partial`,
				`person:lindqvist PERSON "Lindqvist" partial`, `person:marlow PERSON "Marlow" partial`, `person:penrose PERSON "Penrose" partial`,
				`person:whitby PERSON "Whitby" partial`},
		},
		{
			name: "rugby: initials and a captain, then a bare list of replacements",
			marked: "Harbury beat Selsey.\n\nR Quayle; T Ambrose, [[Fenwick|LOC]] (capt), D Ilori; M Stroud.\n\n" +
				"[[Ashdown|ORG]], Pellow, [[Tamworth|LOC]], Voisey, [[Rennard|LOC]].",
			want: []string{`person:ashdown PERSON "Ashdown" partial`, `person:fenwick PERSON "Fenwick" partial`,
				`person:rennard PERSON "Rennard" partial`, `person:tamworth PERSON "Tamworth" partial`},
		},
		{
			name:   "a bare list without a team sheet in the article",
			marked: "Members are: [[Ardent|ORG]], [[Belko|ORG]], [[Corvan|ORG]], [[Dunmore|ORG]], [[Elstree|ORG]].",
			want: []string{`org:ardent ORG "Ardent" partial`, `org:belko ORG "Belko" partial`, `org:corvan ORG "Corvan" partial`,
				`org:dunmore ORG "Dunmore" partial`, `org:elstree ORG "Elstree" partial`},
		},
		{
			name:   "countries listed after a team sheet",
			marked: "Harbury beat Selsey.\n\nSubs: [[Keble|ORG]], Okafor (Lindqvist 71).\n\n[[France|LOC]], [[Germany|LOC]], [[Italy|LOC]], [[Spain|LOC]], Tallis.",
			want: []string{`country:DE COUNTRY "Germany"`, `country:ES COUNTRY "Spain"`, `country:FR COUNTRY "France"`, `country:IT COUNTRY "Italy"`,
				`person:keble PERSON "Keble" partial`},
		},
	}
	checkMarked(t, tests)
}
