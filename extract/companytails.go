package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15m, issue 10) keeps the word "Company" inside a firm's
// name when one more word ends the name after it: "Quarbin Company
// Software" is one firm. [corpCut] cuts a name after a company suffix that
// a capitalized word follows ("Tervane Corp. Quarbin" is two firms), and
// the cut's tail, a lone word such as "Software", was then linked as the
// short name of another firm of the article that ends in it. The suffix
// must be "Company" written in full (an abbreviation, "Co." or "Corp",
// ends a line of a list more often than a name), the word after it the
// name's last, and a word that may end a firm's name: capitalized, no
// acronym or abbreviation, no suffix, place or people ([companyLastWord];
// an institution's word, "Software", "Institute", does end one). Two words
// or more after it are left to the cut.

// companyNameTail reports whether ws[i], a company suffix inside the
// words ws of an organization's name, is "Company" written in full before
// the name's last word, which may end a firm's name ([companyLastWord]),
// and no place's or country's name before it (a copy's "the U.S. Company
// Vell" is a firm of that country with "company" capitalized): "Quarbin
// Company Software" is one name.
func companyNameTail(ws []word, i int) bool {
	if i < 1 || i != len(ws)-2 || ws[i].text != "Company" || !companyLastWord(ws[i+1].text) {
		return false
	}
	before := joinWords(ws[:i])
	k := names.Key(before)
	return names.Tables().Country(before, k) < 0 && !isPlaceWords(strings.Fields(k)) // "the U.S. Company Vell": a firm of a country, named after it
}

// companyLastWord reports whether w may end a firm's name after
// "Company": capitalized and not all capitals (a ticker or another firm's
// acronym), no period or apostrophe, no company suffix, no day or month
// ([names.NoExtend]), place or people.
func companyLastWord(w string) bool {
	if !upperWord(w) || len(w) < 2 || strings.ToUpper(w) == w || strings.ContainsAny(w, ".'’") {
		return false
	}
	if names.CorpSuffixes.Has(w) || names.NoExtend.Has(w) {
		return false
	}
	t := names.Tables()
	k := names.Key(w)
	return !t.KnownPlace(k) && !t.IsDemonym(k) && t.Country(w, k) < 0
}
