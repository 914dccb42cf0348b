package extract

import "testing"

// TestUnitForms checks [unitForms] through the resolver: two firms of one
// name in two legal forms that the article ties to each other stay two.
func TestUnitForms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the unit before an apposition of its tie",
			marked: "[[Quarbin Corp|ORG]], a wholly owned subsidiary of [[Quarbin AG|ORG]], is selling notes.",
			want:   []string{`org:quarbin ORG "Quarbin AG"`, `org:quarbin-corp ORG "Quarbin Corp"`},
		},
		{
			name: "the parent after its parent company",
			marked: "[[Tervane Corp|ORG]] said it filed a shelf offering of notes guaranteed by its parent company, " +
				"[[Tervane Inc|ORG]]. [[Tervane|ORG]] makes whisky.",
			want: []string{`org:tervane ORG "Tervane Inc."`, `org:tervane-corp ORG "Tervane Corp"`},
		},
		{
			name:   "the unit after its unit, the parent bare",
			marked: "An agency may cut the debt of [[Vellmore|ORG]] and its unit, [[Vellmore Inc|ORG]]. [[Vellmore|ORG]] is a bank.",
			want:   []string{`org:vellmore ORG "Vellmore" partial`, `org:vellmore-inc ORG "Vellmore Inc."`},
		},
		{
			name:   "a general partner",
			marked: "Dolan owns [[Ardmoor Corp|ORG]], which is the general partner of [[Ardmoor L.P.|ORG]], and sold it shares.",
			want:   []string{`org:ardmoor ORG "Ardmoor L.P."`, `org:ardmoor-corp ORG "Ardmoor Corp"`},
		},
		{
			name:   "a country inside the apposition",
			marked: "[[Quarbin Corp|ORG]], a [[U.S.|COUNTRY]] subsidiary of [[Quarbin AG|ORG]], is selling notes.",
			want:   []string{`country:US COUNTRY "United States"`, `org:quarbin ORG "Quarbin AG"`, `org:quarbin-corp ORG "Quarbin Corp"`},
		},
		{
			name:   "the unit bare, the parent in a form: one node of the parent is enough",
			marked: "Sales rose, [[Quarbin Motor|ORG]], a wholly owned subsidiary of [[Quarbin Motor Ltd|ORG]], said.",
			want:   []string{`org:quarbin-motor ORG "Quarbin Motor Ltd"`},
		},
		{
			name:   "the unit cut before of",
			marked: "[[Tervane Holdings Inc|ORG]] said its subsidiary, [[Tervane Holdings|ORG]] of Ardelia, bought shares.",
			want:   []string{`org:tervane ORG "Tervane Holdings Inc"`},
		},
		{
			name:   "no tie: two forms of one firm",
			marked: "[[Quarbin Corp|ORG]], based in Ardelia, said [[Quarbin Inc|ORG]] profits rose.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a tie to another firm",
			marked: "[[Quarbin Corp|ORG]], a unit of [[Tervane AG|ORG]], said [[Quarbin Inc|ORG]] profits rose.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:tervane ORG "Tervane AG"`},
		},
		{
			name:   "its unit without the other form in the sentence",
			marked: "[[Quarbin Inc|ORG]] said profits rose. It sold its unit, [[Quarbin Corp|ORG]], to a rival.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a unit noun with no its",
			marked: "[[Quarbin Inc|ORG]] said the unit, [[Quarbin Corp|ORG]], grew.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
	})
}
