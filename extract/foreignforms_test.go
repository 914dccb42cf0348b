package extract

import "testing"

// TestDanishForm checks, on sentences of our own, that a firm's "A/S" is
// read as its legal form: the name with it and without it are one firm of
// the type the form says, unless the article writes the name with another
// legal form too; the form alone is no entity.
func TestDanishForm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "names typed a person join the firm with its form, which types it",
			marked: "[[QUARVIK INDUSTRI|PERSON]] RAISES DIVIDEND\n\n[[Quarvik Industri A/S|ORG]] said it would raise its dividend. [[Quarvik Industri|PERSON]] said sales rose in Europe.",
			want:   []string{`org:quarvik-industri ORG "Quarvik Industri A/S"`},
		},
		{
			name:   "the name without the form is the same firm",
			marked: "Banks\n\n[[Lemmo Banken A/S|ORG]] said profits rose. [[Lemmo Banken|ORG]] will pay more.",
			want:   []string{`org:lemmo-banken ORG "Lemmo Banken A/S"`},
		},
		{
			name:   "a parent with another legal form stays apart",
			marked: "Tests\n\n[[Zorbit Plc|ORG]] said its [[Zorbit A/S|ORG]] subsidiary will sell the test.",
			want:   []string{`org:zorbit ORG "Zorbit Plc"`, `org:zorbit-a-s ORG "Zorbit A/S"`},
		},
		{
			name:   "the form alone is no entity",
			marked: "Blocks\n\nThe block went to [[Tervik|ORG]] (Norge) [[A/S|ORG]] and [[Quarvik Oil Co|ORG]].",
			want:   []string{`org:quarvik-oil ORG "Quarvik Oil Co."`, `org:tervik ORG "Tervik" partial`},
		},
	})
}

// TestFirmKey checks the key of an organization with and without "A/S".
func TestFirmKey(t *testing.T) {
	tests := []struct {
		key  string
		keep map[string]bool
		want string
	}{
		{"quarvik industri a s", nil, "quarvik industri"},
		{"quarvik ltd a s", nil, "quarvik"},
		{"quarvik industri ltd", nil, "quarvik industri"},
		{"a s", nil, "a s"},
		{"a s lemmo", nil, "a s lemmo"},
		{"zorbit a s", map[string]bool{"zorbit": true}, "zorbit a s"},
	}
	for _, tt := range tests {
		if got := firmKey(tt.key, tt.keep); got != tt.want {
			t.Errorf("firmKey(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// TestForeignFirmWord checks, on names of our own, that a word ending in a
// firm's legal form or a bank's kind in another language makes a name
// typed a person or a place a firm's, and that other names are left.
func TestForeignFirmWord(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a legal form written out",
			marked: "Orders\n\nThe order came from [[Quarvik Telefon Aktieselskab|PERSON]] last week.",
			want:   []string{`org:quarvik-telefon-aktieselskab ORG "Quarvik Telefon Aktieselskab"`},
		},
		{
			name:   "a bank's kind after a hyphen",
			marked: "Banks\n\nAnn Lemmo, chairman of [[Zorbit-Bankverein|LOCATION]], said rates would fall.",
			want:   []string{`org:zorbit-bankverein ORG "Zorbit-Bankverein"`},
		},
	})
	tests := []struct {
		typ   Type
		words []string
		want  bool
	}{
		{Person, []string{"lemmo", "handelsgesellschaft"}, true},
		{Location, []string{"quarvik", "sparkasse"}, true},
		{Location, []string{"quarvikbanken"}, false}, // a sea's bank
		{Location, []string{"tervank"}, false},
		{Person, []string{"ann", "lemmo"}, false},
		{Org, []string{"zorbit", "gesellschaft"}, false}, // already a firm
	}
	for _, tt := range tests {
		m := &mention{typ: tt.typ, words: tt.words, country: -1, agency: -1}
		if got := foreignFirmWord(m); got != tt.want {
			t.Errorf("foreignFirmWord(%s %q) = %v, want %v", tt.typ, tt.words, got, tt.want)
		}
	}
}
