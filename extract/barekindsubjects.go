package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13d) reads a body's kind noun before a name that a verb
// follows when a bare modifier opens the kind: "US TV network Quarbin has
// admitted", "record label Zorbit said", "trade union Lemmo Vell will".
// [kindSubjectType] leaves bodies' kinds out, since "the union Ann Vell
// leads" reads the same way: a clause that describes the kind. Without a
// determiner of its own the kind noun opens no such clause; its phrase is
// a name's apposition, as "rap group Zorbit have" is.

// bareKindSubject returns Org when a name typed a person or a place
// follows a body's kind ([bodyKinds], [pressKinds], [broadcastKind]) that
// a word other than a determiner ([kindTheDeterminers]) or a possessive
// opens, and a word of [clauseWords] follows the name ([kindSubject]); or
// "". A place the tables know, a country, a demonym and a name of an
// organization's words are left, as [kindNounType] leaves them (measured:
// without the first, a capital after such a kind in one AG News story
// became a body); a town the tables do not know is a club's name after
// "club" ("rugby club Tervane said": a club by its town is the club).
func bareKindSubject(text string, m *mention) Type {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 ||
		m.Title != "" || len(m.words) == 0 || len(m.words) > 3 || !kindSubject(text, m.End) {
		return ""
	}
	k, ks := prevWordFast(text, m.Start)
	if !bodyKinds[k] && !pressKinds[k] && !broadcastKind(text, m, k) {
		return ""
	}
	q, _ := prevWordFast(text, ks)
	if q == "" || kindTheDeterminers[strings.ToLower(q)] || possessiveEnd(q) || strings.ContainsAny(q, `.,;:!?"'`) {
		return ""
	}
	if t := names.Tables(); t.KnownPlace(m.key) || t.IsDemonym(m.key) || looksLikeOrg(m) {
		return ""
	}
	return Org
}
