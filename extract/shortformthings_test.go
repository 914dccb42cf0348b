package extract

import "testing"

// TestShortFormThingSpans checks, on sentences of our own with made-up
// names, that the pieces of a short form's spelled-out name are no
// entities when the short form is none; and the cases left: a short form
// the recognizer found, a long name with an organization's word, a long
// name that does not spell the short form, a long name that goes on in
// lower case.
func TestShortFormThingSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a technology in brackets",
			marked: "Phones\n\n[[Tervane Telecom|ORG]] held a clinic on QSDL ([[Quick Serial Data Link|ORG]]) for operators.",
			want:   []string{`org:tervane-telecom ORG "Tervane Telecom"`},
		},
		{
			name:   "a robot between dashes, cut at and",
			marked: "Robots\n\nThe robot [[Lewh|PER]] - [[Light Efficient|ORG]] and [[Walking Helper|ORG]] - can walk, said [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a short form the recognizer found",
			marked: "Sport\n\nThe [[QRB|ORG]] ([[Quarbin Rowing Board|ORG]]) met on Monday.",
			want:   []string{`org:quarbin-rowing-board ORG "Quarbin Rowing Board"`},
		},
		{
			name:   "a body's word in the long name",
			marked: "Science\n\nAt the QAAS ([[Quarbin Association for the Advancement of Study|ORG]]) meeting she spoke.",
			want:   []string{`org:quarbin-association-for-the-advancement-of-study ORG "Quarbin Association for the Advancement of Study"`},
		},
		{
			name:   "a long name that does not spell the short form",
			marked: "Phones\n\nThey use QSDL ([[Tervane Data|ORG]]) now.",
			want:   []string{`org:tervane-data ORG "Tervane Data"`},
		},
		{
			name:   "a long name that goes on in lower case",
			marked: "Phones\n\nThey use QSD ([[Quick Serial|ORG]] data link) now.",
			want:   []string{`org:quick-serial ORG "Quick Serial"`},
		},
	})
}
