package extract

import "testing"

// TestShipTaken checks, on a freight report of our own with made-up
// names, that a name between "took" and a cargo's tonnage is a ship (MISC,
// no entity), and the cases left: a country, no tonnage, another verb.
func TestShipTaken(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "ships chartered for cargoes",
			marked: "GRAIN FREIGHTS\n\n[[Quarbin|ORG]] took [[Vell Star|PER]] 52,000 tonnes [[Tervane|LOC]] to [[Japan|LOC]] May dates.\n" +
				"    [[Zorbit|ORG]] took [[Lemmo|ORG]] 45,000 tons dirty April 12.\n",
			want: []string{`country:JP COUNTRY "Japan"`,
				`org:quarbin ORG "Quarbin" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a country",
			marked: "GRAIN\n\n[[Quarbin|ORG]] said [[Japan|LOC]] took [[Egypt|LOC]] 52,000 tonnes of wheat.\n",
			want:   []string{`country:EG COUNTRY "Egypt"`, `country:JP COUNTRY "Japan"`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "no tonnage",
			marked: "GRAIN\n\n[[Quarbin|ORG]] took [[Vell Star|PER]] to court in May.\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:vell-star PERSON "Vell Star"`},
		},
		{
			name:   "another verb",
			marked: "GRAIN\n\n[[Quarbin|ORG]] paid [[Vell Star|PER]] 52,000 tonnes of wheat.\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:vell-star PERSON "Vell Star"`},
		},
	})
}
