package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// sharedSurname (tail10zv) gives a given name alone the surname of the
// person named right after it at "and": "the twins Ann and Tom Vell" are
// Ann Vell and Tom Vell, "the impresarios Lemmo and Ed Quarn" Lemmo Quarn.
// The mention is one word the recognizer took for a person that the
// gazetteer knows as a first name and no common word, followed by " and "
// and a person's name written as two words, a given name and a surname.
// Left alone: a list's item ("Ann Vell, Lemmo and Tom Quarn", "stars such
// as Lemmo and Tom Quarn": one-name stars are listed so); a name the
// article writes as a surname elsewhere ("Vell" after "Ann Vell"); and a
// surname the article writes alone, which would then stand for two people
// ("the Vell brothers"); and a name the article writes whole elsewhere,
// which the usual linking joins.
func sharedSurname(a *article, m *mention) {
	if m.typ != Person || len(m.words) != 1 || m.canon != "" || m.forced != "" || m.country >= 0 ||
		!strings.HasPrefix(a.text[m.End:], " and ") {
		return
	}
	o := mentionAt(a.ms, m.End+len(" and "))
	if o == nil || o.typ != Person {
		return
	}
	given, surname, ok := strings.Cut(a.text[o.Start:o.End], " ")
	if !ok || strings.ContainsAny(surname, " \n") || !upperWord(surname) || !placeGaz().FirstName(given) ||
		!placeGaz().FirstName(m.Name) || ner.CommonWord(m.Name) || ner.CommonWord(surname) || listedBefore(a.text, m.Start) {
		return
	}
	sk, whole := names.Key(surname), names.Key(m.Name+" "+surname)
	for _, x := range a.ms {
		if x.typ == Person && len(x.words) > 1 && x.words[len(x.words)-1] == m.key || x != o && surnameApart(x.words, sk) || x.key == whole {
			return
		}
	}
	m.canon = m.Name + " " + surname
}

// listedBefore reports whether the word before byte offset i makes what
// follows an item of a list: a comma after it, or "such", "as", "like".
func listedBefore(text string, i int) bool {
	p, _ := prevWordFast(text, i)
	return strings.HasSuffix(p, ",") || p == "such" || p == "as" || p == "like"
}

// mentionAt returns the mention that begins at byte offset i, or nil.
func mentionAt(ms []*mention, i int) *mention {
	for _, o := range ms {
		if o.Start == i {
			return o
		}
	}
	return nil
}

// surnameApart reports whether a name's words hold a surname otherwise
// than after one given name: "Vell", "Vell twins", not "Tom Vell".
func surnameApart(words []string, sk string) bool {
	if len(words) == 2 && words[1] == sk && placeGaz().FirstName(words[0]) {
		return false
	}
	return slices.Contains(words, sk)
}

// familyPlurals name, after a surname in lower case, the several people
// who share it: "the Vell twins", "the Quarn brothers".
var familyPlurals = names.Set{"twins": true, "brothers": true, "sisters": true}

// familyGroup reports whether a one-word name the recognizer took for a
// person is a surname before [familyPlurals]: the twins or brothers are
// two people or more, no one person's node. "Quarn Brothers", capitalized,
// is a firm's name and no such case.
func familyGroup(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 {
		return false
	}
	w, _ := nextWord(text, m.End)
	return familyPlurals[strings.TrimRight(w, ",.;:")]
}
