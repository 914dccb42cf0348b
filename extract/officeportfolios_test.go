package extract

import "testing"

// TestPortfolioAfterOffice checks, on sentences of our own, that the
// portfolio of an office's title after "of" or "for" is no organization
// ([portfolioAfterOffice]); and the readings left alone: a department
// after "Secretary of", a body's name after the title, a name that is no
// common word, a portfolio after a word that is no office.
func TestPortfolioAfterOffice(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a portfolio of two words after Minister of",
			marked: "Cabinet\n\n[[Tom Vell|PER]], who is also Minister of [[Rural Planning|ORG]], said growth would slow.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a plural portfolio after the Minister of",
			marked: "Cabinet\n\nThe decree relieved the Minister of [[Heavy Industries|ORG]], [[Tom Vell|PER]], of his post.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a portfolio after Minister of State for",
			marked: "Cabinet\n\nThe Minister of State for [[Foreign Affairs|ORG]], [[Ann Vell|PER]], said so.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a portfolio after Director for",
			marked: "Bank\n\n[[Tom Vell|PER]] resigned as Director for [[External Debt Management|ORG]] at the bank.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a department after Secretary of",
			marked: "Cabinet\n\nThe Secretary of [[Defense|ORG]] would have more say.",
			want:   []string{`org:defense ORG "Defense" partial`},
		},
		{
			name:   "a body after Director of",
			marked: "Bank\n\n[[Tom Vell|PER]], Director of [[Debt Management Office|ORG]], spoke.",
			want:   []string{`org:debt-management-office ORG "Debt Management Office"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a name that is no common word",
			marked: "Bank\n\n[[Tom Vell|PER]], Director of [[Quarbin Holdings|ORG]], spoke.",
			want:   []string{`org:quarbin ORG "Quarbin Holdings"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "no office before of",
			marked: "Bank\n\nThe prices of [[External Affairs|ORG]] rose.",
			want:   []string{`org:external-affairs ORG "External Affairs"`},
		},
	})
}
