package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14l) holds the cue by which a name before "product" is a
// product line: "product line", "product lines" or "product family" after
// it ("the Quarbin Sleep Aid product line", "its Zorbit product family").
// [productNounAfter] asks it where "product" follows the name.

// productLineNouns follow "product" after a product line's name.
var productLineNouns = names.Set{"line": true, "lines": true, "family": true}

// productLineAt reports whether the word after end, the end of "product",
// is a word of [productLineNouns], maybe before a mark.
func productLineAt(text string, end int) bool {
	w, _ := nextWord(text, end)
	return productLineNouns[strings.TrimRight(w, ",.;:)")]
}
