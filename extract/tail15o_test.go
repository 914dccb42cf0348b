package extract

import "testing"

// TestHeadlineStartFirms checks, on articles of our own, that a firm's
// span the recognizer began after a body sentence's first word gets that
// word back when the headline begins with it in capitals, and that other
// openers stay out.
func TestHeadlineStartFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the headline writes the first word with the name",
			marked: "GRAND TERVANE EXTENDS OFFER\n\nGrand [[Tervane Paint Corp|ORG]] said it extended its offer.",
			want:   []string{`org:grand-tervane-paint ORG "Grand Tervane Paint Corp"`},
		},
		{
			name:   "two words before the span, the headline's third another",
			marked: "NATIONAL QUARN NAMES CHIEF\n\nNational Quarn [[Table Inc|ORG]] said it named a chief.",
			want:   []string{`org:national-quarn-table ORG "National Quarn Table Inc"`},
		},
		{
			name:   "one word before the span, the headline's next another",
			marked: "GRAND PROFITS UP\n\nGrand [[Tervane Paint Corp|ORG]] said profits rose.",
			want:   []string{`org:tervane-paint ORG "Tervane Paint Corp"`},
		},
		{
			name:   "the headline begins otherwise",
			marked: "PAINT MAKER EXTENDS OFFER\n\nGrand [[Tervane Paint Corp|ORG]] said it extended its offer.",
			want:   []string{`org:tervane-paint ORG "Tervane Paint Corp"`},
		},
		{
			name:   "an article before the span",
			marked: "THE TERVANE EXTENDS OFFER\n\nThe [[Tervane Paint Corp|ORG]] said it extended its offer.",
			want:   []string{`org:tervane-paint ORG "Tervane Paint Corp"`},
		},
		{
			name:   "no company suffix",
			marked: "GRAND TERVANE EXTENDS OFFER\n\nGrand [[Tervane Paint|ORG]] said it extended its offer.",
			want:   []string{`org:tervane-paint ORG "Tervane Paint"`},
		},
	})
}

// TestHeadCommaSpans checks, on sentences of our own, that a body's head
// word cut from the name before it and glued to the next name across a
// comma goes back to its name, and that a head word of a list of its own
// is left.
func TestHeadCommaSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank's head glued to the next bank",
			marked: "Loan\n\nThe lead managers, [[Ostra-Varn|LOC]] [[Bank, Bank of Tervane|ORG]] and [[Quarbin Bank|ORG]], will each lend.",
			want:   []string{`org:bank-of-tervane ORG "Bank of Tervane"`, `org:ostra-varn-bank ORG "Ostra-Varn Bank"`, `org:quarbin-bank ORG "Quarbin Bank"`},
		},
		{
			name:   "no comma after the head",
			marked: "Loan\n\nThe lead managers, [[Ostra-Varn|LOC]] [[Bank of Tervane|ORG]] and [[Quarbin Bank|ORG]], will each lend.",
			want:   []string{`location:ostra-varn LOCATION "Ostra-Varn"`, `org:bank-of-tervane ORG "Bank of Tervane"`, `org:quarbin-bank ORG "Quarbin Bank"`},
		},
	})
}

// TestTaxHeads checks that a tax's or a duty's name is no body, and that a
// body named after taxes is.
func TestTaxHeads(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a tax and a duty",
			marked: "Budget\n\nThe yield of [[Tervane Gains Tax|ORG]] rose, and [[Quarn Duty|PER]] fell.",
			want:   nil,
		},
		{
			name:   "a unit whose name ends in the word",
			marked: "Software\n\n[[Quarn Research Inc|ORG]] said its [[Quarn/Micro-Tax|ORG]] unit made a package.",
			want:   []string{`org:quarn-micro-tax ORG "Quarn/Micro-Tax"`, `org:quarn-research ORG "Quarn Research Inc"`},
		},
		{
			name:   "a tax court",
			marked: "Budget\n\nThe [[Tervane Tax Court|ORG]] ruled.",
			want:   []string{`org:tervane-tax-court ORG "Tervane Tax Court"`},
		},
	})
}
