package extract

import "strings"

// This file (tail16z) takes the word after a dateline's dash for a
// sentence's start: "TERVANIA CITY (Wire) - Retailer Quarbin Corp said"
// opens its sentence at "Retailer" as a line's start would. A dash
// inside a sentence ("Quarbin Vell - a retailer - said") is none.

// datelineDash reports whether the dash that starts at dash ends a
// dateline: from its line's start to it stand only words in capitals
// ("TERVANIA CITY", "QUELL, Tervania"'s first word not) and bracketed
// words ("(Wire)", "(Tervania News)"), at least one of them, in at most
// 64 bytes. Only a lone "-" before the word is asked (sentenceStart).
func datelineDash(text string, dash int) bool {
	ls := strings.LastIndexByte(text[:dash], '\n') + 1
	if dash-ls > 64 {
		return false
	}
	seen, depth := false, 0
	for _, c := range []byte(text[ls:dash]) {
		switch {
		case c == '(':
			depth++
			seen = true
		case c == ')':
			depth--
		case depth > 0 || c == ' ' || c == '.' || c == ',' || c == '\'' || c == '&':
		case c >= 'A' && c <= 'Z':
			seen = true
		default:
			return false // a lower-case letter, a digit or another sign outside brackets
		}
	}
	return seen && depth == 0
}
