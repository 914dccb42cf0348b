package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// squadNamedClub reports whether span c, typed a person, in brackets after
// a player's name in a squad list ([squadClubs]), is a club's name of two
// to four capitalized words with no digit up to the bracket's end or a
// comma, that opens with no given name the gazetteer knows:
// "Ann Vell (Stade Quarbin), Ivo Marlow (Tervane)". A club named by its
// kind and its town ("Stade", "Racing", "Sporting") is read by the
// recognizer as a person's name as often; a person in brackets after a
// player opens with a given name ("(Ann Vell)"), and a film or a part
// after a nominee in a list of the same shape keeps its own rule
// ([castBracket] reads the organization as well) (tail15l).
func squadNamedClub(toks []text.Token, c Span) bool {
	if c.Type != Person || c.End-c.Start < 2 || c.End-c.Start > 4 || c.Start >= len(toks) {
		return false
	}
	for e := c.Start; e < len(toks) && e < c.Start+6; e++ {
		w := toks[e].Text
		if w == ")" || w == "," {
			return !givenName(toks[c.Start].Text) // the brackets' words end here ("(Stade Quarbin, capt)")
		}
		if !names.IsCapitalized(w) || strings.ContainsAny(w, "0123456789") {
			return false // "(Ivo Marlo 75)": a substitute and his minute, inside the span or after it
		}
	}
	return false
}
