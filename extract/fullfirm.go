package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the rules that link a firm's short name, which the
// recognizer took for a person or a place, to the firm's whole name written
// in the same article, and that type a firm by the words of its own name
// or the apposition after it (issue 10).

// namedPersonly reports whether the article names g as a person: a
// personal pronoun after a mention ("Vell said he") or a title before one
// ("Mr Vell").
func namedPersonly(g *group) bool {
	return slices.ContainsFunc(g.own, func(m *mention) bool { return m.personal || m.Title != "" })
}

// placeFirmFirst reports whether g, one word typed a person, is the first
// word of f, a company named after it and a place, "X of Place" with a
// company suffix in the article: "Monfort" of "Monfort of Colorado Inc".
// [firstWordFits] leaves such a name, whose second word is "of". A person
// the article names as one (a title, a pronoun after) is left.
func placeFirmFirst(g, f *group, fw []string) bool {
	if g.typ != Person || len(g.words) != 1 || len(fw) < 3 || fw[0] != g.key || fw[1] != "of" || !isPlaceWords(fw[2:]) ||
		isPlaceWords(fw[:1]) || names.GenericOrgWords[g.key] || namedPersonly(g) {
		return false
	}
	return slices.ContainsFunc(f.own, func(m *mention) bool {
		return len(m.words) > len(fw) && names.CorpSuffixes[m.words[len(m.words)-1]]
	})
}

// wholeFirmOf returns the companies g, a one-word name typed a person that
// fits no full name of the article, may be written for: a misspelling
// ([misspeltFirm]), else a blend of a firm's words ([blendedFirm]). Only
// when nothing else fits: "Tonen" is the first word of "Tonen Sekiyukagaku
// KK" before it is a blend of "Toa Nenryo Kogyo KK".
func wholeFirmOf(groups []*group, g *group) []*group {
	if cands := misspeltFirm(groups, g); len(cands) > 0 {
		return cands
	}
	if g.typ != Person || len(g.words) != 1 || len(g.key) < 3 || namedPersonly(g) {
		return nil
	}
	var cands []*group
	for _, f := range groups {
		// A blend begins with two letters of the firm's first word.
		if f != g && !f.isFixed && f.typ == Org && len(f.words) > 1 && strings.HasPrefix(g.key, f.words[0][:min(2, len(f.words[0]))]) &&
			blendedFirm(g, f, f.words) {
			cands = appendRoot(cands, f)
		}
	}
	return cands
}

// blendedFirm reports whether g, one word typed a person, is blended of
// the beginnings of two words or more of f, a company the article writes
// with its suffix: "Adquar" of "the Adelaide Quarbin Co Ltd" (Ad-, Quar-),
// as [shortNameFits] takes "Amex" typed an organization. A mention of g is
// written as a word ("Adquar", not "ADQUAR" alone), and the article does
// not name g as a person. The small words of the name ("and", "of") give
// no syllable.
func blendedFirm(g, f *group, fw []string) bool {
	if g.typ != Person || len(g.words) != 1 || len(fw) < 2 || namedPersonly(g) ||
		!slices.ContainsFunc(g.own, func(m *mention) bool { return shortForm(m.Text) }) {
		return false
	}
	// Of the name's own words: "Rodman" is no blend of "Rodm-" and "an-"
	// of "Rodman and Renshaw".
	if spells(g.key, slices.DeleteFunc(slices.Clone(fw), func(w string) bool { return names.MinorWords[w] }), 0) < 2 {
		return false
	}
	return slices.ContainsFunc(f.own, func(m *mention) bool {
		return len(m.words) > len(fw) && names.CorpSuffixes[m.words[len(m.words)-1]]
	})
}

// andNamedLonger reports whether fw, a company's words, is the longer name
// of gw, a company's short name, joined at "and": "Quarbin Research" of
// "Quarbin Research and Management Group". The words after "and" are the
// rest of one name, not a unit of the firm ([unitWords]: "Management"),
// when the name ends in a company word, a body's head or a suffix. A name
// of the short form with a suffix of its own is a firm of its own.
func andNamedLonger(g *group, fw []string) bool {
	gw := g.words
	n := len(gw)
	if len(fw) < n+3 || fw[n] != "and" || suffixed(g) {
		return false
	}
	last := fw[len(fw)-1]
	if !names.CompanyWords[last] && !names.OrgHeads[last] && !names.CorpSuffixes[last] {
		return false
	}
	return !slices.ContainsFunc(fw[n+1:], func(w string) bool { return isPlaceWords([]string{w}) })
}

// misspeltFirm returns the company g, a one-word name typed a person, is a
// misspelling of: the article shortens a company to its first word
// ("Quarbinton", a group of its own) and writes that word once with a
// letter more or less inside it ("Quarbiton"). The word has six letters or
// more, the letter is neither its first nor its last (a plural or a
// possessive is another word) and the person is not named as one.
func misspeltFirm(groups []*group, g *group) []*group {
	if g.typ != Person || len(g.words) != 1 || len(g.key) < 6 || namedPersonly(g) {
		return nil
	}
	var cands []*group
	for _, f := range groups {
		if f == g || f.isFixed || f.typ != Org || len(f.words) < 2 || !oneLetterInside(g.key, f.words[0]) {
			continue
		}
		short := slices.ContainsFunc(groups, func(o *group) bool {
			return o != f && len(o.words) == 1 && o.key == f.words[0]
		})
		if short && firstWordFits(f.words[0], f, f.words) {
			cands = appendRoot(cands, f)
		}
	}
	return cands
}

// oneLetterInside reports whether a and b differ by one letter added or
// dropped, neither the first nor the last: "quarbiton" and "quarbinton".
func oneLetterInside(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+1 || len(a) < 6 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i > 0 && i < len(a) && a[i:] == b[i+1:]
}

// fullFirmCue reports whether a name typed a person or a place is a
// firm's by its own words or the apposition after it (a name typed MISC,
// "Banca d'Tervane" cut from its "e d'Italia", is left): a bank's word
// beginning "Banc" ("Tervane Bancwest", "Quarbin Bancorpration") in a
// name of two words or more; for a name typed a person, ", owners of"
// after it ("Vell Lines, owners of the ferry") or "the owners, " before it
// ("a spokesman for the owners, Vell Lines, said"): one person owns, a
// firm's owners are plural in British copy.
func fullFirmCue(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 {
		return false
	}
	if len(m.words) >= 2 && slices.ContainsFunc(m.words, bankWord) {
		return true
	}
	return m.typ == Person && (ownersAfter(text, m.End) || ownersBefore(text, m.Start))
}

// bankWord reports whether w, a folded word, is a bank's word: "bancorp",
// "bancshares", "bancwest", "banco", "banca". "Bancroft" is a surname and
// a town.
func bankWord(w string) bool {
	return len(w) > 4 && strings.HasPrefix(w, "banc") && !strings.HasPrefix(w, "bancr")
}

// ownersAfter reports whether ", owners of" or ", the owners of" follows
// the name ending at end, the line broken once at most.
func ownersAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+20)]
	rest = strings.Replace(rest, "\n", " ", 1)
	return strings.HasPrefix(rest, ", owners of ") || strings.HasPrefix(rest, ", the owners of ")
}

// ownersBefore reports whether "the owners, " comes right before the name
// beginning at start: "a spokesman for the owners, Vell Lines, said".
func ownersBefore(text string, start int) bool {
	before := text[max(0, start-13):start]
	before = strings.Replace(before, "\n", " ", 1)
	return strings.HasSuffix(before, "the owners, ")
}
