package extract

import "testing"

// TestUnitParents checks [markUnitParents] through the resolver: a firm's
// one-word name set beside a longer name of its word as the unit's parent,
// or as the group's unit, stays apart from the longer name.
func TestUnitParents(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the parent after a unit's full name",
			marked: "[[Quarbin Credit Inc|ORG]], subsidiary of [[Quarbin|ORG]] - Shelf offering of notes.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-credit ORG "Quarbin Credit Inc"`},
		},
		{
			name:   "the parent after a determiner and a modifier",
			marked: "[[Tervane Finance Corp|ORG]], a wholly owned subsidiary of [[Tervane|ORG]], sold bonds.",
			want:   []string{`org:tervane ORG "Tervane" partial`, `org:tervane-finance ORG "Tervane Finance Corp"`},
		},
		{
			name: "the unit before the group's full name",
			marked: "[[Vellmore|ORG]], the brokerage and investment subsidiary of [[Vellmore Group Inc|ORG]], bought shares. " +
				"[[Vellmore|ORG]] said it bought them for arbitrage.",
			want: []string{`org:vellmore ORG "Vellmore" partial`, `org:vellmore-group ORG "Vellmore Group Inc"`},
		},
		{
			name:   "no tie noun: the short name is the firm",
			marked: "[[Quarbin Credit Inc|ORG]], based in Ardelia, said profits rose. [[Quarbin|ORG]] said so.",
			want:   []string{`org:quarbin-credit ORG "Quarbin Credit Inc"`},
		},
		{
			name:   "a tie to a third firm: the short name is the unit",
			marked: "[[Quarbin Credit Inc|ORG]], a unit of [[Tervane Corp|ORG]], said profits rose. [[Quarbin|ORG]] said so.",
			want:   []string{`org:quarbin-credit ORG "Quarbin Credit Inc"`, `org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "the tie in another sentence",
			marked: "[[Quarbin Credit Inc|ORG]], said profits rose. It is a unit of its parent. [[Quarbin|ORG]] said so.",
			want:   []string{`org:quarbin-credit ORG "Quarbin Credit Inc"`},
		},
	})
}

// TestPlacesOfBodies checks [placesOfBodies] through the resolver: a town
// the recognizer typed an organization or a person, written after "in" or
// "from", is no short name of the public body named after it.
func TestPlacesOfBodies(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a town typed an organization, after in",
			marked: "Campaigners in [[Tervane|ORG]] met. The director of the [[Tervane Race Equality Council|ORG]] spoke. " +
				"[[Tervane|ORG]]'s community agreed. Marchers in [[Tervane|ORG]] walked.",
			want: []string{`location:tervane LOCATION "Tervane" partial`, `org:tervane-race-equality-council ORG "Tervane Race Equality Council"`},
		},
		{
			name:   "a place typed a person, after from",
			marked: "Four men released from [[Quarbin|PERSON]] came home. The [[Quarbin Rights Commission|ORG]] welcomed it.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`, `org:quarbin-rights-commission ORG "Quarbin Rights Commission"`},
		},
		{
			name:   "no preposition of place: the body by its first word",
			marked: "The [[Tervane Race Equality Council|ORG]] met. [[Tervane|ORG]] said it would act.",
			want:   []string{`org:tervane-race-equality-council ORG "Tervane Race Equality Council"`},
		},
		{
			name:   "a company, no public body",
			marked: "Shares in [[Quarbin|ORG]] rose. [[Quarbin Power Authority Corp|ORG]] said so. Investors in [[Quarbin|ORG]] gained.",
			want:   []string{`org:quarbin-power-authority ORG "Quarbin Power Authority Corp"`},
		},
		{
			name: "fewer than half the mentions after a preposition",
			marked: "Staff in [[Tervane|ORG]] met. The [[Tervane Water Board|ORG]] said rates rise. [[Tervane|ORG]] said so. " +
				"[[Tervane|ORG]] added more.",
			want: []string{`org:tervane-water-board ORG "Tervane Water Board"`},
		},
	})
}

// TestPlacesOfBodiesPeople checks that a people's name after "in" is not
// taken for a town by [placesOfBodies].
func TestPlacesOfBodiesPeople(t *testing.T) {
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, _, es, err := resolveMarked(r, "Rules in [[European|ORG]] trade change. The [[European Commission|ORG]] said so.")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range summaryOf(es, true) {
		if s == `location:european LOCATION "European" partial` {
			t.Errorf("a people's name typed a place: %s", s)
		}
	}
}
