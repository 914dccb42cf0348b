package extract

import "testing"

// TestPairedTownList checks, on sentences of our own with made-up names,
// that a name taken for a firm or a person between a town's state and
// "and" another town and its state is a town, and the cases left: no
// state before the pair, a firm's seat written "-based", a firm's word in
// the pair.
func TestPairedTownList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a pair after a town and its state",
			marked: "Air\n\nThe airline flies to [[Quarbin|LOC]], [[Calif.|LOC]], and [[Tervane|ORG]] and [[Amlowby|LOC]],\n" +
				"[[Ore.|LOC]], from May.\n",
			want: []string{`location:amlowby LOCATION "Amlowby" partial`, `location:california LOCATION "California"`,
				`location:oregon LOCATION "Oregon"`, `location:quarbin LOCATION "Quarbin" partial`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "no state before the pair",
			marked: "Air\n\nThe deal joins [[Tervane|ORG]] and [[Amlowby|LOC]], [[Ore.|LOC]], from May.\n",
			want:   []string{`location:amlowby LOCATION "Amlowby" partial`, `location:oregon LOCATION "Oregon"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name: "a seat written -based",
			marked: "Bank\n\nBanks in [[Quarbin|LOC]], [[Calif.|LOC]], and [[Tervane|ORG]] and [[Amlowby|LOC]], [[Ore.|LOC]]-based\n" +
				"[[Zorbit|ORG]] merged.\n",
			want: []string{`location:amlowby LOCATION "Amlowby" partial`, `location:california LOCATION "California"`,
				`location:oregon LOCATION "Oregon"`, `location:quarbin LOCATION "Quarbin" partial`, `org:tervane ORG "Tervane" partial`,
				`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a firm's word in the pair",
			marked: "Bank\n\nIt sold units in [[Quarbin|LOC]], [[Calif.|LOC]], and [[Tervane|ORG]] and [[Amlow Bank|ORG]], [[Ore.|LOC]]\n",
			want: []string{`location:california LOCATION "California"`, `location:oregon LOCATION "Oregon"`,
				`location:quarbin LOCATION "Quarbin" partial`, `org:amlow-bank ORG "Amlow Bank"`, `org:tervane ORG "Tervane" partial`},
		},
	})
}

// TestCountyPair checks, on sentences of our own with made-up names, that
// a name taken for a firm before "and" another county's name and a
// county's plural, or "County" and a state, is a county, as is the plural
// itself, and the cases left: "County" with no state after it, a firm's
// word in the pair, a person's full name.
func TestCountyPair(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a pair of counties in the plural",
			marked: "Health\n\nDoctors in [[Zorbitsex|ORG]] and [[Lemmo Counties|ORG]] joined the plan.\n",
			want:   []string{`location:lemmo-counties LOCATION "Lemmo Counties"`, `location:zorbitsex LOCATION "Zorbitsex" partial`},
		},
		{
			name:   "County and a state after the pair",
			marked: "Oil\n\nIt drills in its [[Zorbitsex|ORG]] and [[Lemmo County|LOC]], [[Ohio|LOC]] area.\n",
			want: []string{`location:lemmo-county LOCATION "Lemmo County"`, `location:ohio LOCATION "Ohio" partial`,
				`location:zorbitsex LOCATION "Zorbitsex" partial`},
		},
		{
			name:   "County with no state after it",
			marked: "Oil\n\nThe suit named [[Zorbitsex|ORG]] and [[Lemmo County|LOC]] officials.\n",
			want:   []string{`location:lemmo-county LOCATION "Lemmo County"`, `org:zorbitsex ORG "Zorbitsex" partial`},
		},
		{
			name:   "a person's full name",
			marked: "Oil\n\nThe suit named [[Ann Quarbey|PER]] and [[Lemmo County|LOC]], [[Ohio|LOC]] as defendants.\n",
			want: []string{`location:lemmo-county LOCATION "Lemmo County"`, `location:ohio LOCATION "Ohio" partial`,
				`person:ann-quarbey PERSON "Ann Quarbey"`},
		},
		{
			name:   "a firm's word in the pair",
			marked: "Health\n\nDoctors of [[Zorbit Group|ORG]] and [[Lemmo Counties|ORG]] joined the plan.\n",
			want:   []string{`location:lemmo-counties LOCATION "Lemmo Counties"`, `org:zorbit-group ORG "Zorbit Group"`},
		},
	})
}
