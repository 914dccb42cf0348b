package extract

import "github.com/nergraph/nergraph/extract/text"

// This file (tail14y) lets [Resolver.squadClubs] read a town the
// recognizer typed a person in brackets after a player: "A Vell
// (Tervane, capt); K Zorn (Quarby)". In a squad list of three players or
// more a bracket after a player holds his club, and a word of one
// capitalized token that the tables or the gazetteer know as a place is a
// club named by its town, as the rule reads a span typed a place.

// squadTownPerson reports whether span c, typed a person, is one token
// that is a place the tables or the gazetteer know.
func (r *Resolver) squadTownPerson(toks []text.Token, c Span) bool {
	return c.Type == Person && c.End-c.Start == 1 && c.Start < len(toks) && r.placeWord(toks[c.Start].Text)
}
