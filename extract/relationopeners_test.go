package extract

import "testing"

// TestRelationOpeners checks, on sentences of our own, that a capitalized
// "Subsidiary" glued before a firm's name is cut, and that a short name of
// the headline is not the subsidiary's when the parent fits it too; and
// the readings left alone: a noun that begins a firm's name before its
// suffix, a noun of no relation.
func TestRelationOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a subsidiary's noun before its name",
			marked: "Cars\n\nIt will build its cars at its wholly owned [[Subsidiary Quarbin Motor Corp|ORG]] in Ohio.",
			want:   []string{`org:quarbin-motor ORG "Quarbin Motor Corp"`},
		},
		{
			name: "the headline's short name is the parent's, not the subsidiary's",
			marked: "[[QUARBIN|ORG]] TO RAISE OUTPUT\n\n[[Quarbin Heavy Industries Ltd|ORG]] will raise output. " +
				"It will build more at its wholly owned [[Subsidiary Quarbin Motor Corp|ORG]] this year.",
			want: []string{`org:quarbin-heavy-industries ORG "Quarbin Heavy Industries Ltd"`, `org:quarbin-motor ORG "Quarbin Motor Corp"`},
		},
		{
			name:   "a relation's noun before a firm's suffix",
			marked: "Results\n\nThe full name is [[Tervane Affiliates Inc.|ORG]] and it made a profit.",
			want:   []string{`org:tervane-affiliates ORG "Tervane Affiliates Inc."`},
		},
		{
			name:   "a noun of no relation",
			marked: "Oil\n\n[[Unit Quarbin Corp|ORG]] said output would rise.",
			want:   []string{`org:unit-quarbin ORG "Unit Quarbin Corp"`},
		},
	})
}
