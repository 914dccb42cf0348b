package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestPossessiveApart checks that a short name written with a possessive
// apostrophe is not taken across articles by a full name that spells the
// same word without one: Lloyd's, the insurance market, is not Lloyds Bank.
func TestPossessiveApart(t *testing.T) {
	bank := func(art string) *extract.Doc {
		return doc(art, linked("org:lloyds-bank", "Lloyds Bank Plc", "Lloyds"))
	}
	tests := []struct {
		name  string
		short string
		want  string
	}{
		{"the market, with the apostrophe", "Lloyd's", "org:lloyds"},
		{"the market, in capitals", "LLOYD'S", "org:lloyds"},
		{"the bank, without it", "Lloyds", "org:lloyds-bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, d := range []*extract.Doc{bank("a"), bank("c"), bank("d"),
				doc("b", ent("org:lloyds", tt.short, extract.Org, true))} {
				g.Add(d)
			}
			if got := g.CanonicalIn("b", "org:lloyds"); got != tt.want {
				t.Errorf("CanonicalIn(b, org:lloyds) of %q = %q, want %q", tt.short, got, tt.want)
			}
		})
	}
	spelt := []struct {
		short string
		names []string
		want  bool
	}{
		{"Lloyd's", []string{"Lloyds Bank Plc", "Lloyds Bank", "Lloyd's Bank Plc"}, true},
		{"Lloyd\u2019s", []string{"Lloyds Merchant Bank"}, true},
		{"Lloyd's", []string{"Lloyd's of London", "Lloyds of London"}, false}, // as many with it
		{"Lloyds", []string{"Lloyds Bank Plc"}, false},                        // no apostrophe
		{"Lloyd's", []string{"Lloyds"}, false},                                // one word: no full name
	}
	for _, tt := range spelt {
		var f fullInfo
		for _, n := range tt.names {
			f.spelt.add(n, 1)
		}
		if got := possessiveApart(tt.short, &f); got != tt.want {
			t.Errorf("possessiveApart(%q, %q) = %v, want %v", tt.short, tt.names, got, tt.want)
		}
	}
}
