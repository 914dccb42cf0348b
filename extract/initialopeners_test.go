package extract

import "testing"

// TestInitialOpener covers a person's span that opens with a middle
// initial and takes the sentence's first word as the given name
// ([Resolver.initialOpenerSpans]).
func TestInitialOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a given name the recognizer left at the sentence's start",
			marked: "Union\n\nThe union struck. Ostra [[K. Vellani|PER]], president of the union, said talks failed. [[Vellani|PER]] said more strikes may follow.",
			want:   []string{`person:ostra-k-vellani PERSON "Ostra K. Vellani"`},
		},
		{
			name:   "a second initial mention joins the full name",
			marked: "Bank\n\nThe bank said little. Dmitrij [[P. Okarro|PER]], its director, will report. On Monday [[Dmitrij Okarro|PER]] left.",
			want:   []string{`person:dmitrij-p-okarro PERSON "Dmitrij P. Okarro"`},
		},
		// Negatives.
		{
			name:   "a title at the sentence's start",
			marked: "Firm\n\nThe firm grew. Attorney [[K. Vellani|PER]] said sales rose.",
			want:   []string{`person:k-vellani PERSON "K. Vellani" partial`},
		},
		{
			name:   "a common word at the sentence's start",
			marked: "Oil\n\nPrices fell. Rival [[T. Okarro|PER]] said he would buy more.",
			want:   []string{`person:t-okarro PERSON "T. Okarro" partial`},
		},
		{
			name:   "a country at the sentence's start",
			marked: "Talks\n\nThe talks ended. Lebanon [[G. Okarro|PER]] said the plan was fair.",
			want:   []string{`country:LB COUNTRY "Lebanon"`, `person:g-okarro PERSON "G. Okarro" partial`},
		},
		{
			name:   "a lone letter without its period",
			marked: "Team\n\nThe side was named. Ostra [[A Vellani|PER]] will lead it.",
			want:   []string{`person:a-vellani PERSON "A Vellani" partial`},
		},
		{
			name:   "a line in capitals",
			marked: "Firm\n\nThe firm said he left.\n\nOSTRA [[K. VELLANI|PER]], 52, RAN IT FOR TEN YEARS.",
			want:   []string{`person:k-vellani PERSON "K. Vellani" partial`},
		},
		{
			name:   "a headline's words",
			marked: "Ostra [[K. Vellani|PER]] Quits Post\n\nThe firm said he left after ten years.",
			want:   []string{`person:k-vellani PERSON "K. Vellani" partial`},
		},
	})
}
