package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12h's cue of a player by his play: a name of a
// first name and a surname that the recognizer typed as a place is a
// person's when a move of a game is his ("Tom Zorbit's long throw", "a
// Tom Zorbit header") or ", who" follows it ("Tom Zorbit, who ended the
// game in goal"). Teams, typed as organizations, are not asked: "Quarbin
// United's corner" stays a club's.

// playMoves are the nouns of a player's move in a game that may follow
// his name or its possessive.
var playMoves = names.Set{"header": true, "cross": true, "shot": true, "throw": true, "throw-in": true,
	"free-kick": true, "volley": true, "pass": true, "corner": true, "strike": true, "tackle": true,
	"penalty": true, "through-ball": true, "clearance": true, "backpass": true, "back-pass": true}

// playerPlays reports whether m is a person's name by a move of his or
// ", who" after it: two or three capitalized words typed as a place, the
// first a first name of the gazetteer that is no common word, the whole
// no place the tables or the gazetteer know, then ", who", or a move
// ([playMoves]) right after the name, after its possessive, or after the
// possessive and one lower-case word ("'s long throw").
func (r *Resolver) playerPlays(text string, m *mention) bool {
	if m.typ != Location || m.ruled() || m.acronym || len(m.words) < 2 || len(m.words) > 3 || m.End >= len(text) {
		return false
	}
	rest := text[m.End:min(len(text), m.End+40)]
	if !strings.HasPrefix(rest, ", who ") && !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") &&
		!strings.HasPrefix(rest, " ") {
		return false
	}
	if !r.playCue(rest) {
		return false
	}
	g := placeGaz()
	if g == nil || !g.FirstName(m.words[0]) || ner.CommonWord(m.words[0]) || anyOrgWord(m.words) ||
		r.t.KnownPlace(m.key) || g.PlaceName(m.words) {
		return false
	}
	_, known := names.Known(m.Name)
	return !known
}

// playCue reports whether the text right after a name, rest, opens with
// ", who " or a move of play ([playMoves]) at once, after a possessive,
// or after a possessive and one lower-case word.
func (r *Resolver) playCue(rest string) bool {
	if strings.HasPrefix(rest, ", who ") {
		return true
	}
	poss := false
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		poss = true
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s")
	}
	ws := strings.Fields(rest)
	for i, w := range ws {
		if i > 1 || i == 1 && !poss {
			return false
		}
		w = strings.TrimRight(w, ",.;:")
		if playMoves[w] {
			return true
		}
		if w == "" || upperWord(w) {
			return false
		}
	}
	return false
}

// playerLists types as people the article's names of players by their
// play ([Resolver.playerPlays]) and every other mention of the same name
// typed as a place.
func (r *Resolver) playerLists(a *article) {
	var keys []string
	for _, m := range a.ms {
		if m.typ == Location && (r.playerPlays(a.text, m) ||
			r.playerBefore(a.text, m)) {
			keys = append(keys, m.key)
		}
	}
	if keys == nil {
		return
	}
	for _, m := range a.ms {
		if m.typ == Location && !m.ruled() && containsString(keys, m.key) {
			m.typ, m.typed = Person, true
		}
	}
}
