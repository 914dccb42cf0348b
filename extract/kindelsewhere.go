package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kindPrepositions may follow a firm's name that a kind noun opens: "wine
// company Quarbin for $26m", "software firm Zorbit in a deal".
var kindPrepositions = map[string]bool{"for": true, "in": true, "of": true, "to": true, "at": true, "from": true,
	"with": true, "by": true}

// bodyPlurals name bodies in the plural after "one of": "one of the
// country's biggest labels, Quarbin".
var bodyPlurals = map[string]bool{"labels": true, "companies": true, "firms": true, "banks": true, "brands": true,
	"retailers": true, "airlines": true, "publishers": true, "studios": true, "agencies": true, "insurers": true,
	"brewers": true, "chains": true, "broadcasters": true, "newspapers": true, "magazines": true, "makers": true}

// oneOfBodies reports whether a name follows "one of", at most six words
// of a noun phrase with no punctuation but a possessive's, a plural noun
// for bodies ([bodyPlurals]) and a comma: "one of hip-hop's most
// influential labels, Quarbin". The name is the one body the phrase
// singles out.
func oneOfBodies(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if k, ok := strings.CutSuffix(p, ","); !ok || !bodyPlurals[k] {
		return false
	}
	for range 7 {
		w, ws := prevWordFast(text, ps)
		if w == "" || strings.ContainsAny(w, ",.;:()\"") {
			return false
		}
		if w == "of" {
			one, _ := prevWordFast(text, ws)
			return one == "one" || one == "One"
		}
		ps = ws
	}
	return false
}

// firmKindElsewhere makes a firm of a one-word name typed as a person
// that the article writes somewhere after a trade and a kind of firm
// ([firmKinds]): "Californian wine company Quarbin for $26m ... Quarbin
// reported revenues". The recognizer may have missed that mention and
// kept the others, where no cue stands, a surname. The trade word before
// the kind noun ([industryBefore]) keeps out "the company Quarbin
// founded", and the name must end the noun phrase there ([kindAfterOK])
// or meet a preposition. A person's name that "one of" and a plural for
// bodies single out ([oneOfBodies]) is a body too.
func (r *Resolver) firmKindElsewhere(a *article, m *mention) {
	if m.typ == Person && m.Title == "" && m.forced == "" && m.canon == "" && m.country < 0 && oneOfBodies(a.text, m) {
		m.typ, m.typed = Org, true
		return
	}
	if m.typ != Person || len(m.words) != 1 || m.Title != "" || m.forced != "" || m.canon != "" || m.country >= 0 ||
		r.t.KnownPlace(m.key) {
		return
	}
	text := a.text
	for from := 0; ; {
		i := strings.Index(text[from:], m.Name)
		if i < 0 {
			return
		}
		i += from
		end := i + len(m.Name)
		from = end
		if i == 0 || !lineGap(text, i-1) {
			continue
		}
		if end < len(text) {
			if c, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(c) || unicode.IsDigit(c) {
				continue
			}
		}
		p, ps := prevWordFast(text, i)
		if !firmKinds[p] || !industryBefore(text, ps) {
			continue
		}
		n, _ := nextWord(text, end)
		if kindAfterOK(text, end) || kindPrepositions[n] {
			m.typ, m.typed = Org, true
			return
		}
	}
}
