package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// sportWords are words of a sports report: a club's name before "star" is
// not a work's ("Quarbin star Ann Vell scored twice").
var sportWords = []string{"match", "goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "league",
	"rugby", "football", "squad", "coach", "tries", "Premiership", "fixture", "cricket", "wicket", "innings",
	"tournament"}

// screenWords are words of a report on films and television: a work's star
// is named in one ("the best actress Oscar", "the film"); a club's is named
// in a sports report, which in a wire's few lines may lack [sportWords]
// ("Quarbin star Ann Vell said Monday").
var screenWords = []string{"film", "films", "movie", "movies", "actor", "actress", "actors", "sitcom", "comedy",
	"drama", "Oscar", "Oscars", "Bafta", "episode", "cinema"}

// workStar reports whether the article's mention ms[i], a name typed as an
// organization, a person or a place, is the title of a film or a show by
// "star" or "stars" and a person's name right after it: "Zorbit star Ann
// Vell won", "Lemmo Drake star Ann Vell". Clubs and bands have stars too:
// a name whose last word is a plural ("Happy Lemmos star", "the Quarbin
// Hammers star") is left, and so is every name in an article with a word
// of sport ([sportWords]: "Tervane star Ann Vell scored") or none of the
// screen ([screenWords]), and an acronym ("the QBA star"). A name of
// [thingName]'s kinds (a place: "Hollywood star"; a demonym, a
// country, an organization's word) is left too.
func workStar(a *article, i int) bool {
	m := a.ms[i]
	rest := a.text[m.End:]
	if !strings.HasPrefix(rest, " star ") && !strings.HasPrefix(rest, " stars ") {
		return false // the cheap first question
	}
	if !workBeforePerson(a, i) {
		return false
	}
	if l := last(m.words); len(l) > 2 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") &&
		!bareTitleStar(a.text, m) { // tail17t
		return false
	}
	return thingName(m, m.words) && anyWordIn(a.text, screenWords) && !anyWordIn(a.text, sportWords)
}

// anyWordIn reports whether text holds one of words as a word.
func anyWordIn(text string, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			j += i
			e := j + len(w)
			if (j == 0 || !isWordByte(text[j-1])) && (e == len(text) || !isWordByte(text[e])) {
				return true
			}
			i = e
		}
	}
	return false
}

// makerBehind reports whether a name typed as an entity follows one who
// makes works of the screen or the stage ([worksMakers]) and "behind",
// maybe with "the": "the director behind Zorbit, Lemmo and Tervane", "the
// writers behind the Quarbin Diaries". "The man behind Quarbin" and "the
// team behind Zorbit" are as often a firm's founders, and are left.
func makerBehind(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "the" {
		p, ps = prevWordFast(text, ps)
	}
	if p != "behind" {
		return false // the cheap first question
	}
	if k, _ := prevWordFast(text, ps); !worksMakers[k] {
		return false
	}
	return workTyped(m) && !(m.Start > 0 && text[m.Start-1] == '<') && thingName(m, m.words)
}

// worksMakers make films, shows and plays: "the director behind".
var worksMakers = names.Set{"director": true, "directors": true, "writer": true, "writers": true, "screenwriter": true,
	"screenwriters": true, "producer": true, "producers": true, "creator": true, "creators": true, "composer": true,
	"playwright": true}

// workBeforePerson reports whether mention i, a name a work's title may be
// ([workTyped]; no acronym, none inside a tag), stands one word before a
// person's name: "Lemmo Drake star Ann Vell", "Zorbit director Ann Vell"
// (the shared frame of [workStar] and [workDirector]).
func workBeforePerson(a *article, i int) bool {
	m := a.ms[i]
	if !workTyped(m) || m.acronym || m.Start > 0 && a.text[m.Start-1] == '<' || i+1 >= len(a.ms) {
		return false
	}
	_, se := nextWord(a.text, m.End)
	n := a.ms[i+1]
	return n.typ == Person && n.Start == se+1
}
