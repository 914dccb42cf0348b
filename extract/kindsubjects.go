package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the reading of a person's or a band's kind noun before
// a name that a verb follows: "comedian Lemmo Vell remains the favourite",
// "pop quartet Zorbit have reunited". The name is the subject of its
// clause, and the kind noun says what it is as much as when the noun
// phrase ends at a comma ([kindAfterOK]).

// clauseWords follow a name that is a clause's subject or ends a noun
// phrase before a preposition: "Ann Vell is", "Zorbit have", "Quarbin
// said", "Lemmo Vell in the camp". A verb of a relative clause that
// describes the kind noun ("the singer Ann Vell admires") is left out:
// such verbs are of any kind, these few seldom are.
var clauseWords = names.Set{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "should": true, "can": true, "may": true,
	"might": true, "must": true, "said": true, "says": true, "remains": true, "remained": true,
	"became": true, "becomes": true, "told": true, "added": true,
	"in": true, "at": true, "on": true, "from": true, "for": true, "with": true, "after": true, "during": true}

// spouseKinds are kin nouns that name a person without a possessive
// before them: "the arrival of husband Lemmo Vell". With "his" or "her"
// before them, and any kin noun, the name is [kinPerson]'s.
var spouseKinds = names.Set{"husband": true, "wife": true, "widow": true, "fiance": true, "fiancee": true}

// kindSubject reports whether a word of [clauseWords] follows a name
// that ends at end, after one space: "comedian Lemmo Vell remains".
func kindSubject(text string, end int) bool {
	if end >= len(text) || !lineGap(text, end) {
		return false
	}
	w, _ := nextWord(text, end)
	if i := strings.IndexAny(w, ",.;:\""); i > 0 {
		w = w[:i] // tail12q: a quotation glued to the comma, "said,\"The"
	}
	return clauseWords[w]
}

// kindSubjectType returns the type that a kind noun of a person or a band
// ([personKinds], [spouseKinds], [bandNouns]) right before a name gives it
// when a verb or a preposition follows the name ([kindSubject]) and the
// recognizer's type disagrees, or "": "comedian Lemmo remains" and
// "husband Ann Vell in" are people, "pop quartet Zorbit have" a band. A body's
// kind is left ("the union Ann Vell leads" reads the same way), and so
// are the names [kindNounType] leaves.
func kindSubjectType(text string, m *mention) Type {
	if m.typ == Person || m.typ == Misc || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 ||
		len(m.words) == 0 || len(m.words) > 3 || !kindSubject(text, m.End) {
		return ""
	}
	k := kindBefore(text, m)
	if k == "" {
		return ""
	}
	if t := names.Tables(); t.KnownPlace(m.key) || t.IsDemonym(m.key) {
		return ""
	}
	switch {
	case (personKinds[k] || spouseKinds[k] || scholarKind(k) || roleKind(k, m)) && !looksLikeOrg(m): // tail12q: scholarKind; tail14o: roleKind
		return Person
	case bandNouns[k] && m.typ == Location:
		return Org // a band typed a person is [bandCue]'s
	}
	return ""
}
