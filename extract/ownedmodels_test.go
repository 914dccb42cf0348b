package extract

import "testing"

// TestOwnedModels checks, on sentences of our own, that an owner's product
// with a model's number after its name is no entity, and that a year, a
// number of no kind of thing and a firm's name are left.
func TestOwnedModels(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "its name, a model's number and a system",
			marked: "Refinery\n\nThe firm said its [[Quarbix|ORG]] 2 heavy hydrotreating system is being built.",
			want:   nil,
		},
		{
			name:   "a possessive owner, a number and a product",
			marked: "Speech\n\n[[Zorbit Labs Inc|ORG]] will license [[Zorbit|ORG]]'s [[Lemmovox|ORG]] 3 speech recognition product.",
			want:   []string{`org:zorbit-labs ORG "Zorbit Labs Inc"`},
		},
		{
			name:   "the short form with the same number",
			marked: "Speech\n\nThe firm will license its [[Quarbin Vox|ORG]] 3 speech recognition product. A British firm will distribute [[Vox|ORG]] 3 in Europe.",
			want:   nil,
		},
		{
			name:   "the short form with another number",
			marked: "Speech\n\nThe firm will license its [[Quarbin Vox|ORG]] 3 speech recognition product. [[Vox|ORG]] 4 is a rival's.",
			want:   []string{`org:vox ORG "Vox" partial`},
		},
		{
			name:   "a year after the name",
			marked: "Results\n\nThe group said its [[Tervadisk|ORG]] 1987 sales system changed.",
			want:   []string{`org:tervadisk ORG "Tervadisk" partial`},
		},
		{
			name:   "a number before no kind of thing",
			marked: "Plants\n\nThe group said its [[Tervadisk|ORG]] 2 plants were closed.",
			want:   []string{`org:tervadisk ORG "Tervadisk" partial`},
		},
		{
			name:   "a firm's word in the name",
			marked: "Programs\n\nThe group said its [[Vellmark Systems|ORG]] 4 network management system sold well.",
			want:   []string{`org:vellmark-systems ORG "Vellmark Systems"`},
		},
	})
}
