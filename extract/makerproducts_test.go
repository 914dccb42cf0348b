package extract

import "testing"

// TestMakerProducts checks, on sentences of our own, that a name typed as
// an organization or a place right after a gadget maker's possessive is a
// product of the maker's, no node; and the readings left alone: a maker's
// laboratory, a name a unit's noun follows, a name after a firm's
// possessive that makes no gadgets.
func TestMakerProducts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a console after a maker's possessive, typed a firm",
			marked: "Games\n\nSales of Sony's [[Quarbin Portable|ORG]] rose in May.",
			want:   nil,
		},
		{
			name:   "a robot after a maker's possessive, typed a place",
			marked: "Robots\n\nHonda's [[Tervane Runner|LOC]] can now run at six km an hour.",
			want:   nil,
		},
		{
			name:   "a maker's laboratory",
			marked: "Robots\n\nHitachi's [[Lunmark Research Laboratory|ORG]] built the robot.",
			want:   []string{`org:lunmark-research-laboratory ORG "Lunmark Research Laboratory"`},
		},
		{
			name:   "a name before a unit's noun",
			marked: "Web\n\nMicrosoft's [[Quarbin|ORG]] internet division made a loss.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a name before a firm's act",
			marked: "Web\n\nMicrosoft's [[Quarbin|ORG]] has introduced a blogging tool.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a name after the possessive of a firm that makes no gadgets",
			marked: "Media\n\nLunmark's [[Quarbin Portable|ORG]] bought the paper.",
			want:   []string{`org:quarbin-portable ORG "Quarbin Portable"`},
		},
	})
}
