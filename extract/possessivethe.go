package extract

// This file holds the gap between a maker's possessive and a work's name
// that the recognizer leaves when the title begins with "The": "Ann
// Vell's The Blue Zorbit" is tagged "Blue Zorbit", a capitalized "The"
// between. [artistWork] reads the possessive across it.

// theAfterPossessive returns the length of the gap between a possessive
// and a name that begins at start: 7 for "'s The " (the title's own
// "The"), 3 for "'s ", 0 for none.
func theAfterPossessive(text string, start int) int {
	if start >= 7 && text[start-7:start] == "'s The " {
		return 7
	}
	if start >= 3 && text[start-3:start] == "'s " {
		return 3
	}
	return bareApostropheGap(text, start) // tail14n
}

// bareApostropheGap returns the gap of a possessive written with a bare
// apostrophe after a name ending in "s" ("Ann Lewis' Zorbit Road", "Ann
// Lewis' The Zorbit"): 2 for "' ", 6 for "' The ", 0 for none.
func bareApostropheGap(text string, start int) int {
	if start >= 7 && text[start-7:start] == "s' The " {
		return 6
	}
	if start >= 3 && text[start-3:start] == "s' " {
		return 2
	}
	return 0
}
