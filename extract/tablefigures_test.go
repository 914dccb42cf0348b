package extract

import "testing"

// TestTableFigures checks, on lines of our own written as wire tables, that
// the figures of a table's cells (nil, unch, months or days joined by a
// slash) are cut from a span's ends, the label before them kept as a place
// only when it is one, and that a month or a "Nil" alone stays.
func TestTableFigures(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "towns of a rainfall table before NIL",
			marked: "Rain\n\nNORTE STATE: [[PORTO QUARBIM NIL|LOCATION]], [[SAO TERVANE NIL|PERSON]], ZORBA 1.5 MILLIMETRES.",
			want:   []string{`location:porto-quarbim LOCATION "Porto Quarbim"`, `location:sao-tervane LOCATION "Sao Tervane"`},
		},
		{
			name:   "a known town before its delivery months",
			marked: "Wheat\n\nSoft wheat - [[LYON APR/MAY|ORG]] 129.50 BYR, [[QUARBINVILLE APR/MAY/JUNE|ORG]] 128 PAID.",
			want:   []string{`location:lyon LOCATION "LYON" partial`},
		},
		{
			name:   "periods alone, a column's letter and a row after its figures",
			marked: "Meal\n\nThe pellets traded with [[Jly/Sep|PERSON]] at 110 dlrs, [[P Apl/Jne|PERSON]] 8/10, [[Fair/mild Thu/Fri|PERSON]].\nImports [[NIL NIL Domes Use|PERSON]] 4.60 4.60, [[Sept/Nov Lower Quarbin River|LOCATION]] 137.",
			want:   []string{`location:lower-quarbin-river LOCATION "Lower Quarbin River"`},
		},
		{
			name:   "a month alone, a given name Nil and a name with a month inside",
			marked: "Talks\n\n[[May|PERSON]] met [[Nil|PERSON]] in [[Quarbin May Fund|ORG]].",
			want:   []string{`org:quarbin-may-fund ORG "Quarbin May Fund"`, `person:may PERSON "May" partial`, `person:nil PERSON "Nil" partial`},
		},
	})
}
