package extract

import (
	"strings"
	"testing"
)

func TestLeadPlaceBasedFirm(t *testing.T) {
	for _, c := range []struct {
		text, name string
		typ        Type
		want       bool
	}{
		{"Shares rose after Santa Orvel-based Zandix said it would expand.", "Zandix", Person, true},
		{"The Little Marrow-based Quelt posted a loss.", "Quelt", Location, true},
		{"Analysts said Zorbit Linux-based Quelt was slow.", "Quelt", Person, false},           // no town's first word
		{"The Santa Orvel-based analyst Quelt Dorran said so.", "Quelt Dorran", Person, false}, // a kind noun between
		{"Little Marrow-based Zandix and Vell signed a deal.", "Zandix", Person, false},        // a name cut at "and"
		{"Santa Orvel-based Jug in the Attic said sales rose.", "Jug", Person, false},          // a name cut at "in the"
		{"Santa Orvel-based Zandix in turn said so.", "Zandix", Person, true},                  // a small word, then running text
		{"He met Port Vandry-based Brom in the hall.", "Brom", Org, false},                     // already a firm
	} {
		i := strings.Index(c.text, c.name)
		m := &mention{Mention: Mention{Start: i, End: i + len(c.name)}, typ: c.typ, key: strings.ToLower(c.name), country: -1}
		if got := leadPlaceBasedFirm(c.text, m); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
