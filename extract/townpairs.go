package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// regionWord reports whether w, a capitalized word with maybe a list's
// punctuation after it, is a place the tables know or a county ("-shire").
func regionWord(w string) bool {
	w = strings.TrimRight(w, ",.;:)")
	if !plainCap(w) {
		return false
	}
	k := names.Key(w)
	return names.Tables().KnownPlace(k) || names.Shires[k] || strings.HasSuffix(k, "shire")
}

// pairAfter reports whether a list's next pair of a name and its region
// follows position i: ", " or " and ", one to three capitalized words,
// "in" and a region ([regionWord]): ", Quelby in Tarrowshire".
func pairAfter(text string, i int) bool {
	rest, ok := strings.CutPrefix(text[i:], ", ")
	if !ok {
		if rest, ok = strings.CutPrefix(text[i:], " and "); !ok {
			return false
		}
	}
	j := 0
	for n := 0; n < 4; n++ {
		w, we := nextWord(rest, j)
		if w == "in" {
			if n == 0 {
				return false
			}
			r, _ := nextWord(rest, we)
			return regionWord(r)
		}
		if !plainCap(w) {
			return false
		}
		j = we
	}
	return false
}

// pairBefore reports whether a list's pair of a name and its region ends
// right before position i with ", " or "and": "Tarrow in Quelby, ".
func pairBefore(text string, i int) bool {
	p, ps := prevWordFast(text, i)
	if p == "and" {
		p, ps = prevWordFast(text, ps)
	} else if !strings.HasSuffix(p, ",") {
		return false
	}
	if !regionWord(p) {
		return false
	}
	in, is := prevWordFast(text, ps)
	if in != "in" {
		return false
	}
	w, _ := prevWordFast(text, is)
	return plainCap(w)
}

// townPairList reports whether a name typed a person stands in a list of
// places each given with its region: the name, "in" and a region
// ([regionWord]), with another such pair right before or after it
// ("tracks at Tarrow in Quelby, Lamp Vue in Quelby and ...", "sites -
// Marrowham in Tarrowshire and Lenty in Vaneshire -"). A titled name is
// left; two people with their towns ("Ann Vell in Quelby and Bob Lomm in
// Tarrow") are left by a given name first.
func townPairList(text string, m *mention) bool {
	if m.typ != Person || !strings.HasPrefix(text[m.End:], " in ") {
		return false // the cheap first question
	}
	if m.Title != "" || m.canon != "" || m.forced != "" || len(m.words) > 3 {
		return false
	}
	r, re := nextWord(text, m.End+len(" in"))
	if !regionWord(r) {
		return false
	}
	c := strings.TrimRight(r, ",.;:)")
	if !pairAfter(text, re-(len(r)-len(c))) && !pairBefore(text, m.Start) {
		return false
	}
	g := placeGaz()
	return g == nil || len(m.words) == 1 || !g.FirstName(m.words[0])
}
