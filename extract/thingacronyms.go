package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14p) drops two kinds of names of things that the
// recognizer types as organizations: more acronyms of things
// ([thingAcronyms]: a disease, an economic measure, a kind of network, a
// record's format), and a level of a scheme named by its number ("Key
// Stage 2", "Grade 5 Tervanian").

// thingAcronyms are acronyms of things, not of entities, beside
// [names.ConceptAcronyms]: tuberculosis ("a test for TB"), foreign direct
// investment ("allowing FDI in"), a (wireless) local area network ("a
// wireless LAN card"), an extended-play record ("their new EP"). The
// resolver keeps them where the article spells one out as a body's name
// ([spelledOut]: "the European Parliament (EP)").
var thingAcronyms = names.Set{"tb": true, "fdi": true, "lan": true, "wlan": true, "ep": true}

// conceptAcronym reports whether key is the acronym of a thing:
// [names.ConceptAcronyms] or [thingAcronyms].
func conceptAcronym(key string) bool {
	return names.ConceptAcronyms[key] || thingAcronyms[key]
}

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
