package extract

// This file keeps a kind noun that ends a headline from typing the name
// that opens the story under it: "Vell wins Quarbin title" over "Anna
// Vell won her first title ...". A headline has no full stop, so the
// words before the lead's first name are the headline's last ones, and
// "Quarbin title Anna Vell" reads as a maker's work ("PlayStation 2 title
// Singstar"). Only the loose cues of [names.LooseWorkCues] ("title",
// "show", "game") are kept from crossing: a strict kind ending a headline
// ("... is next Bond movie") names the work the story opens with as often
// as not (measured on the BBC graph). A wrapped line ("the Zorbit
// title\nLemmox", as the wire's columns break it) is no paragraph's break
// and keeps its cue.

// paragraphStart reports whether only white space with two line breaks or
// more stands between the start of the text or the last word before i and
// i: a name there opens a paragraph, and no word before it is its cue.
func paragraphStart(text string, i int) bool {
	breaks := 0
	for j := min(i, len(text)) - 1; j >= 0; j-- {
		switch text[j] {
		case '\n':
			breaks++
		case ' ', '\t', '\r':
		default:
			return breaks >= 2
		}
	}
	return true
}
