package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14v) holds the cue by which a people's adjective and a
// body's common noun after "a" or "an" name no body: "a loan to a
// Quarbinian Bank and a Vellish firm", "an Orvan Company in Lemmo". The
// article leaves the bank unnamed; the capital is the writer's. A body the
// model's gazetteer knows by that name ("an Arab Bank official") is left.

// unnamedHeads are the common nouns of bodies read after the adjective.
var unnamedHeads = names.Set{"bank": true, "company": true, "firm": true, "consortium": true, "group": true}

// unnamedNext are the words after such a name that end its phrase: a
// conjunction or a preposition, where a staff noun ("an Orvan Bank
// spokesman") would make it a body's name used as an adjective.
var unnamedNext = names.Set{"and": true, "or": true, "in": true, "to": true, "for": true, "with": true,
	"from": true, "at": true, "which": true, "that": true}

// unnamedBody reports whether a name of two words typed ORG, a people's
// adjective and a word of [unnamedHeads], follows "a" or "an" and ends
// its phrase (a mark, or a word of [unnamedNext]), with no settled
// identity and no name of the gazetteer.
func (r *Resolver) unnamedBody(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 2 || !unnamedHeads[m.words[1]] || m.canon != "" || m.forced != "" || m.agency >= 0 {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "a" && p != "an" {
		return false
	}
	if !r.t.IsDemonym(m.words[0]) || placeGaz().KnownName(m.words, "ORG") || m.End >= len(text) {
		return false
	}
	if strings.IndexByte(",.;:)", text[m.End]) >= 0 {
		return true
	}
	w, _ := nextWord(text, m.End)
	return unnamedNext[w]
}
