package extract

import "strings"

// namedScale reports whether a name is a scale of measure named for the
// one who devised it, by the word "scale" right after it every time the
// article writes it: "a tremor of 5.2 on the Quandt scale". The deviser
// himself, quoted in the same article, keeps his name ("Quandt said").
func namedScale(text string, m *mention) bool {
	if !scaleAfter(text, m.End) {
		return false
	}
	return everyTime(text, m.Name, func(end int) bool { return scaleAfter(text, end) })
}

// scaleAfter reports whether the word "scale", and no longer word, follows
// end after one space or a line's end: "scale", "scale,", not "scales"
// or "scaled".
func scaleAfter(text string, end int) bool {
	if end >= len(text) || !asciiSpace(text[end]) {
		return false
	}
	rest, ok := strings.CutPrefix(text[end+1:], "scale")
	return ok && (rest == "" || !isWordByte(rest[0]))
}
