package text

import (
	"slices"
	"testing"
)

// TestFirmAbbrevsTitleCase checks, on sentences of our own, that the
// Portuguese, Spanish and French company word "Cia."/"Cie." in title case
// keeps its period and ends no sentence (tail14i), while "CIA." in
// capitals, an agency's acronym, and a lower-case "cia." still end one.
func TestFirmAbbrevsTitleCase(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"Cia. before the firm's words", "Miners Quarzo and Cia. Ferro Do Norte (CFN) agreed.",
			[]string{"Miners Quarzo and Cia. Ferro Do Norte ( CFN ) agreed ."}},
		{"Cie. before the firm's words", "It bought Cie. Tervane des Eaux last year.",
			[]string{"It bought Cie. Tervane des Eaux last year ."}},
		{"CIA. in capitals ends the sentence", "He worked for the CIA. Then he left.",
			[]string{"He worked for the CIA .", "Then he left ."}},
		{"a lower-case word ends the sentence", "They call it cia. Then they left.",
			[]string{"They call it cia .", "Then they left ."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(Tokenize(tt.in)); !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
