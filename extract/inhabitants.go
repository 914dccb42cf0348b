package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12n) drops a town's inhabitant that the recognizer took
// for a person or a body: "the 25-year-old Tervaner" of Tervane, "Tervaners
// want work". The word is a known place and "er" or "ers", a demonym of a
// town (a word of no entity, as the country demonyms are). One of them
// alone is read so only after an article, an age or "fellow", where a
// surname ("Berliner", a man's) is not written; the plural needs no cue.

// placeInhabitant reports whether a span of one word is a known place's
// inhabitant noun.
func (r *Resolver) placeInhabitant(text string, ws []word, typ Type) bool {
	if len(ws) != 1 || typ != Person && typ != Org {
		return false
	}
	w := ws[0].text
	stem, plural := strings.CutSuffix(w, "ers")
	if !plural {
		var ok bool
		if stem, ok = strings.CutSuffix(w, "er"); !ok {
			return false
		}
	}
	if len(stem) < 4 || !names.IsCapitalized(stem) || !r.t.KnownPlace(names.Key(stem)) {
		return false
	}
	if plural {
		return true
	}
	p, _ := prevWord(text, ws[0].start)
	p = strings.ToLower(p)
	return p == "the" || p == "a" || p == "fellow" || strings.HasSuffix(p, "-year-old")
}
