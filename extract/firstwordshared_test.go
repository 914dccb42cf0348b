package extract

import "testing"

// TestSharedFirstWords checks, on sentences of our own, that a one-word
// name taken for a person becomes a firm when every other use of the word
// is a company it begins (two firms, or a firm and a hyphened firm) or a
// thing named after them, and
// that a person named whole, a title, a firm of names joined by "and" and
// a word used in another name keep their person.
func TestSharedFirstWords(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a headline word over two firms",
			marked: "[[VELMORAN|PER]] SEES GAIN\n\n[[Velmoran Drilling Corp|ORG]] said its [[Velmoran Pipeline Inc|ORG]] unit will gain. [[Velmoran|PER]] said costs fell.",
			want:   []string{`org:velmoran ORG "Velmoran" ambiguous partial`, `org:velmoran-drilling ORG "Velmoran Drilling Corp"`, `org:velmoran-pipeline ORG "Velmoran Pipeline Inc"`},
		},
		{
			name:   "a firm and a hyphened firm",
			marked: "Unit\n\n[[Quarbin Electronics Plc|ORG]] formed a unit. [[Quarbin|PER]] said it joins the [[Quarbin-Tervane Inc|ORG]] group.",
			want:   []string{`org:quarbin ORG "Quarbin" ambiguous partial`, `org:quarbin-electronics ORG "Quarbin Electronics Plc"`, `org:quarbin-tervane ORG "Quarbin-Tervane Inc"`},
		},
		{
			name:   "a thing the firms' word opens",
			marked: "[[QUARBIN|PER]] FORMS UNIT\n\n[[Quarbin Electronics Plc|ORG]] formed a unit. [[Quarbin|PER]] said it is part of the [[Quarbin Chubb|MISC]] data operation, with [[Quarbin Tervane Inc|ORG]].",
			want:   []string{`org:quarbin ORG "Quarbin" ambiguous partial`, `org:quarbin-electronics ORG "Quarbin Electronics Plc"`, `org:quarbin-tervane ORG "Quarbin Tervane Inc."`},
		},
		{
			name:   "a person named whole",
			marked: "Oil\n\n[[Velmoran Drilling Corp|ORG]] and [[Velmoran Pipeline Inc|ORG]] merged, [[Ann Velmoran|PER]] said. [[Velmoran|PER]] will retire.",
			want:   []string{`org:velmoran-drilling ORG "Velmoran Drilling Corp"`, `org:velmoran-pipeline ORG "Velmoran Pipeline Inc"`, `person:ann-velmoran PERSON "Ann Velmoran"`},
		},
		{
			name:   "a title",
			marked: "Oil\n\n[[Velmoran Drilling Corp|ORG]] and [[Velmoran Pipeline Inc|ORG]] merged, said [[Mr Velmoran|PER]].",
			want:   []string{`org:velmoran-drilling ORG "Velmoran Drilling Corp"`, `org:velmoran-pipeline ORG "Velmoran Pipeline Inc"`, `person:velmoran PERSON "Velmoran" ambiguous partial`},
		},
		{
			name:   "a firm of names joined by and",
			marked: "Shops\n\n[[Tervane Stores Inc|ORG]] and [[Tervane, Lusk and Co|ORG]] will merge. [[Tervane|PER]] founded both.",
			want:   []string{`org:tervane-lusk ORG "Tervane, Lusk and Co"`, `org:tervane-stores ORG "Tervane Stores Inc"`, `person:tervane PERSON "Tervane" ambiguous partial`},
		},
		{
			name:   "the word in another name",
			marked: "Oil\n\n[[Velmoran Drilling Corp|ORG]] and [[Velmoran Pipeline Inc|ORG]] bid for the [[Velmoran Basin|LOC]] lease, [[Velmoran|PER]] said.",
			want:   []string{`location:velmoran-basin LOCATION "Velmoran Basin"`, `org:velmoran-drilling ORG "Velmoran Drilling Corp"`, `org:velmoran-pipeline ORG "Velmoran Pipeline Inc"`, `person:velmoran PERSON "Velmoran" ambiguous partial`},
		},
	})
}
