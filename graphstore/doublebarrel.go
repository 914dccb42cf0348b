package graphstore

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A double-barrelled surname is written whole: a sprinter called
// "Lewis-Francis" in every story of him is not the "Francis" of a
// football team's substitutes, though the key of his name, folded at the
// hyphen, ends in "francis" as a Francis's does. So a person whose name
// ends in two capitalized halves joined by a hyphen is a barred candidate
// of a lone name of the second half: he competes for a lone "Francis" (so
// that the name fitting him and another is still no one's by that alone)
// but does not take it, unless an article that gives him calls him so
// ([barrelHalf], asked by the candidates of a short name). The first half is left: a
// reporter does call a Kilroy-Silk "Kilroy". A half after a particle
// ("al-Sadr", "el-Baradei", "bin-Laden") is no double barrel: "Sadr" is
// al-Sadr.

// barrelParticles are the lower-case particles that open an Arabic or
// other surname joined by a hyphen.
var barrelParticles = names.Set{"al": true, "el": true, "bin": true, "ben": true, "ibn": true, "abu": true,
	"abd": true, "ul": true, "ud": true, "ad": true, "as": true, "ash": true, "at": true, "az": true}

// barrelHalf reports whether a surname look may not stand for the
// person f under rule, as the second half of his double-barrelled surname
// (see doubleBarrelTail) that no article linked to him in-article (ev, the
// short name's count among his aliases, is 0).
func barrelHalf(rule LinkRule, look string, f *fullInfo, ev int) bool {
	return (rule == RuleSurname || rule == RuleInitials) && f.typ == extract.Person && ev == 0 &&
		look == doubleBarrelTail(f.first)
}

// doubleBarrelTail returns the key of the second half of a person's
// double-barrelled surname, the last word of name (or the name, when it
// is the surname alone) written as two capitalized halves of two letters
// or more joined by one hyphen ("Mark Lewis-Francis", "Lewis-Francis":
// "francis"), or "" when the name ends otherwise.
func doubleBarrelTail(name string) string {
	// The last word: the whole name when it is the surname alone, which
	// the index takes for two words ("Simpson-Daniel").
	last := name[strings.LastIndexByte(name, ' ')+1:]
	head, tail, ok := strings.Cut(last, "-")
	if !ok || strings.Contains(tail, "-") || len(head) < 2 || len(tail) < 2 || barrelParticles[strings.ToLower(head)] ||
		!startsUpper(head) || !startsUpper(tail) {
		return ""
	}
	return names.Key(tail)
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
