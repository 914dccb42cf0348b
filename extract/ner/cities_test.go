package ner

import "testing"

// TestKnownCity asks the embedded model's gazetteer for cities of the
// compiled lists, in any case, and for names that are none.
func TestKnownCity(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Nuneaton", true},
		{"NUNEATON", true},
		{"portsmouth", true},
		{"Microsoft", false},
		{"Labour", false},
		{"", false},
	} {
		if got := KnownCity(c.name); got != c.want {
			t.Errorf("KnownCity(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
