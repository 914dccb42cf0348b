package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14p) drops a level of a scheme named by its number ("Key
// Stage 2", "Grade 5 Tervanian"), a name of a thing that the recognizer
// types as an organization. Its acronyms of things (a disease, an economic
// measure, a kind of network, a record's format) are in
// [names.ConceptAcronyms].

// levelWords are the words that name one level of a graded scheme when a
// number follows them.
var levelWords = names.Set{"stage": true, "stages": true, "level": true, "levels": true, "grade": true, "grades": true, "tier": true, "tiers": true}

// levelNumbered reports whether m is a name of two words or more ending
// in a level's word ([levelWords]) that a number follows in the text,
// "Key Stage 2", "Key Stages 1, 3 and 4": one level of a scheme (a school
// curriculum's, an exam's), no entity. A name of one word ("Level 42", a
// band) is left.
func levelNumbered(text string, m *mention) bool {
	if len(m.words) < 2 || !levelWords[m.words[len(m.words)-1]] || m.End+2 > len(text) {
		return false
	}
	rest := text[m.End:]
	return strings.HasPrefix(rest, " ") && rest[1] >= '0' && rest[1] <= '9'
}
