package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15s) widens tail12h's cue of a player by his play
// ([Resolver.playerPlays], which reads the words after a name) to the
// words before it: a move of play and "from" ("a low cross from Tom
// Zorbit", "a header from Ivo Marle"), a defender's "pressure from" ("an
// own goal under pressure from Ari Quarbinen"), and a substitute's "in
// place of" ("recalled in place of Jean-Ivo Lemmo"). A name of two or
// three capitalized words the recognizer typed as a place, which no table
// nor the gazetteer knows as a place, is a person's there.

// fromMoves are the nouns before "from" that make the name after it the
// player who made the move: [playMoves] and a defender's "pressure".
func fromMove(w string) bool {
	return playMoves[w] || w == "pressure"
}

// playerBefore reports whether m is a person's name by the words right
// before it: a move of [fromMove] and "from", or "in place of" before a
// name whose first word (or its part before a hyphen, "Jean-Ivo") is a
// first name of the gazetteer. A place is written after neither ("a cross
// from the left"; "held in Tervane in place of Lemmo" names a venue, so
// "in place of" asks for a first name). The name is two or three
// capitalized words with no digit and no word of an organization, the
// first no common word, the whole no place the tables or the gazetteer
// know.
func (r *Resolver) playerBefore(text string, m *mention) bool {
	if m.typ != Location || m.ruled() || m.acronym || len(m.words) < 2 || len(m.words) > 3 || m.Start < 8 {
		return false
	}
	// The cheap question first: the name follows "from " or "of ".
	before := text[:m.Start]
	var needFirst bool
	switch {
	case strings.HasSuffix(before, " from "):
		p, _ := prevWordFast(text, m.Start-len("from "))
		if !fromMove(p) {
			return false
		}
	case strings.HasSuffix(before, " in place of "):
		needFirst = true
	default:
		return false
	}
	return r.playerName(m, needFirst)
}

// playerName reports whether m's words may be a player's name that the
// recognizer typed as a place: the guards of [Resolver.playerPlays] but
// the first name, asked only when needFirst.
func (r *Resolver) playerName(m *mention, needFirst bool) bool {
	// m.words are the key's, folded: the capitals are the name's.
	if strings.ContainsAny(m.Name, "0123456789") {
		return false
	}
	for _, w := range strings.Fields(m.Name) {
		if !upperWord(w) {
			return false
		}
	}
	g := placeGaz()
	if g == nil || anyOrgWord(m.words) || r.t.KnownPlace(m.key) || g.PlaceName(m.words) {
		return false
	}
	// The key's words are cut at a hyphen too: "jean" of "Jean-Ivo".
	first := m.words[0]
	if ner.CommonWord(first) || needFirst && !g.FirstName(first) {
		return false
	}
	_, known := names.Known(m.Name)
	return !known
}
