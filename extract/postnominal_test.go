package extract

import "testing"

// TestPostNominals checks on sentences of our own that the letters of an
// office are cut from people's names, and the letters alone are no entity.
func TestPostNominals(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "after and before the name",
			marked: "[[Ruth Kellan MP|PER]] met [[MEP Nigel Farrow|PER]] and [[Guy Mansell QC|PER]].",
			want:   []string{`person:guy-mansell PERSON "Guy Mansell"`, `person:nigel-farrow PERSON "Nigel Farrow"`, `person:ruth-kellan PERSON "Ruth Kellan"`},
		},
		{
			name:   "the letters alone or after a party",
			marked: "The [[QC|ORG]] said the [[Labour MP|ORG]] was right, [[Ann Rigby|PER]] said.",
			want:   []string{`org:labour-party ORG "Labour Party"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a firm whose name begins with the letters",
			marked: "[[MP Co|ORG]] said it would buy [[Orbis Inc|ORG]].",
			want:   []string{`org:mp ORG "MP Co"`, `org:orbis ORG "Orbis Inc."`},
		},
	})
}
