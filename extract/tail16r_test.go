package extract

import "testing"

// TestFullNameSpans checks, on notes and names of our own, that a firm's
// name given whole after "full name" is one organization's span, in lower
// case, cut at its "and" or at its "of"; and that a note with no name, a
// sentence that runs on after the name, a name with no suffix or head, a
// plural "full names" and a name with a number are left.
func TestFullNameSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a lower-case name, its first words cut",
			marked: "Vellmark results\n\nNet profit rose. NOTE: full name of company is vellmark [[tervane holdings Inc.|ORG]]",
			want:   []string{`org:vellmark-tervane ORG "vellmark tervane holdings Inc."`},
		},
		{
			name:   "a lower-case name, its end in a span",
			marked: "Quarbin results\n\nNet profit rose. Full name of bank is quarbin savings and loan [[association of the lakes|ORG]].",
			want:   []string{`org:quarbin-savings-and-loan-association-of-the-lakes ORG "quarbin savings and loan association of the lakes"`},
		},
		{
			name:   "a lower-case name with no span",
			marked: "Quarbin results\n\nNet profit rose. Full name of bank is quarbin savings and loan association of the lakes.",
			want:   nil,
		},
		{
			name:   "a lower-case name opening with a given name",
			marked: "Vell results\n\nNet profit rose. NOTE: full name of company is robert [[vell holdings Inc.|ORG]]",
			want:   []string{`org:vell ORG "vell holdings Inc."`},
		},
		{
			name:   "a name cut at its and, two spans",
			marked: "Tervane results\n\nNet profit rose. Full name is [[Tervane|ORG]] and [[Okafor Holdings Plc|ORG]] <TOH.L>.",
			want:   []string{`org:okafor ORG "Okafor Holdings Plc"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a name cut before its last word",
			marked: "Vell results\n\nNet profit rose. Full name [[Vell Street Income|ORG]] [[Securities Inc.|ORG]]",
			want:   []string{`org:vell-street-income-securities ORG "Vell Street Income Securities Inc."`},
		},
		{
			name:   "a name cut at its of",
			marked: "Quarbin results\n\nNet profit rose. Full name of company is [[Quarbin Bancshares|ORG]] of the [[Lakes Inc.|ORG]]",
			want:   []string{`org:quarbin-bancshares-of-the-lakes ORG "Quarbin Bancshares of the Lakes Inc."`},
		},
		{
			name:   "a name whole already",
			marked: "Vell results\n\nNet profit rose. Full name is [[Vell Tervane Systems Inc.|ORG]]",
			want:   []string{`org:vell-tervane-systems ORG "Vell Tervane Systems Inc."`},
		},
		{
			name:   "a sentence that runs on after the name",
			marked: "Okafor results\n\nNet profit rose. Full name is [[Okafor Systems Inc|ORG]] and it is a unit of [[Quarbin Resources|ORG]].",
			want:   []string{`org:okafor-systems ORG "Okafor Systems Inc"`, `org:quarbin-resources ORG "Quarbin Resources"`},
		},
		{
			name:   "no name after the cue",
			marked: "Vell results\n\nNet profit rose. See full name of company. [[Vell Tervane Corp|ORG]] said sales rose.",
			want:   []string{`org:vell-tervane ORG "Vell Tervane Corp"`},
		},
		{
			name:   "no suffix or head at the end",
			marked: "Vell results\n\nShe gave the full name as [[Ann Vell|PER]] and [[Tom Okafor|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-okafor PERSON "Tom Okafor"`},
		},
		{
			name:   "a name followed by a number",
			marked: "Vell results\n\nFull name is [[Vell|ORG]] and [[Okafor Trust|ORG]] 1987 figures restated.",
			want:   []string{`org:okafor-trust ORG "Okafor Trust"`, `org:vell ORG "Vell" partial`},
		},
		{
			name:   "a lower-case name followed by a number",
			marked: "Vell results\n\nNet profit rose. Full name is vell [[okafor holdings inc|ORG]] 1987 figures restated.",
			want:   []string{`org:okafor ORG "okafor holdings inc"`},
		},
		{
			name:   "a sentence that runs on in lower case",
			marked: "Okafor results\n\nNet profit rose. Full name is [[Okafor Systems Inc|ORG]] which owns [[Quarbin Holdings Inc|ORG]].",
			want:   []string{`org:okafor-systems ORG "Okafor Systems Inc"`, `org:quarbin ORG "Quarbin Holdings Inc."`},
		},
		{
			name:   "a person's full name",
			marked: "Vell named\n\nThe new chairman was named. His full name is [[Ann Vell Okafor|PER]].",
			want:   []string{`person:ann-vell-okafor PERSON "Ann Vell Okafor"`},
		},
	})
}
