package extract

import (
	"strings"
	"testing"
)

// TestShipNamed checks, on sentences of our own with made-up names, that
// [ownedThings] makes a ship (MISC) of every mention of a name that one
// mention shows a ship's, after its kind noun ([shipNamed]), and the cases
// left: no kind noun before any mention, an airline's "carrier", a name
// the article writes with a possessive as a firm's.
func TestShipNamed(t *testing.T) {
	tests := []struct {
		name, text, ship string
		want             Type
	}{
		{"the name again after the alone", "A group led by the aircraft carrier Quarbin Vell is at sea. " +
			"He said the Quarbin Vell is working. The Quarbin Vell and its planes stay.", "Quarbin Vell", Misc},
		{"a tanker named once", "The tanker Lemmo Star was hit. Lemmo Star was carrying crude oil.", "Lemmo Star", Misc},
		{"no kind noun before any mention", "A group led by the Quarbin Vell is at sea. " +
			"He said the Quarbin Vell is working.", "Quarbin Vell", Org},
		{"an airline's carrier", "The low-cost carrier Quarbin Air flew more people. The Quarbin Air fleet grew.",
			"Quarbin Air", Org},
		{"a firm's possessive elsewhere", "The tanker Quarbin Vell was hit. Quarbin Vell's shares fell.",
			"Quarbin Vell", Org},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &article{text: tt.text}
			key := strings.ToLower(tt.ship)
			for i := 0; ; {
				k := strings.Index(tt.text[i:], tt.ship)
				if k < 0 {
					break
				}
				s := i + k
				a.ms = append(a.ms, &mention{Mention: Mention{Name: tt.ship, Start: s, End: s + len(tt.ship)}, typ: Org,
					key: key, words: strings.Fields(key), country: -1, agency: -1})
				i = s + len(tt.ship)
			}
			ownedThings(a)
			for _, m := range a.ms {
				if m.typ != tt.want {
					t.Errorf("%q at %d: got %v, want %v", tt.ship, m.Start, m.typ, tt.want)
				}
			}
		})
	}
}
