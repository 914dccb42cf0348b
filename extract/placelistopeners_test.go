package extract

import "testing"

// TestPlaceListOpeners checks that a list after a plural noun of places
// and "including", "like" or "such as" is a list of places; and that a
// list after another noun, or "as" without "such", is left.
func TestPlaceListOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "towns including",
			marked: "Strike\n\nPickets stood in towns including [[Tervane|ORG]], [[Quarbin|ORG]] and [[Amlow|ORG]].",
			want:   []string{`location:amlow LOCATION "Amlow" partial`, `location:quarbin LOCATION "Quarbin" partial`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "ports such as",
			marked: "Trade\n\nShips called at ports such as [[Tervane|ORG]] and [[Quarbin|PER]] last week.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "firms including",
			marked: "Deals\n\nBuyers were firms including [[Tervane|ORG]] and [[Quarbin|ORG]].",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "as without such",
			marked: "Trade\n\nThey named the ports as [[Tervane|ORG]] and [[Quarbin|ORG]] on Monday.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "Tervane" partial`},
		},
	})
}
