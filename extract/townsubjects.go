package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds a town's bare name that its own clause shows to be a
// club: the subject of a plural verb ("Quarbin have signed a striker",
// "when Quarbin were about to play"), or, in a sports report, a big city
// before a club's staff ("Quarbin midfielder Ann Vell"). A town is one
// place and takes "has" and "was"; a side is its players and takes "have"
// and "were" in British reports. [Resolver.townOrClub] types a town by
// its story's words, and keeps a big city or a capital a place whatever
// the story; the clause's own cue decides where the story's words are too
// few (a transfer story with one word of the sport) or where the city is
// one the tables keep.

// townClub reports whether the bare name of a town or big city in mention
// m is a club by its clause: a plural verb right after it, the name at a
// paragraph's or a sentence's start or after a word that opens a clause
// ([pluralSubject]: "in Quarbin have been" is a town's people). A home
// nation ("England have": its national side, which the tables keep a
// place), a region ("Europe are") and a country are left.
func townClub(text string, m *mention) bool {
	if len(m.words) != 1 || m.country >= 0 || m.typ != Location && m.typ != Org {
		return false
	}
	if next, _ := nextWord(text, m.End); !pluralVerbs[next] || !lineGap(text, m.End) {
		return false // the usual case: no plural verb after the name
	}
	if homeNations[m.key] || names.IsRegion(m.key) {
		return false
	}
	return paragraphOpen(text, m.Start) || pluralSubject(text, m)
}

// longerNamed reports whether the article names something else whose name
// begins with m's word: a club typed by its clause would join that name's
// node ("Quarbin were" with the paper "Quarbin Echo" of the same story),
// so the rules of this file leave such a town as it is.
func longerNamed(a *article, m *mention) bool {
	for _, o := range a.ms {
		if len(o.words) > 1 && o.words[0] == m.words[0] {
			return true
		}
	}
	return false
}

// cityClub types a big city's or a capital's bare name an organization
// where its clause makes it a club ([townClub]), or where a club's staff
// follow it in a sports report ([clubRoleAfter]: "Quarbin midfielder Ann
// Vell"); [Resolver.townOrClub] keeps such a city a place whatever its
// story. A region is left ("the Europe captain" of a golf team).
func (r *Resolver) cityClub(a *article, m *mention) {
	if m.typ != Location || !r.t.Places[m.key] {
		return
	}
	if (townClub(a.text, m) || clubRoleAfter(a.text, m.End) && !names.IsRegion(m.key) && r.sportArticle(a)) && !longerNamed(a, m) {
		m.typ, m.typed = Org, true
	}
}

// paragraphOpen reports whether byte i begins the text or a paragraph,
// after a blank line and spaces only: the first word of a story's body,
// whose headline before it ends with no full stop. (A wire story's lines
// are broken inside its sentences: a line's first word opens no clause.)
func paragraphOpen(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\r') {
		j--
	}
	if j == 0 {
		return true
	}
	if text[j-1] != '\n' {
		return false
	}
	j--
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\r') {
		j--
	}
	return j == 0 || text[j-1] == '\n'
}
