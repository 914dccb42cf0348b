package extract

import "testing"

// TestDatelineDash checks [datelineDash] through [sentenceStart]: the word
// after a dateline's dash opens a sentence; a dash inside a sentence
// opens none.
func TestDatelineDash(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"a town and a bracketed wire", "Head\n\nTERVANIA CITY (Wire) - Retailer Quarbin Corp said.", "Retailer", true},
		{"a town alone", "Head\n\nQUELLTOWN - Retailer Quarbin Corp said.", "Retailer", true},
		{"a bracketed wire of two words", "Head\n\nQUELLTOWN (Tervania News) - Retailer Quarbin Corp said.", "Retailer", true},
		{"a town and a comma", "Head\n\nQUELL, VELL - Retailer Quarbin Corp said.", "Retailer", true},
		// Negatives.
		{"a dash inside a sentence", "Head\n\nQuarbin Vell - Retailer Quarbin Corp said.", "Retailer", false},
		{"capitals after a lower-case word", "Head\n\nThe firm said QUELL - Retailer Quarbin said.", "Retailer", false},
		{"a date before the dash", "Head\n\nQUELLTOWN, March 3 - Retailer Quarbin said.", "Retailer", false},
		{"an open bracket", "Head\n\nQUELLTOWN (Wire - Retailer Quarbin said.", "Retailer", false},
		{"a line too long", "Head\n\nQUELLTOWN QUELLTOWN QUELLTOWN QUELLTOWN QUELLTOWN QUELLTOWN QUELLTOWN - Retailer Quarbin said.", "Retailer", false},
		{"nothing before the dash", "Head\n\n - Retailer Quarbin said.", "Retailer", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := indexWord(tt.text, tt.word)
			if got := sentenceStart(tt.text, i); got != tt.want {
				t.Errorf("sentenceStart(%q at %d) = %v, want %v", tt.text, i, got, tt.want)
			}
		})
	}
}

// indexWord returns the byte offset of the last occurrence of w in s.
func indexWord(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		if s[i:i+len(w)] == w {
			return i
		}
	}
	return -1
}
