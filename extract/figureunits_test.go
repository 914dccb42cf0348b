package extract

import "testing"

// TestFigureUnitLead checks, on lines of our own written as a sales table
// and prose, that a unit after a figure is cut from the name it was glued
// to (its type left as the span's), and that a name after a sentence's
// last figure keeps its own.
func TestFigureUnitLead(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a table's unit glued to the next row's firm",
			marked: "Sales\n\n QUARBIN STORES   4.6   2.2 [[BIL\n TERVANE MART|ORG]]   1.1 BIL\n",
			want:   []string{`org:tervane-mart ORG "Tervane Mart"`},
		},
		{
			name:   "a first name's capitals after a figure",
			marked: "Sales\n\n QUARBIN STORES   1.5 [[BILL\n TERVANE MART|PER]]   1.3 BILL\n",
			want:   []string{`person:tervane-mart PERSON "Tervane Mart"`},
		},
		{
			name:   "a firm after a figure that ends a sentence",
			marked: "Results\n\nIt earned 7.9 mln dlrs in 1985. [[Dlrs Quarbin Corp|ORG]] said so.",
			want:   []string{`org:dlrs-quarbin ORG "Dlrs Quarbin Corp"`},
		},
	})
}
