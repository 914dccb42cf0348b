package extract

import "testing"

// TestPowerStations checks, on sentences of our own, that a name before a
// power station's or an oil terminal's noun is a place, and that an
// owner's name, a plain "plant", a terminal of no fuel and a name the
// article gives a firm are left.
func TestPowerStations(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a nuclear power plant after the article",
			marked: "Power\n\nThe utility said the [[Skarvo Ridge|ORG]] nuclear power plant will restart.",
			want:   []string{`location:skarvo-ridge LOCATION "Skarvo Ridge"`},
		},
		{
			name:   "a line's end between the name and its noun",
			marked: "Power\n\nThe utility said the [[Skarvo Ridge|ORG]]\nnuclear power plant will restart.",
			want:   []string{`location:skarvo-ridge LOCATION "Skarvo Ridge"`},
		},
		{
			name:   "a station's size and unit letter",
			marked: "Power\n\nThe firm will work on the 900-megawatt [[Velmouth|PER]] B commercial nuclear power station.",
			want:   []string{`location:velmouth-b LOCATION "Velmouth B"`},
		},
		{
			name:   "a crude terminal",
			marked: "Oil\n\nThe oil will be landed at the [[Quorsk|ORG]] crude terminal near the coast.",
			want:   []string{`location:quorsk LOCATION "Quorsk" partial`},
		},
		{
			name:   "a plain plant is the owner's",
			marked: "Cars\n\nWorkers at the [[Lemmovane|ORG]] plant struck on Monday.",
			want:   []string{`org:lemmovane ORG "Lemmovane" partial`},
		},
		{
			name:   "a terminal of no fuel",
			marked: "Trucks\n\nThe [[Lemmovane|ORG]] commercial terminal opened on Monday.",
			want:   []string{`org:lemmovane ORG "Lemmovane" partial`},
		},
		{
			name:   "an owner with a body's word",
			marked: "Power\n\nThe [[Skarvo Power|ORG]] nuclear plant will restart.",
			want:   []string{`org:skarvo-power ORG "Skarvo Power"`},
		},
		{
			name:   "a name the article gives a firm",
			marked: "Power\n\n[[Tervaxa Corp|ORG]] said the [[Tervaxa|ORG]] nuclear power plant will restart.",
			want:   []string{`org:tervaxa ORG "Tervaxa Corp"`},
		},
		{
			name:   "no determiner before the name",
			marked: "Power\n\nIt sold its stake in [[Skarvo Ridge|ORG]] nuclear plant.",
			want:   []string{`org:skarvo-ridge ORG "Skarvo Ridge"`},
		},
	})
}
