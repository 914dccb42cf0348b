package extract

import "strings"

// This file holds tail14x's work in brackets after a player's name in a
// list of nominees: "the best actor award with Ann Vell (Zorbit Road) and
// Tom Quarn (Lemmo)". A report on prizes of the stage or the screen puts
// the play or the film a player is up for in brackets after the name.

// castWords make a sentence a list of a cast's nominees.
var castWords = []string{"actor", "actress", "actors", "actresses", "nominee", "nominees", "nominated",
	"nomination", "nominations", "newcomer", "performance", "performances"}

// castBracket reports whether the article's mention ms[i], a name typed as
// an organization or a place, or as a person with two words or more
// opening with no given name, stands alone in brackets, or first in them
// before a comma or a slash, right after a person's name of two words or
// more, in a sentence of a cast's nominees ([castWords]) in an article
// with no word of sport ([sportWords]) or a sentence of the arts
// ([artsSentence]): "the best actor award with Tom Quarn (Zorbit Road)".
// A player's part is a person ("Ann Vell (Lemmo)" as the character), and
// a club ("Tom Quarn (Quarbin Rovers)") is a sport's; a name of
// [thingName]'s kinds is left ("Ann Vell (Tervane)", her country).
func castBracket(text string, ms []*mention, i int) bool {
	m := ms[i]
	if i == 0 || m.Start < 2 || m.End >= len(text) || text[m.Start-1] != '(' || !lineGap(text, m.Start-2) ||
		!strings.ContainsRune("),/", rune(text[m.End])) {
		return false // the cheap first question
	}
	p := ms[i-1]
	if p.End != m.Start-2 || p.typ != Person || len(p.words) < 2 || p.removed || !workTyped(m) || m.acronym || m.removed {
		return false
	}
	if m.typ == Person {
		if g := placeGaz(); g == nil || len(m.words) < 2 || g.FirstName(m.words[0]) {
			return false
		}
	}
	from, to := sentenceAround(text, m.Start, m.End)
	if !anyWordIn(strings.ToLower(text[from:to]), castWords) ||
		anyWordIn(text, sportWords) && !artsSentence(text, m.Start, m.End) {
		return false
	}
	return thingName(m, m.words)
}
