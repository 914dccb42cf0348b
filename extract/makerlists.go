package extract

import "strings"

// This file holds tail14x's list of works after their makers: "the
// director behind Zorbit, Lemmo Nights and Tervane", "the directors of
// Quarbin, Vell Road and Lemmo are nominated for the television prize".
// [makerBehind] reads only the name right after "behind"; a list's later
// items are reached by [listSiblings] only when the first is a mention,
// and a title with a number ("Zorbit 2") is none.

// makerScreenWords make a sentence one of the screen or the stage, where
// "the directors of" a list names the works they made, not the boards
// they sit on.
var makerScreenWords = []string{"television", "film", "films", "movie", "movies", "drama", "dramas", "series",
	"sitcom", "comedy", "documentary", "theatre", "stage"}

// makerList reports whether a name typed as an entity is an item of a
// list of two or more names right after one who makes works of the screen
// or the stage ([worksMakers]) and "behind" ("the director behind Zorbit
// and Lemmo Nights"), or after such makers in the plural and "of" in a
// sentence of the screen or the stage ([makerScreenWords]: "the directors
// of Quarbin, Vell Road and Lemmo are up for the television prize"). The
// singular "director of" is a firm's or a body's ("managing director of
// Quarbin and Lemmo"), and is left. A name of [thingName]'s kinds is left.
func makerList(text string, m *mention) bool {
	p, _ := prevWordFast(text, m.Start)
	if !listJoin(p) && !strings.HasSuffix(p, ",") && p != "behind" && p != "of" && p != "the" {
		return false // the cheap first question: a list's join or its opening
	}
	if !workTyped(m) || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	start, before := listStart(text, m.Start)
	if _, after := listEnd(text, m.End); before+after == 0 {
		return false // one name: makerBehind's
	}
	c, cs := prevWordFast(text, start)
	if c == "the" {
		c, cs = prevWordFast(text, cs)
	}
	if c != "behind" && c != "of" {
		return false
	}
	k, _ := prevWordFast(text, cs)
	if !worksMakers[k] {
		return false
	}
	if c == "of" {
		from, to := sentenceAround(text, m.Start, m.End)
		if !strings.HasSuffix(k, "s") || !anyWordIn(strings.ToLower(text[from:to]), makerScreenWords) {
			return false
		}
	}
	return thingName(m, m.words)
}
