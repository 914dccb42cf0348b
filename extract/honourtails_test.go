package extract

import (
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestHonourTails checks on sentences of our own that an honour's letters
// are cut from the end of a person's name ([trimPostNominals]), and left
// elsewhere.
func TestHonourTails(t *testing.T) {
	checkOneSpan(t, []oneSpanCase{
		{"after a person's full name", "The donor [[Ann Vell OBE|PER]] gave the money.", "Ann Vell"},
		{"after a knight's name", "Then [[Sir Tomas Okafor KBE|PER]] spoke.", "Sir Tomas Okafor"},
		{"after a firm's name", "Shares of [[Tervane MBE|ORG]] rose.", "Tervane MBE"},
		{"the letters alone", "She was given an [[OBE|PER]] in June.", "OBE"},
		{"a one-word name before them", "Then [[Vell OBE|PER]] spoke.", "Vell OBE"},
	}, func(_ string, sents []text.Sentence, spans []Span) []Span {
		trimPostNominals(sents, spans)
		return spans
	})
}
