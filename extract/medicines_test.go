package extract

import "testing"

// TestMedicineApposition checks, on sentences of our own with made-up
// names, that a name taken for a firm or a person is a medicine (no node)
// by the noun phrase after it ([medicineApposition]): a comma or "is", "a"
// or "an", lower-case words and a medicine's head; and the readings left:
// a firm's noun after the head, "of" after it, no article.
func TestMedicineApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an apposition with an adverb",
			marked: "Drugs\n\nThe new drug combined [[Zorbit|ORG]] and [[Vellodril|ORG]], a frequently prescribed diuretic.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "is a and a comma after the head",
			marked: "Drugs\n\n[[Lemmox|PER]] is a monoclonal antibody, made through gene technology.",
			want:   nil,
		},
		{
			name:   "a firm's noun after the head",
			marked: "Drugs\n\n[[Ostrax|ORG]] is a drug company based in Tervane.",
			want:   []string{`org:ostrax ORG "Ostrax" partial`},
		},
		{
			name:   "of after the head",
			marked: "Drugs\n\n[[Ostrax|ORG]], a maker of antibiotic drugs, said it agreed.",
			want:   []string{`org:ostrax ORG "Ostrax" partial`},
		},
		{
			name:   "no article",
			marked: "Drugs\n\n[[Pellam|PER]], drug researcher at Ostrax, said it works.",
			want:   []string{`person:pellam PERSON "Pellam" partial`},
		},
	})
}
