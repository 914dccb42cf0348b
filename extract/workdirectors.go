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
	if !workTyped(m) || m.acronym || m.Start > 0 && a.text[m.Start-1] == '<' || i+1 >= len(a.ms) {
		return false
	}
	_, se := nextWord(a.text, m.End)
	if n := a.ms[i+1]; n.typ != Person || n.Start != se+1 {
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
