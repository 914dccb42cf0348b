package extract

// This file holds the cue of a list of works right after their kind:
// "the spin-off series The Quarbin Years, Lemmo Nine and Tervane", "hit
// shows Zorbit, Lemmo and Vell Street". The kind names every item.

// listKinds are the kinds of work a list of titles follows with no
// "such as": [kindPlurals] and "series", which is its own plural.
func listKind(w string) bool { return w == "series" || kindPlurals[w] }

// kindBeforeList reports whether the list that a name at start is one of
// (two items or more, [listStart] and [listEnd]) opens right after a kind
// of work ([listKind]) with a lower-case word before the kind ("spin-off
// series", "hit shows", "the games"); a name ending at end. A person's
// name of two words is left to the caller's guards.
func kindBeforeList(text string, start, end int) bool {
	s, before := listStart(text, start)
	if _, after := listEnd(text, end); before+after == 0 {
		return false
	}
	k, ks := prevWordFast(text, s)
	if !listKind(k) || paragraphBreak(text[ks:s]) {
		return false
	}
	p, _ := prevWordFast(text, ks)
	return lowerWord(p)
}
