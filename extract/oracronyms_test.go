package extract

import "testing"

// TestOrDefinedAcronym checks, on sentences of our own, that an acronym
// given after "or" and spelt by the initials of the lower-case words
// before it is a term, no node, wherever the article writes it
// ([orDefinedAcronym]); and the readings left: a name's capitals before
// "or", letters that are not the initials, a possessive after.
func TestOrDefinedAcronym(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a term and its acronym after or",
			marked: "Rules\n\nA swap called an exchange of ready goods or [[ERG|ORG]], is new. Before an [[ERG|ORG]] both trade.",
			want:   nil,
		},
		{
			name:   "a name before or",
			marked: "Rules\n\n[[Tervane Ready Goods|ORG]] or [[TRG|ORG]] said it agreed.",
			want:   []string{`org:tervane-ready-goods ORG "Tervane Ready Goods"`},
		},
		{
			name:   "not the initials",
			marked: "Rules\n\nShares rose in trading of ready goods or [[QXT|ORG]] today.",
			want:   []string{`org:qxt ORG "QXT" partial`},
		},
		{
			name:   "a possessive after",
			marked: "Rules\n\nIt sold an exchange of ready goods or [[ERG|ORG]]'s unit.",
			want:   []string{`org:erg ORG "ERG" partial`},
		},
	})
}
