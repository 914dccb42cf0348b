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
