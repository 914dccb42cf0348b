package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the name of a book, a film or a play written in an
// apposition after its kind, the kind owned by its maker: "Ann Vell's first
// novel, Zorbit Nights,", "his next major film, Tervane Road.", "her own
// play, Quarbin Lane". The name is a work (MISC, no node), asked by
// [ownedThings]; records are [recordApposition]'s.

// bookKinds head the apposition of [bookApposition].
var bookKinds = names.Set{"novel": true, "book": true, "film": true, "movie": true, "play": true,
	"musical": true, "documentary": true, "sitcom": true, "memoir": true, "autobiography": true}

// freshModifiers make a kind noun after a bare article a maker's: "a new
// book, Zorbit Nights" is the author's, "the film, Ann Vell" may be anyone's.
var freshModifiers = names.Set{"new": true, "next": true, "latest": true}

// bookApposition reports whether a name stands in an apposition after a
// kind of book, film or play ([bookKinds]) that an owner's possessive or a
// possessive pronoun opens, or an article with a modifier of
// [freshModifiers], with up to three lower-case modifiers between. The
// apposition ends at punctuation, "and", "or", "which", "who" or at "in"
// and a year ("first novel, Zorbit Nights in 1958"). A person is left: a
// second apposition ("his new film, Ann Vell, who ...") or [personCue]
// ("Ann Vell, 24, said", "Mr Vell"). A title that is a person's name is
// the work's here ("his next film, Tom Quarb," of a film named after its hero).
func bookApposition(text string, m *mention) bool {
	k, ks := prevWordFast(text, m.Start)
	kind, ok := strings.CutSuffix(k, ",")
	if !ok || !bookKinds[kind] {
		return false // the usual case: no kind and comma right before the name
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 || !bookAppositionEnds(text, m.End) {
		return false
	}
	if after, ok := strings.CutPrefix(text[m.End:], ", "); ok {
		if w, _ := nextWord(after, 0); personAppositions[strings.ToLower(w)] {
			return false
		}
	}
	// tail16j: [kindThingName] lets a describing word of an organization's
	// stand in the title ("his new book, Quarbin World,"); a company's
	// suffix (m.typed) still keeps the firm.
	return makerOpens(text, ks, kind) && !personCue(text, m) && (thingName(m, m.words) || !m.typed && kindThingName(m, m.words))
}

// makerOpens reports whether the noun phrase of the kind noun that begins
// at ks is opened by its maker, as [bookApposition] asks.
func makerOpens(text string, ks int, kind string) bool {
	fresh := false
	for i, n := ks, 0; n < 4; n++ {
		p, ps := prevWordFast(text, i)
		low := strings.ToLower(p)
		if p == "" || possessiveEnd(p) && upperWord(p) || ownerWord(p) {
			return p != ""
		}
		if workDeterminers[low] && !freshModifiers[low] {
			return fresh // a bare article: the maker's only with "new", "next" or "latest"
		}
		if n == 3 || !modifierWord(p, kind) {
			return false
		}
		fresh, i = fresh || freshModifiers[p], ps
	}
	return false
}

// bookAppositionEnds reports whether the words after a name end its
// apposition: [kindAfterOK], or "in" and a year.
func bookAppositionEnds(text string, end int) bool {
	if kindAfterOK(text, end) {
		return true
	}
	rest, ok := strings.CutPrefix(text[end:], " in ")
	return ok && len(rest) >= 4 && strings.Trim(rest[:4], "0123456789") == "" && (len(rest) == 4 || !isDigit(rest[4]))
}
