package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// officerOpeners stand before a firm's name when "director" after it is the
// firm's officer, no film's maker: "former Quarbin director Ann Vell", "its
// Quarbin director", "a Quarbin director".
var officerOpeners = names.Set{"former": true, "current": true, "then": true, "ex": true, "acting": true,
	"its": true, "their": true, "a": true, "one": true, "another": true, "fellow": true, "non-executive": true}

// workDirector reports whether the article's mention ms[i], a name typed
// as an organization, a person or a place, is the title of a film or a
// show by "director" and a person's name right after it: "a jury chaired
// by Zorbit Nights director Ann Vell", "with Lemmox director Ann Vell
// behind the camera". A firm, a body and a club have directors too, so
// [workStar]'s guards hold (an article with a word of the screen
// ([screenWords]) and none of sport ([sportWords]); no acronym, no plural
// last word, a name of [thingName]'s kinds), and a name after a word that
// makes "director" an officer's title ([officerOpeners]: "former Quarbin
// director Ann Vell") is left; so is "directors", a board.
func workDirector(a *article, i int) bool {
	m := a.ms[i]
	if !strings.HasPrefix(a.text[m.End:], " director ") {
		return false // the cheap first question
	}
	if !workBeforePerson(a, i) {
		return false
	}
	if l := last(m.words); len(l) > 2 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") {
		return false
	}
	if p, _ := prevWordFast(a.text, m.Start); officerOpeners[strings.ToLower(strings.TrimSuffix(p, "-"))] {
		return false
	}
	return thingName(m, m.words) && anyWordIn(a.text, screenWords) && !anyWordIn(a.text, sportWords)
}

// bareTitleStar reports whether a name of one word that ends as a plural
// does ("Zorbits"), before "star" in [workStar], is a show's title and no
// band's or club's: the article never writes it after "the" or "The" (a
// band is "the Lemmos" somewhere in its story: "the Lemmos' new album"),
// and no word of [officerOpeners] stands before it ("former Lemmos star
// Ann Vell" has left a band). It is asked only of the rare plural before
// "star", and reads the article twice at most.
func bareTitleStar(text string, m *mention) bool {
	if len(m.words) != 1 || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); officerOpeners[strings.ToLower(p)] || strings.EqualFold(p, "the") {
		return false
	}
	name := text[m.Start:m.End]
	return !strings.Contains(text, "the "+name) && !strings.Contains(text, "The "+name)
}
