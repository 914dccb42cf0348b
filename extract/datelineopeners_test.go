package extract

import "testing"

// TestDatelinePersonOpeners checks on sentences of our own that one common
// word glued before a person's full name after a dateline's dash is cut,
// and nothing else.
func TestDatelinePersonOpeners(t *testing.T) {
	checkOneSpan(t, []oneSpanCase{
		{"a town and a bracketed wire", "TERVANIA CITY (Wire) - [[Teenager Tomas Vell|PER]] signed for the club.", "Tomas Vell"},
		{"a wire alone", "WIRE - [[Veteran Maria Okafor|PER]] won again.", "Maria Okafor"},
		{"a dash inside a sentence", "The club - [[Teenager Tomas Vell|PER]] said - won.", "Teenager Tomas Vell"},
		{"a given name first", "WIRE - [[Mark Ann Vell|PER]] won again.", "Mark Ann Vell"},
		{"no capitalized word after the given name", "WIRE - [[Teenager Tomas|PER]] won again.", "Teenager Tomas"},
		{"no given name after the word", "WIRE - [[Teenager Quarb Vell|PER]] won again.", "Teenager Quarb Vell"},
		{"a firm's span", "WIRE - [[Teenager Tomas Vell|ORG]] won again.", "Teenager Tomas Vell"},
	}, datelinePersonOpeners)
}
