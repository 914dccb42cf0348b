package text

import "testing"

// TestQuotePossessives checks, on words of our own, that a straight
// double quote typed for a possessive's apostrophe becomes one, and that
// quotations are left: a quote before a word that begins with "s", a
// quote that a letter follows after the "s", a quote after a space.
func TestQuotePossessives(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a country's possessive", `Tervania"s harvest rose.`, `Tervania's harvest rose.`},
		{"a firm's bracket before the possessive", `<Quarbin Corp>"s profit`, `<Quarbin Corp>'s profit`},
		{"a headline's capital S", `LUNMARK"S OUTPUT`, `LUNMARK'S OUTPUT`},
		{"the possessive at the text's end", `Amlow"s`, `Amlow's`},
		{"a quotation's closing quote before a word", `he said "no"so it went`, `he said "no"so it went`},
		{"a quote before a word in s", `the "super" deal and "sold" shares`, `the "super" deal and "sold" shares`},
		{"a quote after a space", `the "s" key`, `the "s" key`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quotePossessives(tt.in); got != tt.want {
				t.Errorf("quotePossessives(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
