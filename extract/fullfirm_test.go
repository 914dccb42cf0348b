package extract

import "testing"

// TestPlaceFirmFirst checks, on sentences of our own, that a one-word name
// taken for a person is the company "X of Place Inc" the article names in
// full, unless the article names it as a person.
func TestPlaceFirmFirst(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the short name of a firm named after a place",
			marked: "Deal\n\n[[Halvex Corp|ORG]] will buy [[Quarbinet of Nevada Inc|ORG]]. [[Quarbinet|PER]] reported a profit; [[Quarbinet|PER]] makes feed.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `org:quarbinet-of-nevada ORG "Quarbinet of Nevada Inc."`},
		},
		{
			name:   "a person by a title",
			marked: "Deal\n\n[[Halvex Corp|ORG]] will buy [[Quarbinet of Nevada Inc|ORG]]. Mr [[Quarbinet|PER]] said the price was fair.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `org:quarbinet-of-nevada ORG "Quarbinet of Nevada Inc."`, `person:quarbinet PERSON "Quarbinet" partial`},
		},
		{
			name:   "no suffix: a body, not a firm",
			marked: "Talks\n\n[[Quarbinet of Nevada|ORG]] met. [[Quarbinet|PER]] spoke for an hour.",
			want:   []string{`org:quarbinet-of-nevada ORG "Quarbinet of Nevada"`, `person:quarbinet PERSON "Quarbinet" partial`},
		},
		{
			name:   "no place after of",
			marked: "Deal\n\n[[Quarbinet of Tervane Inc|ORG]] sold a unit. [[Quarbinet|PER]] spoke for an hour.",
			want:   []string{`org:quarbinet-of-tervane ORG "Quarbinet of Tervane Inc"`, `person:quarbinet PERSON "Quarbinet" partial`},
		},
	})
}

// TestBlendedFirm checks that a one-word name taken for a person, blended
// of a company's words' beginnings, is the company the article writes with
// its suffix.
func TestBlendedFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "blended of two words",
			marked: "Plans\n\nThe [[Tervane Quarbin Co Ltd|ORG]] said it would invest. [[Terquar|PER]] did not name any stakes.",
			want:   []string{`org:tervane-quarbin ORG "Tervane Quarbin Co Ltd"`},
		},
		{
			name: "the first word of another firm before a blend",
			marked: "Plans\n\n[[Terquar Velt KK|ORG]] and [[Marlow Oil Co|ORG]] agreed a project. " +
				"[[Terquar|PER]] is a unit of [[Tervane Quarbin KK|ORG]].",
			want: []string{`org:marlow-oil ORG "Marlow Oil Co"`, `org:terquar-velt ORG "Terquar Velt KK"`, `org:tervane-quarbin ORG "Tervane Quarbin KK"`},
		},
		{
			name:   "no syllable of a small word",
			marked: "Plans\n\nThe [[Velandor and Quarbin Co Ltd|ORG]] said it would invest. [[Velan|PER]] did not name any stakes.",
			want:   []string{`org:velandor-and-quarbin ORG "Velandor and Quarbin Co Ltd"`, `person:velan PERSON "Velan" partial`},
		},
		{
			name:   "no suffix",
			marked: "Plans\n\nThe [[Tervane Quarbin|ORG]] group said it would invest. [[Terquar|PER]] did not name any stakes.",
			want:   []string{`org:tervane-quarbin ORG "Tervane Quarbin"`, `person:terquar PERSON "Terquar" partial`},
		},
		{
			name:   "a person by a pronoun",
			marked: "Plans\n\nThe [[Tervane Quarbin Co Ltd|ORG]] said it would invest. [[Terquar|PER]] said he would not.",
			want:   []string{`org:tervane-quarbin ORG "Tervane Quarbin Co Ltd"`, `person:terquar PERSON "Terquar" partial`},
		},
	})
}

// TestAndNamedLonger checks that a company's short name links to the
// longer name the article writes with "and" after it.
func TestAndNamedLonger(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the short form before and",
			marked: "Filing\n\n[[Quarbin Research and Management Group|ORG]] filed for protection. [[Quarbin Research|ORG]] also said it owes money.",
			want:   []string{`org:quarbin-research-and-management-group ORG "Quarbin Research and Management Group"`},
		},
		{
			name:   "a short form with a suffix of its own is a firm of its own",
			marked: "Filing\n\n[[Quarbin Research and Management Group|ORG]] filed. [[Quarbin Research Inc|ORG]] also said it owes money.",
			want:   []string{`org:quarbin-research ORG "Quarbin Research Inc"`, `org:quarbin-research-and-management-group ORG "Quarbin Research and Management Group"`},
		},
		{
			name:   "no company word at the end",
			marked: "Filing\n\n[[Quarbin Research and Management Vell|ORG]] met. [[Quarbin Research|ORG]] also said it owes money.",
			want:   []string{`org:quarbin-research ORG "Quarbin Research"`, `org:quarbin-research-and-management-vell ORG "Quarbin Research and Management Vell"`},
		},
	})
}

// TestMisspeltFirm checks that a one-word name taken for a person, one
// letter off the first word the article shortens a company to, is that
// company.
func TestMisspeltFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a letter dropped",
			marked: "Credit\n\n[[Halvex Corp|ORG]] said its [[Quarbinton Industries Inc|ORG]] unit got credit. " +
				"The bank will lend [[Quarbinton|ORG]] money, and [[Quarbiton|PER]] was granted a security interest.",
			want: []string{`org:halvex ORG "Halvex Corp"`, `org:quarbinton-industries ORG "Quarbinton Industries Inc"`},
		},
		{
			name: "the first word never alone",
			marked: "Credit\n\n[[Halvex Corp|ORG]] said its [[Quarbinton Industries Inc|ORG]] unit got credit. " +
				"[[Quarbiton|PER]] was granted a security interest.",
			want: []string{`org:halvex ORG "Halvex Corp"`, `org:quarbinton-industries ORG "Quarbinton Industries Inc"`, `person:quarbiton PERSON "Quarbiton" partial`},
		},
		{
			name: "a person by a pronoun",
			marked: "Credit\n\n[[Quarbinton Industries Inc|ORG]] got credit. The bank will lend [[Quarbinton|ORG]] money. " +
				"[[Quarbiton|PER]] said he was pleased.",
			want: []string{`org:quarbinton-industries ORG "Quarbinton Industries Inc"`, `person:quarbiton PERSON "Quarbiton" partial`},
		},
		{
			name: "a letter more at the end",
			marked: "Credit\n\n[[Quarbinton Industries Inc|ORG]] got credit. The bank will lend [[Quarbinton|ORG]] money. " +
				"[[Quarbintons|PER]] was granted a security interest.",
			want: []string{`org:quarbinton-industries ORG "Quarbinton Industries Inc"`, `person:quarbintons PERSON "Quarbintons" partial`},
		},
	})
}

func TestOneLetterInside(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"quarbiton", "quarbinton", true},
		{"quarbinton", "quarbiton", true},
		{"quarbinton", "quarbintons", false},
		{"quarbinton", "xquarbinton", false},
		{"quarbinton", "quarbinton", false},
		{"qrbin", "qrbinn", false},
		{"quarbiton", "quarbinxon", false},
	} {
		if got := oneLetterInside(tt.a, tt.b); got != tt.want {
			t.Errorf("oneLetterInside(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFullFirmCue checks that a bank's "Banc" word and ", owners of" after
// a name make a firm of a name taken for a place or a person.
func TestFullFirmCue(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a Banc word in a place's name",
			marked: "Results\n\nExcluding [[Halvex|ORG]] and [[Tervane Bancwest|LOC]], loans grew.",
			want:   []string{`org:halvex ORG "Halvex" partial`, `org:tervane-bancwest ORG "Tervane Bancwest"`},
		},
		{
			name:   "a misspelt Bancorp in a person's name",
			marked: "Results\n\nThe purchase of [[Tervane Bancorpration|PER]] slowed growth.",
			want:   []string{`org:tervane-bancorpration ORG "Tervane Bancorpration"`},
		},
		{
			name:   "Bancroft is a surname",
			marked: "Film\n\nThe actress [[Ann Bancroft|PER]] won.",
			want:   []string{`person:ann-bancroft PERSON "Ann Bancroft"`},
		},
		{
			name:   "a name typed MISC is left",
			marked: "Results\n\nThe bank sold [[Banca d'Tervane|MISC]] last year.",
			want:   nil,
		},
		{
			name:   "owners of",
			marked: "Ferry\n\n[[Vell Torsen|PER]], owners of the ferry, said most were rescued.",
			want:   []string{`org:vell-torsen ORG "Vell Torsen"`},
		},
		{
			name:   "the owners before",
			marked: "Ferry\n\nA spokesman for the owners, [[Vell Torsen|PER]], said most were rescued.",
			want:   []string{`org:vell-torsen ORG "Vell Torsen"`},
		},
		{
			name:   "the owners of after, the line broken",
			marked: "Ferry\n\n[[Vell Torsen|PER]], the owners of\nthe ferry, said most were rescued.",
			want:   []string{`org:vell-torsen ORG "Vell Torsen"`},
		},
		{
			name:   "the owners, and a name after a comma in a list",
			marked: "Ferry\n\nThe crew, the owners and [[Vell Torsen|PER]] said most were rescued.",
			want:   []string{`person:vell-torsen PERSON "Vell Torsen"`},
		},
		{
			name:   "owner of: one person",
			marked: "Ferry\n\n[[Vell Torsen|PER]], owner of the ferry, said most were rescued.",
			want:   []string{`person:vell-torsen PERSON "Vell Torsen"`},
		},
	})
}
