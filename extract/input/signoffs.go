package input

import "strings"

// This file (tail14v) holds the cue by which a last line is the wire's
// sign-off misspelt ("REUTTER", "REUTR", "REUTEF", "Reuter7"): one word a
// single letter off "Reuter", alone on the story's last line, where the
// sign-off stands. Left in, it is an organization of its own with no
// other mention. "Reuters" is not read as one: the agency by its name.

// misspeltSignOff reports whether w, a last line's one word trimmed of
// spaces and full stops, opens with a capital R, differs from "reuter" by
// one letter added, dropped or changed (ignoring case), and is not
// "reuters". A lower-case word is the text's own, wrapped ("the router").
func misspeltSignOff(w string) bool {
	if len(w) < 5 || len(w) > 7 || w[0] != 'R' || strings.EqualFold(w, "reuters") {
		return false
	}
	return oneEditApart(strings.ToLower(w), "reuter")
}

// oneEditApart reports whether a and b, ASCII, differ by exactly one
// letter added, dropped or changed.
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:] // one letter changed
	}
	return a[i:] == b[i+1:] // one letter added to a
}
