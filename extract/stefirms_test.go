package extract

import "testing"

// TestSteFirms checks, on sentences of our own, that "Ste" before a
// particle or a company's adjective makes a firm of a name the recognizer
// took for a person or a place, and that a saint's "Ste" before a given
// name does not.
func TestSteFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Ste before a particle",
			marked: "Zinc\n\nThe five firms, Quarbin Oy and [[Ste de la Vieille Tervane|PER]], cut output.",
			want:   []string{`org:ste-de-la-vieille-tervane ORG "Ste de la Vieille Tervane"`},
		},
		{
			name:   "Ste before a company's adjective",
			marked: "Rail\n\nThe [[Ste Nationale des Voies de Quarbe|LOC]] ordered new trains.",
			want:   []string{`org:ste-nationale-des-voies-de-quarbe ORG "Ste Nationale des Voies de Quarbe"`},
		},
		{
			name:   "a saint's Ste before a given name",
			marked: "Towns\n\nThe plant is near [[Ste Quarbine|LOC]], the firm said.",
			want:   []string{`location:ste-quarbine LOCATION "Ste Quarbine"`},
		},
	})
}
