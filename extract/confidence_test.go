package extract

import (
	"slices"
	"testing"
)

// TestMinConfidence checks that, with a least confidence, the entities the
// recognizer was unsure of are marked Unsure (kept, with their type, for
// the graph to decide per node) and counted, while sure ones, names typed
// by their words and names the model's gazetteer knows are not; and that
// without it none is. The names are made up (but Pfizer, which the
// gazetteer knows).
func TestMinConfidence(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		sure   []string // entities not unsure with the rule on
		unsure []string // entities marked unsure with the rule on
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
	// flags returns each entity's name and whether it is unsure, and
	// its type.
	flags := func(d *Doc) (map[string]bool, map[string]Type) {
		unsure, types := map[string]bool{}, map[string]Type{}
		for _, e := range d.Entities {
			unsure[e.Name], types[e.Name] = e.Unsure, e.Type
		}
		return unsure, types
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dOn, dOff := on.Extract(Article{Text: tc.text}), off.Extract(Article{Text: tc.text})
			gotOn, typesOn := flags(dOn)
			gotOff, typesOff := flags(dOff)
			for _, n := range slices.Concat(tc.sure, tc.unsure) {
				u, ok := gotOn[n]
				_, okOff := gotOff[n]
				want := slices.Contains(tc.unsure, n)
				if !ok || !okOff || u != want || gotOff[n] || typesOn[n] != typesOff[n] {
					t.Errorf("%q: rule on (in %v, unsure %v, %s), off (in %v, unsure %v, %s); want in both, unsure %v only with the rule on, one type",
						n, ok, u, typesOn[n], okOff, gotOff[n], typesOff[n], want)
				}
			}
			if dOn.Unsure != len(tc.unsure) || dOff.Unsure != 0 {
				t.Errorf("Unsure: rule on %d, off %d; want %d and 0", dOn.Unsure, dOff.Unsure, len(tc.unsure))
			}
		})
	}
}

// TestMinConfidenceKeepsType checks that an unsure entity keeps its id and
// type (it is not made MISC, as the per-article rule did): the graph links
// it like any other and decides per node.
func TestMinConfidenceKeepsType(t *testing.T) {
	ex, err := New(WithRelations(false), WithMinConfidence(SuggestedMinConfidence), WithMisc(true))
	if err != nil {
		t.Fatal(err)
	}
	d := ex.Extract(Article{Text: "Sales of Blue Harrow Fizz doubled last year, said the company."})
	i := slices.IndexFunc(d.Entities, func(e Entity) bool { return e.Name == "Blue Harrow Fizz" })
	if i < 0 || d.Entities[i].Type == Misc || !d.Entities[i].Unsure {
		t.Fatalf("entities %+v; want Blue Harrow Fizz unsure, not MISC", d.Entities)
	}
}
