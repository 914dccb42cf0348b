package extract

import (
	"slices"
	"testing"
)

// TestMinConfidence checks that, with a least confidence, the entities the
// recognizer was unsure of become MISC (no node) and are counted, while
// sure ones, names typed by their words and names the model's gazetteer
// knows stay; and that without it every one stays. The names are made up
// (but Pfizer, which the gazetteer knows).
func TestMinConfidence(t *testing.T) {
	tests := []struct {
		name string
		text string
		keep []string // entities kept with the rule on
		drop []string // entities kept only with the rule off
	}{
		{"a table line's words taken for a person", "Delivered Crude Franton Swell prices eased.",
			nil, []string{"Crude Franton Swell"}},
		{"a product taken for a place", "Sales of Blue Harrow Fizz doubled last year, said the company.",
			nil, []string{"Blue Harrow Fizz"}},
		{"a work taken for a firm, beside a sure person", "Cold Dawn Tunnel was a hit, said Jorrin Mave.",
			[]string{"Jorrin Mave"}, []string{"Cold Dawn Tunnel"}},
		{"a sure person and a firm its suffix types", "Mira Tallow, chief executive of Zorvex Holdings Inc, said on Tuesday that profits rose.",
			[]string{"Mira Tallow", "Zorvex Holdings Inc"}, nil},
		{"a firm the gazetteer knows, though the tagger is unsure", "Pfizer said its profit rose.",
			[]string{"Pfizer"}, nil},
	}
	on, err := New(WithRelations(false), WithMinConfidence(SuggestedMinConfidence))
	if err != nil {
		t.Fatal(err)
	}
	off, err := New(WithRelations(false))
	if err != nil {
		t.Fatal(err)
	}
	names := func(d *Doc) []string {
		var out []string
		for _, e := range d.Entities {
			out = append(out, e.Name)
		}
		return out
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dOn, dOff := on.Extract(Article{Text: tc.text}), off.Extract(Article{Text: tc.text})
			gotOn, gotOff := names(dOn), names(dOff)
			for _, n := range tc.keep {
				if !slices.Contains(gotOn, n) || !slices.Contains(gotOff, n) {
					t.Errorf("%q: rule on %q, off %q; want it in both", n, gotOn, gotOff)
				}
			}
			for _, n := range tc.drop {
				if slices.Contains(gotOn, n) || !slices.Contains(gotOff, n) {
					t.Errorf("%q: rule on %q, off %q; want it only with the rule off", n, gotOn, gotOff)
				}
			}
			if dOn.Unsure != len(tc.drop) || dOff.Unsure != 0 {
				t.Errorf("Unsure: rule on %d, off %d; want %d and 0", dOn.Unsure, dOff.Unsure, len(tc.drop))
			}
		})
	}
}

// TestMinConfidenceMisc checks that an unsure entity is MISC, kept as
// such with WithMisc: made MISC, not deleted.
func TestMinConfidenceMisc(t *testing.T) {
	ex, err := New(WithRelations(false), WithMinConfidence(SuggestedMinConfidence), WithMisc(true))
	if err != nil {
		t.Fatal(err)
	}
	d := ex.Extract(Article{Text: "Sales of Blue Harrow Fizz doubled last year, said the company."})
	i := slices.IndexFunc(d.Entities, func(e Entity) bool { return e.Name == "Blue Harrow Fizz" })
	if i < 0 || d.Entities[i].Type != Misc || d.Entities[i].ID != "misc:blue-harrow-fizz" {
		t.Fatalf("entities %+v; want Blue Harrow Fizz as misc:blue-harrow-fizz", d.Entities)
	}
}
