package extract

import "testing"

// TestShipBrackets checks, on shipping reports of our own with made-up
// names, that a name before a bracket with a tonnage and "dwt", or with
// an arrival estimate ("eta"), is a ship (MISC, no entity), and the cases
// left: a bracket of other words, a tonnage of another unit, a country.
func TestShipBrackets(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "tankers sold, with their tonnage",
			marked: "TANKERS SOLD\n\n[[Quarbin Lines|ORG]] said the ships sold were [[Vell Star|PER]] (231,400 dwt), " +
				"[[Tervane|ORG]] (98,120 dwt) and [[Lemmo Orchid|LOC]] (240,010 dwt).\n",
			want: []string{`org:quarbin-lines ORG "Quarbin Lines"`},
		},
		{
			name: "a cargo table's arrival estimates",
			marked: "PELLETS\n\nAfloat on [[Zorbade|PER]] (eta Apl 12 R'dam) 201 fob [[Quarnel|ORG]]\n(eta unknown " +
				"Ghent) 198, says [[Lemmo Vell|PER]].\n",
			want: []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a firm's bracket of other words",
			marked: "SALE\n\n[[Quarbin|ORG]] (Tervane unit) sold 231,400 dwt of ships to [[Lemmo Vell|PER]] (formerly of [[Zorbit|ORG]]).\n",
			want: []string{`org:quarbin ORG "Quarbin" partial`, `org:zorbit ORG "Zorbit" partial`,
				`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a tonnage of another unit",
			marked: "OUTPUT\n\nOutput at [[Quarbin|ORG]] (231,400 tonnes) rose.\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a country",
			marked: "OUTPUT\n\nExports to [[Greece|LOC]] (231,400 dwt) rose.\n",
			want:   []string{`country:GR COUNTRY "Greece"`},
		},
	})
}
