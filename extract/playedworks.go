package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds two cues of a work that an article of the arts gives by
// what is said of it: a part played in it ("her role as Ann Vell in The
// Zorbit", "playing screen legend Ann Vell in Tervane", "her debut in
// Lemmo") and a prize of a work's category that it wins ("Zorbit has been
// named best film", "Tervane will win best British film"). The name is a
// work (MISC, no node), asked by [ownedThings] and [workCueAt].

// partVerbs open the words before a part's name: "playing Ann Vell in",
// "who played screen legend Ann Vell in".
var partVerbs = names.Set{"playing": true, "played": true, "plays": true, "play": true}

// partIn reports whether a name typed as an entity follows a part played
// in it: "in" (maybe "The" after it) after the part's capitalized name, up
// to four words, that "role as" or "roles as" opens, or a verb of playing
// ([partVerbs]) with up to three lower-case words between ("playing late
// screen legend Ann Vell in The Zorbit"); or "in" right after "debut"
// ("making her debut in Lemmo"). Only in an article of the screen or the
// stage ([screenWords]) with no word of sport ([sportWords]: "played
// Quarbin in Tervane" is a match), and not a name with a possessive after
// it ("played Vell in Ann Quarby's film": the maker) nor of [thingName]'s
// kinds (a place: "her debut in Tervane").
func partIn(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "The" {
		p, ps = prevWordFast(text, ps)
	}
	if p != "in" {
		return false // the usual case, decided at once
	}
	if !workTyped(m) || m.headline || m.acronym || possessiveAt(text, m.End) || pluralPossessive(text, m) {
		return false
	}
	q, qs := prevWordFast(text, ps)
	if yearWord(q) {
		if r, rs := prevWordFast(text, qs); r == "in" {
			q, qs = prevWordFast(text, rs) // "her debut in 1963 in Zorbit"
		}
	}
	if !(q == "debut" || partBefore(text, q, qs, m.words[0])) {
		return false
	}
	return thingName(m, m.words) && anyWordIn(text, screenWords) && !anyWordIn(text, sportWords)
}

// partBefore reports whether q, the word before "in" that begins at qs,
// ends a part's capitalized name that "role as" or a verb of playing
// opens ([partIn]). A part that shares the work's first word (first) is
// the title's own figure, a person, and is left.
func partBefore(text, q string, qs int, first string) bool {
	caps := 0
	for caps < 4 && upperWord(q) && !strings.ContainsAny(q, ",.;:!?\"'") {
		if strings.EqualFold(q, first) {
			return false // "to play Lemmo in Lemmo and the Zorbit": a title the part begins
		}
		caps++
		q, qs = prevWordFast(text, qs)
	}
	if caps == 0 {
		return false
	}
	if q == "as" {
		r, _ := prevWordFast(text, qs)
		return r == "role" || r == "roles"
	}
	for n := 0; n < 4; n++ {
		if partVerbs[q] {
			return true
		}
		if n == 3 || !lowerWord(q) {
			return false
		}
		q, qs = prevWordFast(text, qs)
	}
	return false
}

// winVerbs, among the lower-case words between a name and "best", say
// that the name wins or is up for the prize: "Zorbit has been named best
// film", "Tervane will win best picture", "Lemmo is among the nominees for
// best British film".
var winVerbs = names.Set{"win": true, "wins": true, "won": true, "winning": true, "named": true, "take": true,
	"takes": true, "took": true, "taking": true, "nominated": true, "nominees": true, "scooped": true}

// workCategories end the name of a prize's category that a work wins, not
// a person: "best film", "best foreign language film", "best TV drama".
// "Best actor", "best director" and "best male" are a person's, and so are
// "best album", "best song" and "best novel": an artist or an author wins
// them as often as the work ("Quarbin won best British album").
var workCategories = names.Set{"film": true, "picture": true, "movie": true, "documentary": true, "drama": true,
	"comedy": true, "musical": true, "sitcom": true, "soap": true, "animation": true, "programme": true,
	"series": true}

// categoryEnds may follow a category's head and end its phrase: "best film
// at the", "best drama prize", "best comedy and". Any other word makes the
// head a modifier of a person's category ("best comedy act", "best film
// actor").
var categoryEnds = names.Set{"at": true, "for": true, "in": true, "of": true, "and": true, "or": true, "over": true,
	"prize": true, "award": true, "title": true, "trophy": true, "category": true, "on": true, "with": true,
	"while": true, "but": true, "by": true, "this": true, "last": true, "from": true, "ahead": true}

// bestWork reports whether a name typed as an entity wins or is up for a
// prize of a work's category: up to six lower-case words after it, one of
// them a verb of [winVerbs], then "best" (or "top": "Lemmo was named top
// new drama", tail15l), up to two words and a head of [workCategories]
// ("Zorbit has been named best film", "Tervane will win best British
// film"). A person's category ("best actress") is left, and
// so is a person's name that opens with a given name or is the surname of
// a person the article names in full ("Ann Vell ... Vell was named best
// film-maker"), a name in a headline and a name of [thingName]'s kinds.
func bestWork(text string, ms []*mention, i int) bool {
	m := ms[i]
	if m.End >= len(text) || !lineGap(text, m.End) || !bestAhead(text, m.End) {
		return false // the cheap first question: no "best" close after the name
	}
	if !workTyped(m) || m.headline || m.acronym || !thingName(m, m.words) {
		return false
	}
	if m.typ == Person {
		if g := placeGaz(); g == nil || g.FirstName(m.words[0]) || surnameOfFull(ms, m) {
			return false
		}
	}
	verb := false
	i0 := m.End
	for n := 0; n < 7; n++ {
		w, we := nextWord(text, i0)
		if w == "best" || w == "top" { // tail15l: "named top new drama"
			return verb && workCategoryAfter(text, we)
		}
		if !lowerWord(w) {
			return false // a comma, a name or the clause's end
		}
		verb = verb || winVerbs[w]
		i0 = we
	}
	return false
}

// bestAhead reports whether " best " or " top " stands within 60 bytes
// after i.
func bestAhead(text string, i int) bool {
	e := min(len(text), i+60)
	return strings.Contains(text[i:e], " best ") || strings.Contains(text[i:e], " top ") // tail15l: " top "
}

// workCategoryAfter reports whether a head of [workCategories] is among
// the first four words after i ("best TV comedy drama"), the words before it with no punctuation,
// and ends the category's phrase (punctuation or [categoryEnds] after it):
// "best film.", "best British film at", "best foreign language film
// prize".
func workCategoryAfter(text string, i int) bool {
	for n := 0; n < 4; n++ {
		w, we := nextWord(text, i)
		k := strings.TrimRight(w, ",.;:!?")
		if k == "" {
			return false
		}
		if workCategories[k] {
			if k != w {
				return true
			}
			if next, _ := nextWord(text, we); next == "" || categoryEnds[strings.TrimRight(next, ",.;:!?")] {
				return true
			}
		}
		if k != w || !isWordByte(k[0]) {
			return false
		}
		i = we
	}
	return false
}

// surnameOfFull reports whether a one-word name is the last word of a
// longer person's name in the article: "Ann Vell ... Vell".
func surnameOfFull(ms []*mention, m *mention) bool {
	if len(m.words) != 1 {
		return false
	}
	for _, o := range ms {
		if o.typ == Person && len(o.words) > 1 && last(o.words) == m.words[0] {
			return true
		}
	}
	return false
}
