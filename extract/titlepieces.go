package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// titlePiece reports whether a mention is a piece of a longer title of a
// work or an award, cut where the title's small words stand, so no name of
// its own (the whole title is a work):
//   - an award's head before "of the Year": "Blue Peter Book" of "the Blue
//     Peter Book of the Year", "BBC Sports Personality" of its award;
//   - a name after a capitalized common word and "of the", inside a
//     sentence: "Pops" of "Top of the Pops", "Mack" of "the single Return
//     of the Mack" (not "Hannah Ward of the Refugee Council", "Most of the
//     Malays", "Bank of the");
//   - a name after a capitalized "Of" or "And" inside a sentence, the small
//     words of a title written in Title Case: "Taylor Kennedy" of "The Rise
//     And Fall Of Taylor Kennedy";
//   - a first name taken for a person before "of the" and one capitalized
//     word that is no body's or place's: "Shaun" of "Shaun of the Dead".
//
// Acronyms and countries are never pieces: "One of the IOC's staff".
func titlePiece(text string, m *mention) bool {
	if m.typ == Country || m.acronym {
		return false
	}
	rest := text[m.End:]
	if strings.HasPrefix(rest, " of the Year") || workList(text, m) || awardList(text, m) {
		return true
	}
	if len(m.words) > 2 {
		return false
	}
	if orgWord(last(m.words)) {
		return false // "Head of the EC Delegation", "Order of the Quarbin Council"
	}
	p, ps := prevWordFast(text, m.Start)
	switch p {
	case "the", "The":
		q, qs := prevWordFast(text, ps)
		if q != "of" && q != "Of" {
			return false
		}
		h, hs := prevWordFast(text, qs)
		if !titleHead(text, h, hs) {
			return false
		}
		// At a sentence's start the head may be a noun of any kind
		// ("Withdrawal of the Gates nomination"): the same title inside
		// a sentence elsewhere in the article vouches for it.
		return !sentenceStart(text, hs) || titleElsewhere(text, text[hs:m.End], hs)
	case "Of", "And":
		h, hs := prevWordFast(text, ps)
		return upperWord(h) && strings.IndexFunc(h, isLowerRune) >= 0 && !sentenceStart(text, ps) && !lineStart(text, hs)
	}
	return m.typ == Person && len(m.words) == 1 && strings.HasPrefix(rest, " of the ") && personOfThe(text, m)
}

// titleElsewhere reports whether title, which begins at byte at, stands
// again in text inside a sentence.
func titleElsewhere(text, title string, at int) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], title)
		if j < 0 {
			return false
		}
		i += j
		if i != at && !sentenceStart(text, i) {
			return true
		}
		i += len(title)
	}
}

// isLowerRune reports whether r is a lower-case ASCII letter.
func isLowerRune(r rune) bool { return 'a' <= r && r <= 'z' }

// titleHead reports whether h, the word before "of the" that begins at hs,
// begins a title: a capitalized common word ("Top", "Return") that is no
// head of an organization's or a place's name ("Bank of the", "Isle of
// the"), no title of a person ("Prince of the"), no plural ("Fans of the")
// or quantity ("Most of the"), and not a surname after a given name
// ("Hannah Ward of the").
func titleHead(text, h string, hs int) bool {
	if h == "" || !upperWord(h) || strings.ContainsAny(h, ",.;:\"'") {
		return false
	}
	k := names.Key(h)
	if orgWord(k) || names.PlaceTails[k] || names.Titles[k] || titleHeadNot[k] {
		return false
	}
	if strings.HasSuffix(k, "s") || quantityWords[k] {
		return false
	}
	if b, _ := prevWordFast(text, hs); upperWord(b) && b != "The" && b != "A" && !possessiveEnd(b) && !strings.HasSuffix(b, ",") {
		return false
	}
	return ner.CommonWord(h)
}

// possessiveEnd reports whether w ends in "'s".
func possessiveEnd(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// titleHeadNot are common words that begin names of places and bodies
// with "of the": "Isle of the", "Friends of the Earth".
var titleHeadNot = names.Set{"isle": true, "island": true, "islands": true, "gulf": true, "bay": true,
	"cape": true, "mouth": true, "friends": true, "house": true, "city": true, "state": true, "head": true}

// quantityWords stand before "of the" for a part of a whole: "Most of the
// Malays", "One of the IOC's staff".
var quantityWords = names.Set{"most": true, "some": true, "one": true, "much": true, "many": true, "all": true,
	"none": true, "each": true, "any": true, "half": true, "part": true, "rest": true, "two": true, "three": true,
	"few": true, "several": true, "both": true, "either": true, "neither": true, "majority": true, "member": true}

// personOfThe reports whether a one-word name taken for a person begins a
// title with "of the" and one more capitalized word that is neither a body
// nor a place: "Quarbin of the Dead and", not "said Tervane of the Finance
// Ministry" nor "Whitney of the U.S.".
func personOfThe(text string, m *mention) bool {
	if p, _ := prevWordFast(text, m.Start); p == "said" || p == "says" {
		return false
	}
	n, ne := nextWord(text, m.End+len(" of the "))
	w := strings.TrimRight(n, ",.;:-")
	if !upperWord(w) || strings.Contains(w, ".") {
		return false
	}
	k := names.Key(w)
	if orgWord(k) || names.Tables().KnownPlace(k) {
		return false
	}
	if w != n {
		return true // "Shaun of the Dead," ends the title
	}
	after, _ := nextWord(text, ne)
	return after == "" || !upperWord(after)
}

// awardList reports whether a mention begins or stands in a list of
// awards' names, joined by commas or "and", that ends in a lower-case
// "awards": "including Quarbin Television, Tervane Society and British
// Comedy awards". Each name is an award's, cut from it. One name alone
// before "awards" is left: "the Quarbin Academy awards" may speak of the
// body that gives them.
func awardList(text string, m *mention) bool {
	if rest := text[m.End:]; len(rest) > 1 && rest[0] == ' ' && isLowerASCII(rest[1]) && rest[1] != 'a' {
		return false // a lower-case word follows that is neither "and" nor "awards": most names, decided at once
	}
	i, list := m.End, false
	for n := 0; n < 12; n++ {
		w, we := nextWord(text, i)
		t := strings.TrimRight(w, ",")
		switch {
		case strings.TrimRight(w, ",.;:!?") == "awards":
			return list
		case w == "" || strings.ContainsAny(t, ".;:!?\"()'’"):
			return false
		case t == "" || w == "and":
			list = true
		case t != w:
			list = true
			fallthrough
		default:
			if !upperWord(t) {
				return false
			}
		}
		i = we
	}
	return false
}
