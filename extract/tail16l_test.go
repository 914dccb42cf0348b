package extract

import "testing"

// TestAndCommonHeadSpans checks, on sentences and names of our own, that a
// body's name cut after its own "and" gets back the common words before
// it, and that a list, a name of its own before "and", a name's first
// word, two bodies, a span with no head, a person's pair, a long run and
// a headline are left.
func TestAndCommonHeadSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a police force after the",
			marked: "Inquiry\n\nAnn Vell said the [[Rural|ORG]] and [[Marine Police|ORG]] opened an inquiry into the sale.",
			want:   []string{`org:rural-and-marine-police ORG "Rural and Marine Police"`},
		},
		{
			name:   "a firm after a possessive, two common words",
			marked: "Deal\n\nQuarbin's Mining Equipment and [[Credit Corp|ORG]] will be sold, the company said.",
			want:   []string{`org:mining-equipment-and-credit ORG "Mining Equipment and Credit Corp"`},
		},
		{
			name:   "a police force after of, its head before of",
			marked: "Board\n\nShe is an officer of [[Rural|ORG]] and [[Marine Police of Tervia|ORG]] now.",
			want:   []string{`org:rural-and-marine-police-of-tervia ORG "Rural and Marine Police of Tervia"`},
		},
		{
			name:   "at a sentence's start, two kinds of people",
			marked: "Inquiry\n\n[[Dealers|ORG]] and [[Marine Trade Board|ORG]] officials said the inquiry would go on.",
			want:   []string{`org:dealers ORG "Dealers" partial`, `org:marine-trade-board ORG "Marine Trade Board"`},
		},
		{
			name:   "a place after of, no head before it",
			marked: "Board\n\nShe is an officer of [[Rural|ORG]] and [[Marine Lines of Tervia|ORG]] now.",
			want:   []string{`org:marine-lines-of-tervia ORG "Marine Lines of Tervia"`, `org:rural ORG "Rural" partial`},
		},
		{
			name:   "a list, no opener",
			marked: "Deal\n\nShe named Quarbin Corp, Rural and [[Marine Police|ORG]] as buyers.",
			want:   []string{`org:marine-police ORG "Marine Police"`},
		},
		{
			name:   "a name of its own before and",
			marked: "Talks\n\nHe told the [[Tervane|ORG]] and [[Federal Trade Board|ORG]] that rates would rise.",
			want:   []string{`org:federal-trade-board ORG "Federal Trade Board"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a name's first word before and",
			marked: "Talks\n\nHe told the [[Vellmark|ORG]] and [[Marine Police|ORG]] that prices rose.",
			want:   []string{`org:marine-police ORG "Marine Police"`, `org:vellmark ORG "Vellmark" partial`},
		},
		{
			name:   "a body's head before and",
			marked: "Talks\n\nHe told the [[Rural Council|ORG]] and [[Marine Police|ORG]] that prices rose.",
			want:   []string{`org:marine-police ORG "Marine Police"`, `org:rural-council ORG "Rural Council"`},
		},
		{
			name:   "no body's head after and",
			marked: "Talks\n\nHe told the [[Rural|ORG]] and [[Marine Tervane Lines|ORG]] that prices rose.",
			want:   []string{`org:marine-tervane-lines ORG "Marine Tervane Lines"`, `org:rural ORG "Rural" partial`},
		},
		{
			name:   "a name's first word after and",
			marked: "Talks\n\nHe told the [[Rural|ORG]] and [[Tervane Police|ORG]] that prices rose.",
			want:   []string{`org:rural ORG "Rural" partial`, `org:tervane-police ORG "Tervane Police"`},
		},
		{
			name:   "a person's pair",
			marked: "Talks\n\nShe said the Rural and [[Ann Vell|PER]] talks were off.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a long run of capitalized words",
			marked: "Talks\n\nHe read the Great Rural Sea Harbour and [[Marine Police|ORG]] report today.",
			want:   []string{`org:marine-police ORG "Marine Police"`},
		},
		{
			name:   "a headline",
			marked: "The Rural And Marine Police Sale\n\nThe two sides met on Monday.",
			want:   nil,
		},
	})
}
