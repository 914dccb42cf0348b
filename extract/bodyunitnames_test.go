package extract

import "testing"

// TestBodyUnitApart checks, on sentences of our own, that a body's name
// that begins the name of one of its units, committees or offices stays a
// node of its own, and that a firm's name or a longer name that ends in no
// unit's word is still the longer name's (tail18d).
func TestBodyUnitApart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a university and its library services",
			marked: "Books\n\nA spokesman for [[Tervane University|ORG]] said the books were old. " +
				"The head of [[Tervane University Library Services|ORG]] agreed.",
			want: []string{`org:tervane-university ORG "Tervane University"`, `org:tervane-university-library-services ORG "Tervane University Library Services"`},
		},
		{
			name: "a parliament and its rules committee",
			marked: "Budget\n\nMembers met at the [[Tervane Parliament Rules Committee|ORG]] on Monday. " +
				"The bill then goes to a [[Tervane Parliament|ORG]] vote.",
			want: []string{`org:tervane-parliament ORG "Tervane Parliament"`, `org:tervane-parliament-rules-committee ORG "Tervane Parliament Rules Committee"`},
		},
		{
			name: "a generic body's name is left to the longer name",
			marked: "Budget\n\nMembers met at the [[Lower Chamber Steering Committee|ORG]] on Monday. " +
				"The bill then goes to a [[Lower Chamber|ORG]] vote.",
			want: []string{`org:lower-chamber-steering-committee ORG "Lower Chamber Steering Committee"`},
		},
		{
			name: "a firm's head is left to the longer name",
			marked: "Banks\n\nThe [[Quarbin Bank Board|ORG]] met. " +
				"[[Quarbin Bank|ORG]] said profits rose.",
			want: []string{`org:quarbin-bank-board ORG "Quarbin Bank Board"`},
		},
		{
			name: "a longer name that ends in no unit's word",
			marked: "Schools\n\nThe [[Tervane University Foundation|ORG]] gave money. " +
				"[[Tervane University|ORG]] said it was glad.",
			want: []string{`org:tervane-university-foundation ORG "Tervane University Foundation"`},
		},
	})
}
