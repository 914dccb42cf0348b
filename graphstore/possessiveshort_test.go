package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestPossessiveApart checks that a short name written with a possessive
// apostrophe is not taken across articles by a full name that spells the
// same word without one: Lloyd's, the insurance market, is not Lloyds Bank.
func TestPossessiveApart(t *testing.T) {
	for _, tt := range possessiveCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
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

// possessiveCases are TestPossessiveApart's corpora: three articles of a
// bank and one of a short name written with or without the apostrophe.
func possessiveCases() []nodeCase {
	bank := func(art string) *extract.Doc {
		return doc(art, linked("org:lloyds-bank", "Lloyds Bank Plc", "Lloyds"))
	}
	var cases []nodeCase
	for _, c := range []struct{ name, short, want string }{
		{"the market, with the apostrophe", "Lloyd's", "org:lloyds"},
		{"the market, in capitals", "LLOYD'S", "org:lloyds"},
		{"the bank, without it", "Lloyds", "org:lloyds-bank"},
	} {
		docs := []*extract.Doc{bank("a"), bank("c"), bank("d"), doc("b", ent("org:lloyds", c.short, extract.Org, true))}
		cases = append(cases, nodeCase{c.name, docs, "b", "org:lloyds", c.want})
	}
	return cases
}
