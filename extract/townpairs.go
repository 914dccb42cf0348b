package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// regionWord reports whether w, a capitalized word with maybe a list's
// punctuation after it, is a place the tables know, a city of their
// table of cities (the towns that name clubs among them, which
// KnownPlace leaves) or a county ("-shire").
func regionWord(w string) bool {
	w = strings.TrimRight(w, ",.;:)")
	if !plainCap(w) {
		return false
	}
	k := names.Key(w)
	t := names.Tables()
	return t.KnownPlace(k) || t.CityCountry[k] != "" || names.Shires[k] || strings.HasSuffix(k, "shire")
}

// pairAfter returns the name of a list's next pair of a name and its
// region after position i: ", " or " and ", one to three capitalized
// words, "in" and a region ([regionWord]): ", Quelby in Tarrowshire". It
// returns nil when no such pair follows.
func pairAfter(text string, i int) []string {
	rest, ok := strings.CutPrefix(text[i:], ", ")
	if !ok {
		if rest, ok = strings.CutPrefix(text[i:], " and "); !ok {
			return nil
		}
	}
	var name []string
	j := 0
	for n := 0; n < 4; n++ {
		w, we := nextWord(rest, j)
		if w == "in" {
			if r, _ := nextWord(rest, we); n == 0 || !regionWord(r) {
				return nil
			}
			return name
		}
		if !plainCap(w) {
			return nil
		}
		name, j = append(name, w), we
	}
	return nil
}

// pairBefore returns the name of a list's pair of a name and its region
// that ends right before position i with ", " or "and": "Tarrow in
// Quelby, ". It returns nil when no such pair stands there.
func pairBefore(text string, i int) []string {
	p, ps := prevWordFast(text, i)
	if p == "and" {
		p, ps = prevWordFast(text, ps)
	} else if !strings.HasSuffix(p, ",") {
		return nil
	}
	if !regionWord(p) {
		return nil
	}
	in, is := prevWordFast(text, ps)
	if in != "in" {
		return nil
	}
	var name []string
	for n := 0; n < 3; n++ {
		w, ws := prevWordFast(text, is)
		if !plainCap(w) {
			break
		}
		name, is = append([]string{w}, name...), ws
	}
	return name
}

// placeLike reports whether the words of a list's other pair may be a
// place's: no word of an organization ("Quelby Group in China") and no
// given name first ("Ann Vell in Paris"), whose pair makes the list one of
// firms or of people.
func placeLike(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if orgWord(names.Key(w)) {
			return false
		}
	}
	g := placeGaz()
	return g == nil || len(ws) == 1 || !g.FirstName(names.Key(ws[0]))
}

// townPairList reports whether a name typed a person stands in a list of
// places each given with its region: the name, "in" and a region
// ([regionWord]), with another such pair right before or after it
// ("tracks at Tarrow in Quelby, Lamp Vue in Quelby and ...", "sites -
// Marrowham in Tarrowshire and Lenty in Vaneshire -"), a place's by its
// words ([placeLike]). A titled name is left, as is a list of firms or of
// people with their towns ("Quelby Group in China and Zorbo in Russia",
// "Ann Vell in Quelby and Bob Lomm in Tarrow").
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
	return placeLike(pairAfter(text, re-(len(r)-len(c)))) || placeLike(pairBefore(text, m.Start))
}
