package extract

import "github.com/nergraph/nergraph/internal/names"

// firmKindTails end a firm's or a foundation's name and no person's or
// place's: "Quarbin Brokerage", "the Ann Vell Trust", "Lemmo Research".
// "Centre" and "Center" are left: they end buildings' names as often
// ("the Quarbin Trade Center").
var firmKindTails = names.Set{"brokerage": true, "trust": true, "research": true}

// firmKindTail reports whether a name of two words or more the recognizer
// took for a person or a place ends in one of [firmKindTails] ("John
// Tervane Trust", "owner of Quarbin Brokerage"): a body. A name after
// "of" or "for" inside it ("Institute for Research") is a body's whatever
// its last word and is left to the rules of bodies; so are a name after a
// person's title ("Dr Lemmo Research") and a name that no rule may retype.
func firmKindTail(m *mention) bool {
	n := len(m.words)
	if n < 2 || !firmKindTails[m.words[n-1]] || m.typ != Person && m.typ != Location {
		return false
	}
	if m.Title != "" || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	p := m.words[n-2]
	return p != "of" && p != "for" && p != "and"
}
