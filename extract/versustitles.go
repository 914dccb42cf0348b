package extract

// This file (tail17i) holds the cue by which a name of words joined by
// "vs" or "versus" that the recognizer took for a person or a place is a
// title: a film's, a game's or a bout's ("Zorbit Vs Quarbin, released
// last summer"). No one's name nor a place's holds the word; a middle
// initial "V." is no "vs". A music act of such a name is typed a body by
// its cues and left ([versusTitle] reads people and places only).

// versusTitle reports whether a name typed a person or a place has "vs"
// or "versus" between two of its words. Cost: a walk over the name's
// folded words.
func versusTitle(m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 3 {
		return false
	}
	for _, w := range m.words[1 : len(m.words)-1] {
		if w == "vs" || w == "versus" {
			return true
		}
	}
	return false
}
