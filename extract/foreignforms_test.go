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
