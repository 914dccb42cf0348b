package extract

import "strings"

// This file (tail16e) reads an apposition whose comma ends a line. Wire
// copy is broken into lines of some sixty bytes, so the comma after a
// name is as often followed by the line's end as by a space: "trials of
// Zorbit,\na drug used to treat". The rules that read a thing's
// apposition asked for ", " only, and so missed every apposition the
// line's end fell in.

// commaRest returns the text after a comma at end and the gap after it:
// a space, or one line's end ([lineGap]: a blank line parts two
// paragraphs, and no apposition goes on past it). ok is false when no
// comma stands at end, or no such gap follows it.
func commaRest(text string, end int) (rest string, ok bool) {
	if rest, ok = strings.CutPrefix(text[end:], ", "); ok {
		return rest, true // the usual case, decided at once
	}
	if !strings.HasPrefix(text[end:], ",\n") || !lineGap(text, end+1) {
		return "", false
	}
	return text[end+2:], true
}
