package extract

import "testing"

// TestListPeers checks that a name only the recognizer took for a person
// or a place is a firm in a list of firms, and that a person's name with a
// first name, a list with no "and", a list with as many weak names as
// firms, a list of firms only the recognizer knows, a name before a firm's
// name with a company's suffix (both perhaps one firm's) and a list that
// goes on past its last name are left alone; a
// surname of a person the article names in full stays with the person.
func TestListPeers(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a person among firms",
			marked: "Licence\n\nThe software is licensed by [[Quarbin Corp|ORG]], [[Zorbit Electronics Inc|ORG]], [[Tervane|ORG]] and [[Qovix|PER]].",
			want:   []string{`org:qovix ORG "Qovix" partial`, `org:quarbin ORG "Quarbin Corp"`, `org:tervane ORG "Tervane" partial`, `org:zorbit-electronics ORG "Zorbit Electronics Inc"`},
		},
		{
			name:   "a place among firms",
			marked: "Grain\n\n[[Quarbin Corp|ORG]], the [[Amlow|LOC]], [[Zorbit|ORG]] and [[Tervane|ORG]] were buyers of oats.",
			want:   []string{`org:amlow ORG "Amlow" partial`, `org:quarbin ORG "Quarbin Corp"`, `org:tervane ORG "Tervane" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a first name",
			marked: "Licence\n\nThe software is licensed by [[Quarbin Corp|ORG]], [[Zorbit Inc|ORG]] and [[Ann Qovix|PER]].",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit Inc"`, `person:ann-qovix PERSON "Ann Qovix"`},
		},
		{
			name:   "no and",
			marked: "Licence\n\nIt sells to [[Quarbin Corp|ORG]], [[Zorbit Inc|ORG]], [[Qovix|PER]] in the north.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit Inc"`, `person:qovix PERSON "Qovix" partial`},
		},
		{
			name:   "a surname",
			marked: "Licence\n\n[[Ann Qovix|PER]] is a lawyer. The software is licensed by [[Quarbin Corp|ORG]], [[Zorbit Inc|ORG]] and [[Qovix|PER]].",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit Inc"`, `person:ann-qovix PERSON "Ann Qovix"`},
		},
		{
			name:   "more weak names than firms",
			marked: "Licence\n\nThe software is licensed by [[Quarbin Corp|ORG]], [[Zorbit Inc|ORG]], [[Vextor|PER]] and [[Qovix|PER]].",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit Inc"`, `person:qovix PERSON "Qovix" partial`, `person:vextor PERSON "Vextor" partial`},
		},
		{
			name:   "no firm known apart from the recognizer",
			marked: "Licence\n\nThe software is licensed by [[Quarbin|ORG]], [[Zorbit|ORG]] and [[Qovix|PER]].",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:zorbit ORG "Zorbit" partial`, `person:qovix PERSON "Qovix" partial`},
		},
		{
			name:   "pieces of a firm's name",
			marked: "Offer\n\nThe shares are sold through [[Quarbin Corp|ORG]], [[Zorbit Inc|ORG]], [[Qovix|PER]], [[Vextor Hale Inc|ORG]] and [[Tervane Co|ORG]].",
			want:   []string{`org:qovix-vextor-hale ORG "Qovix, Vextor Hale Inc"`, `org:quarbin ORG "Quarbin Corp"`, `org:tervane ORG "Tervane Co."`, `org:zorbit ORG "Zorbit Inc"`}, // tail14k: pairPartnerSpans joins the pieces
		},
		{
			name:   "a list that goes on",
			marked: "Offer\n\nThe venture joins [[Quarbin Corp|ORG]], [[Zorbit Inc|ORG]] and [[Qovix|PER]] and Assoc.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit Inc"`, `person:qovix PERSON "Qovix" partial`},
		},
	})
}
