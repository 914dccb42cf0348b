package extract

import "testing"

// TestHonorificFirms checks, on sentences of our own, that a firm named
// with an honorific and a company suffix keeps the honorific, whether the
// recognizer's span holds it or not, and that its short name after the
// honorific is the firm's; and the readings left alone: a person with a
// title, and the same name without a suffix when no firm is named.
func TestHonorificFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an honorific inside a firm's span",
			marked: "Cookies\n\nShares of [[Mrs Quarbin Inc|ORG]] rose on Monday.",
			want:   []string{`org:mrs-quarbin ORG "Mrs Quarbin Inc"`},
		},
		{
			name:   "an honorific before a firm's span",
			marked: "Plumbing\n\nMr. [[Tervane Corp|ORG]] said it sold its unit.",
			want:   []string{`org:mr-tervane ORG "Mr. Tervane Corp"`},
		},
		{
			name:   "an honorific before a firm's span in a shouted headline",
			marked: "MR. [[TERVANE CO|ORG]] SETS DIVIDEND\n\nIt said so.",
			want:   []string{`org:mr-tervane ORG "Mr. Tervane Co"`},
		},
		{
			name: "the firm's short name after its honorific",
			marked: "MR. [[QUARBIN FASHIONS|PER]] IN DEAL\n\n[[Mr. Quarbin Fashions Inc|ORG]] said it agreed to a sale. " +
				"Mr. [[Quarbin|PER]] said proceeds will be used to grow.",
			want: []string{`org:mr-quarbin-fashions ORG "Mr. Quarbin Fashions Inc"`},
		},
		{
			name:   "a person with a title, no firm named",
			marked: "Cookies\n\nMrs [[Quarbin|PER]] plans more shops.",
			want:   []string{`person:quarbin PERSON "Quarbin" partial`},
		},
	})
}
