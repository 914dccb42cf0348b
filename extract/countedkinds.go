package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue of a list set after a counted kind and a comma:
// "dominated by four carriers, Quelby which ..., Lemmo which ...", "it
// bought two beauty brands, Zorbit and Ann Vell, last year". The count
// and the kind before the comma say what every item of the list is.

// kindCounts are the words that count a kind's members before it: a
// number written as a word, or "several" and "both".
var kindCounts = names.Set{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "both": true}

// countedKind returns the plural noun of a kind that closes, with a comma,
// the words right before s, when a count ([kindCounts] or digits) opens
// them with at most two lower-case words between ("four carriers,",
// "two beauty brands,", "the three big banks,"); "" otherwise. The caller
// asks the kind's set.
func countedKind(text string, s int) string {
	k, i := prevWordFast(text, s)
	kind, ok := strings.CutSuffix(k, ",")
	if !ok || !lowerWord(kind) || paragraphBreak(text[i:s]) {
		return ""
	}
	for n := 0; n < 3; n++ {
		w, ws := prevWordFast(text, i)
		if kindCounts[w] || w != "" && strings.Trim(w, "0123456789") == "" {
			return kind
		}
		if !lowerWord(w) || paragraphBreak(text[ws:i]) {
			return ""
		}
		i = ws
	}
	return ""
}

// countedKindList returns the kind that a count opens before the list a
// name at m is one of ([countedKind]): the list holds two items at least,
// or the name is its first and "which" follows it ("four carriers, Quelby
// which ..."). A lone name after the comma with no "which" is left: "the
// two firms, Vell said, will merge" reports a speaker.
func countedKindList(text string, m *mention) string {
	s, before := listStart(text, m.Start)
	kind := countedKind(text, s)
	if kind == "" || before > 0 {
		return kind // the count first: nearly every name has none, and the walk after it is spared
	}
	if _, after := listEnd(text, m.End); after == 0 {
		if w, _ := nextWord(text, m.End); w != "which" {
			return ""
		}
	}
	return kind
}
