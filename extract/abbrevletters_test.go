package extract

import "testing"

// TestAbbrevAfterName checks [abbrevAfterName]: an abbreviation in
// brackets or between commas right after an organization's name, whose
// letters are read within the name's words, is that name's.
func TestAbbrevAfterName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a letter within a word, in brackets",
			marked: "Cocoa\n\nThe [[Quarbin Cocoa Organization|ORG]] ([[QCCO|ORG]]) met today. The [[QCCO|ORG]] said stocks rose.",
			want:   []string{`org:quarbin-cocoa-organization ORG "Quarbin Cocoa Organization"`},
		},
		{
			name:   "a legal form left out, a letter within a word",
			marked: "Shares\n\nThe [[Tervane Stock Exchange Ltd|ORG]] ([[TSEX|ORG]]) opened a floor. [[TSEX|ORG]] said trade was brisk.",
			want:   []string{`org:tervane-stock-exchange ORG "Tervane Stock Exchange Ltd"`},
		},
		{
			name:   "square brackets",
			marked: "Oil\n\nIt bought a stake in [[Harlen Oil Co|ORG]] [[[HROC|ORG]]] and said [[HROC|ORG]] would grow.",
			want:   []string{`org:harlen-oil ORG "Harlen Oil Co"`},
		},
		{
			name:   "between commas",
			marked: "Meat\n\nThe [[Tervane Meat Institute|ORG]], [[TEMI|ORG]], said prices fell. [[TEMI|ORG]] asked for aid.",
			want:   []string{`org:tervane-meat-institute ORG "Tervane Meat Institute"`},
		},
		{
			name:   "three letters only, left to the corpus",
			marked: "Shares\n\nThe [[Tervane Stock Exchange Ltd|ORG]] ([[TSX|ORG]]) opened a floor. [[TSX|ORG]] said trade was brisk.",
			want:   []string{`org:tervane-stock-exchange ORG "Tervane Stock Exchange Ltd"`, `org:tsx ORG "TSX" partial`},
		},
		{
			name:   "initials in another order",
			marked: "Funds\n\nThe [[Tervane Investment and Quarbin Corp|ORG]] ([[TQIC|ORG]]) bought stakes.",
			want:   []string{`org:tervane-investment-and-quarbin ORG "Tervane Investment and Quarbin Corp"`, `org:tqic ORG "TQIC" partial`},
		},
		{
			name:   "a first letter that opens no word of the name",
			marked: "Oil\n\nIt bought a stake in [[Harlen Oil Co|ORG]] ([[ZHOC|ORG]]) and said [[ZHOC|ORG]] would grow.",
			want:   []string{`org:harlen-oil ORG "Harlen Oil Co"`, `org:zhoc ORG "ZHOC" partial`},
		},
		{
			name:   "a letter the name lacks",
			marked: "Oil\n\nIt bought a stake in [[Harlen Oil Co|ORG]] ([[HROX|ORG]]) and said [[HROX|ORG]] would grow.",
			want:   []string{`org:harlen-oil ORG "Harlen Oil Co"`, `org:hrox ORG "HROX" partial`},
		},
		{
			name:   "a list of firms, no comma after the letters",
			marked: "Oil\n\nBuyers were [[Harlen Oil Co|ORG]], [[HOLC|ORG]] and others.",
			want:   []string{`org:harlen-oil ORG "Harlen Oil Co"`, `org:holc ORG "HOLC" partial`},
		},
	})
}

// TestLettersAbbreviate checks [lettersAbbreviate] and [writtenInitials].
func TestLettersAbbreviate(t *testing.T) {
	for _, c := range []struct {
		letters, name   string
		abbrev, initial bool
	}{
		{"tsx", "Tervane Stock Exchange Ltd", true, false},
		{"qcco", "Quarbin Cocoa Organization", true, false},
		{"tse", "Tervane Stock Exchange Ltd", true, true},
		{"tsel", "Tervane Stock Exchange Ltd", true, true},
		{"xse", "Tervane Stock Exchange", false, false},
		{"tsq", "Tervane Stock Exchange", false, false},
		{"t", "Tervane Stock Exchange", false, false},
		{"zorb", "Zorbex Commodity Exchange", false, false}, // one word spells it
		{"vofog", "Vell of Ostrava Group", false, false},    // a small word gives two
		{"unquc", "U.N. Quarbin Conference", false, false},  // a word with stops
		{"hoc", "Harlen Oil Co", true, true},
	} {
		if got := lettersAbbreviate(c.letters, c.name); got != c.abbrev {
			t.Errorf("lettersAbbreviate(%q, %q) = %v, want %v", c.letters, c.name, got, c.abbrev)
		}
		if got := writtenInitials(c.letters, c.name); got != c.initial {
			t.Errorf("writtenInitials(%q, %q) = %v, want %v", c.letters, c.name, got, c.initial)
		}
	}
}
