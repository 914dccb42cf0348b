package extract

import (
	"strings"
	"testing"
)

// TestLegalTail checks, on names of our own, that corpCut keeps a legal
// form written after a company suffix as the name's last word ("Tervane
// Corp N.L."), and still cuts after the suffix where the form is followed
// by more name or where another capitalized word follows the suffix.
func TestLegalTail(t *testing.T) {
	tests := []struct {
		name, first string
	}{
		{"Tervane Corp N.L.", "Tervane Corp N.L."},
		{"Tervane Corp NL", "Tervane Corp NL"},
		// Left to corpCut's cut.
		{"Tervane Corp NL Vell", "Tervane Corp"},
		{"Tervane Corp Quarbin", "Tervane Corp"},
	}
	for _, tt := range tests {
		var ws []word
		for _, f := range strings.Fields(tt.name) {
			ws = append(ws, word{text: f})
		}
		first, _ := corpCut(ws)
		var got []string
		for _, w := range first {
			got = append(got, w.text)
		}
		if g := strings.Join(got, " "); g != tt.first {
			t.Errorf("corpCut(%q) first = %q, want %q", tt.name, g, tt.first)
		}
	}
}
