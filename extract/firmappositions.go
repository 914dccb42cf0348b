package extract

import (
	"cmp"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11d) types as firms the names an apposition calls a
// firm of some kind: "Quarbin, a daily Amlow newspaper", "Zorbit is a
// specialist steel firm", "its own budget airline, Tervane, which".

// appositionFirms are the kinds of firm an apposition names: the
// newspapers and broadcasters, the carriers, the makers and sellers.
var appositionFirms = names.Set{"newspaper": true, "daily": true, "weekly": true, "tabloid": true,
	"broadsheet": true, "airline": true, "firm": true,
	"company": true, "retailer": true, "carmaker": true, "automaker": true, "chipmaker": true,
	"drugmaker": true, "insurer": true, "brokerage": true, "conglomerate": true, "housebuilder": true,
	"publisher": true, "supermarket": true, "bank": true, "manufacturer": true,
	"think-tank": true, "charity": true} // tail14h: think-tank, charity

// firmApposition reports whether a name the recognizer took for a person
// or a place is a firm by an apposition: after it, ", a", ", an", ", the",
// " is a" or " is an" and at most five words that end in a kind of firm
// of [appositionFirms] where the phrase ends ("Quarbin, a daily Amlow
// newspaper, ran"); or before it, such a kind and a comma, with the name
// ending an apposition ([appositionEnd]: "its budget airline, Tervane,
// which took off") and no capitalized word before the kind but a demonym
// or a known place ("the Quarbin company, Ann Vell, said" names its head;
// "The Amlow daily, Zorbit, said" names the paper). A name that may end a longer
// one ([innerName]) is left. A word
// of the phrase with a possessive or a small word of [phraseStops] ends
// the reading ("Ann Vell, the company's founder", "Ann Vell, a director
// of the firm"). A person's name that begins with a first name of the
// gazetteer is left alone ("the firm, Ann Vell said"), and so is a place
// the tables know.
func (r *Resolver) firmApposition(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.Title != "" || len(m.words) == 0 {
		return false
	}
	after := cmp.Or(appositionAfter(text[m.End:]), placeAppositionAfter(text[m.End:])) // tail14h: placeAppositionAfter
	before := m.Start >= 2 && text[m.Start-2] == ','
	if after == "" && !before {
		return false // the usual case, decided at once
	}
	if r.t.KnownPlace(m.key) || m.typ == Person && placeGaz().FirstName(m.words[0]) || innerName(text, m.Start) {
		return false
	}
	if after != "" {
		if head, ok := firmHead(skipScope(after)); ok && appositionFirms[head] { // tail16c: skipScope
			return true
		}
	}
	if !before || !appositionEnd(text[m.End:]) {
		return false
	}
	p, ps := prevWord(text, m.Start)
	if !appositionFirms[strings.TrimSuffix(p, ",")] {
		return false
	}
	q, _ := prevWord(text, ps)
	if q == "" || !upperWord(q) || q == "The" || q == "A" {
		return true
	}
	k := names.Key(q) // "the Hungarian company, Zorbit", "The Amlow daily, Quarbin"; not "the Quarbin company, Ann Vell, said"
	return names.Tables().IsDemonym(k) || r.t.KnownPlace(k)
}

// innerName reports whether the name at start may end a longer name the
// apposition is about: after "and" or "&" ("Vell, Lemmo and Quarbin, a
// Dallas brokerage"), or after "of" (perhaps "of the") that a capitalized
// word comes before ("the Investment Co of the Quarbin Region, a
// government company").
func innerName(text string, start int) bool {
	p, ps := prevWord(text, start)
	if p == "and" || p == "&" {
		return true
	}
	if p == "the" {
		p, ps = prevWord(text, ps)
	}
	if p != "of" {
		return false
	}
	q, _ := prevWord(text, ps)
	return upperWord(q) && orgWord(strings.ToLower(q))
}

// appositionEnd reports whether rest, the text after a name, ends an
// apposition: a full stop or a semicolon, the text's end, or a comma with
// a lower-case word after it ("Tervane, which took off"; not "Tervane,
// Quarbin Associates Inc", a firm's name with a comma inside).
func appositionEnd(rest string) bool {
	if rest == "" || rest[0] == '.' || rest[0] == ';' {
		return true
	}
	if rest[0] != ',' {
		return false
	}
	w, _ := nextWord(rest, 1)
	return w != "" && isLowerASCII(w[0])
}

// appositionAfter returns the words after an apposition's opening right
// after a name (", a ", ", an ", ", the ", " is a ", " is an "), or "".
func appositionAfter(rest string) string {
	if len(rest) < 4 || rest[0] != ',' && rest[0] != ' ' {
		return ""
	}
	for _, p := range [...]string{", a ", ", an ", ", the ", " is a ", " is an "} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			return after
		}
	}
	return ""
}

// firmHead returns the last word of at most five lower-case words or
// capitalized ones (a place: "a daily Amlow newspaper") that end at
// punctuation or before "which", "that", "based" or "in" ("a steel firm
// in Amlow"; not "a senior banker with Zorbit", a person), as
// [appositionHead] reads a work's apposition; none when a word has a
// possessive or is a small word of [phraseStops], or the head word a
// capital.
func firmHead(after string) (string, bool) {
	i := 0
	for range 5 {
		w, e := nextWord(after, i)
		if w == "" || strings.ContainsAny(w, "'’") {
			return "", false
		}
		word := strings.TrimRight(w, ",.;:!?)\"")
		lw := strings.ToLower(word)
		if phraseStops[lw] {
			return "", false
		}
		ended := len(word) < len(w)
		if !ended {
			next, _ := nextWord(after, e)
			ended = next == "which" || next == "that" || next == "based" || next == "in" || ownerParticiples[next] // tail12w: ownerParticiples
		}
		if ended {
			return word, word == lw
		}
		i = e
	}
	return "", false
}
