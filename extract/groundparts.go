package extract

import "strings"

// This file (tail16q) holds the cue by which a name the recognizer took
// for a person names a place named after one, by the common noun right
// after it and the article or possessive before it: a part of a ground or
// a training site ("the Ann Vell stand", "the club's nearby Tervane
// complex"). Ships ("the Quarbin Vell liner") are left: tail13m's
// namedthings.go found that "liner" moved a surname's link in another
// article.

// groundHeads follow the name of a ground's part or a sports site named
// after someone: "the Ann Vell stand", "the Tervane complex".
var groundHeads = []string{"stand", "complex"}

// groundPerson reports whether a name typed a person is a ground's part
// or a sports site by a word of [groundHeads] after it ([thingAfterPerson]).
func groundPerson(text string, m *mention) bool {
	return thingAfterPerson(text, m, groundHeads) || joinedGroundPerson(text, m) // tail17i: joinedGroundPerson
}

// thingAfterPerson reports whether a name of one to three words typed a
// person, which no table knows, is followed by one space and a word of
// heads that ends there (no letter, digit or hyphen goes on: "stand-in",
// "stands" are no head), and preceded by "the", "its", "their" or a
// possessive, maybe with one lower-case word between ("the club's nearby
// Tervane complex"). A person is not written between "the" and such a
// noun; "Ann Vell's stand" (a possessive after the name) is hers and is
// left, and so is "Ann Vell stand down" (no article before). Cost: a byte
// test and at most two prefix tests after the mention, then two words
// read back.
func thingAfterPerson(text string, m *mention, heads []string) bool {
	if !headAfterPerson(text, m, heads) {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if thingDeterminer(p) {
		return true
	}
	if !isLowerASCIIWord(p) {
		return false
	}
	q, _ := prevWordFast(text, ps)
	return thingDeterminer(q)
}

// headAfterPerson reports whether m is a name of one to three words typed
// a person, which no table knows, followed by one space and a word of
// heads that ends there ([wordEndsAt]).
func headAfterPerson(text string, m *mention, heads []string) bool {
	if m.typ != Person || m.canon != "" || len(m.words) == 0 || len(m.words) > 3 ||
		m.End+1 >= len(text) || text[m.End] != ' ' {
		return false
	}
	rest := text[m.End+1:]
	for _, h := range heads {
		if strings.HasPrefix(rest, h) && wordEndsAt(rest, len(h)) {
			return true
		}
	}
	return false
}

// wordEndsAt reports whether a word of s ends at i: s ends there, or a
// byte follows that is no letter, digit or hyphen.
func wordEndsAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	return !wordByte(s[i]) && s[i] != '-'
}

// thingDeterminer reports whether w may open the noun phrase of a thing
// named after someone: "the", "its", "their" or a possessive.
func thingDeterminer(w string) bool {
	switch w {
	case "the", "The", "its", "their":
		return true
	}
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}
