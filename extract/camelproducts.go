package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"
)

// camelLinkWords are the small words that may follow "a"/"an" or a
// possessive pronoun and a product's camel-case name, where a firm's name
// would take a noun: "bought a ZorbiPad to use at home", "their ZorbiPads
// and phones".
var camelLinkWords = names.Set{"to": true, "or": true, "and": true, "in": true, "on": true, "for": true,
	"with": true, "from": true, "at": true, "by": true, "as": true}

// camelOwners are the words that count a product or say whose it is; a
// firm's name takes them only before a noun ("a QuarbNet spokesman").
var camelOwners = names.Set{"a": true, "an": true, "my": true, "your": true, "his": true, "her": true, "its": true,
	"our": true, "their": true, "A": true, "An": true, "My": true, "Your": true, "His": true, "Her": true, "Its": true,
	"Our": true, "Their": true}

// camelProduct reports whether a one-word camel-case name typed as an
// organization is a product: "the", "a", "an" or a possessive pronoun
// ([camelOwners]) stands right before it and its phrase ends with it, a
// punctuation mark or a model's number following ("the ZorbiPad.", "the
// ZorbiStation 2", "own a ZorbiPad?", "her ZorbiPad."), or, after one of
// [camelOwners], a small linking word ("a ZorbiPad or a phone").
// [typeByWords] types every one-word camel-case name a firm by its shape (a
// typing this rule overrides); a firm is seldom counted or owned, and after
// "the" it takes a noun ("the QuarbNet deal") or a verb. The last part of
// the name must hold a lower-case letter, so a body's initials ("the
// DfQE.") are left.
func camelProduct(text string, m *mention) bool {
	if len(m.words) != 1 || m.typ != Org || !names.IsCamelCase(m.Name) {
		return false // the usual case, decided at once: no one-word camel-case firm
	}
	if !lowerTail(m.Name) || m.End >= len(text) || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	p, k := prevWordFast(text, m.Start)
	owned := camelOwners[p] // "a", "an" or a possessive pronoun
	if !owned && p != "the" && p != "The" {
		return false
	}
	if pp, _ := prevWordFast(text, k); pp == "at" {
		return false // "a concert at the QuarbDome.": a venue
	}
	n, _ := nextWord(text, m.End+1)
	switch c := text[m.End]; {
	case c == ',':
		// "the QuarbNet, Zorbi and Lemmo sites": names listed before
		// their shared noun.
		r, _ := utf8.DecodeRuneInString(n)
		return !unicode.IsUpper(r)
	case c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')' || c == '"':
		return true
	case c != ' ':
		return false
	}
	if n == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(n); unicode.IsDigit(r) {
		return true
	}
	return owned && camelLinkWords[n]
}

// lowerTail reports whether the part of w after its last capital letter
// holds a lower-case letter: "ZorbiPad", not "DfQE".
func lowerTail(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) {
			lower = false
		} else if unicode.IsLower(r) {
			lower = true
		}
	}
	return lower
}
