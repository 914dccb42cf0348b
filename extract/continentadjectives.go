package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail15g) holds the adjectives of continents, which
// [demonymAdjective] reads as it reads a country's people's: "other Asian
// stock markets", "European shares fell". The tables hold them among
// [names.OtherDemonyms], with peoples and faiths ("Arab", "Catholic") and
// compass words ("Eastern", the short name of an airline in the wire's
// copy: "Eastern pilots"), which are left to the rules that read them.

// continentAdjectives are the adjectives of continents that the
// recognizer takes for a body when they stand alone before a noun.
var continentAdjectives = names.Set{"european": true, "asian": true, "african": true}
