package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"
)

// mixedDefinition reports whether the words that end before (the text
// before an acronym's parenthesis) spell the acronym by their initials, the
// first of them a word in lower case and one or more of the others an
// acronym in capitals that gives its first letter: "a digital terrestrial
// TV (DTT) service", "an internet TV (ITV) box". Like [lowerDefinition]'s
// words in lower case, they define a common noun's acronym, not a name's;
// a definition that begins with a capital ("the Tervane Broadcasting
// Union (TBU)") is a name's.
func mixedDefinition(before, acr string) bool {
	letters := definitionLetters(acr)
	if len(letters) < 2 || len(letters) > 6 || !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "\n") {
		return false
	}
	n := len(letters)
	ws := lastFields(before, n)
	if len(ws) < n {
		return false
	}
	caps := false
	for i, w := range ws {
		switch {
		case lowerWord(w) && !names.MinorWords[w]:
		case i > 0 && len(w) >= 2 && names.IsAcronym(w) && names.IsUpperWord(w):
			caps = true
		default:
			return false
		}
		if unicode.ToLower(rune(w[0])) != rune(letters[i]) {
			return false
		}
	}
	return caps
}

// definitionLetters returns the letters of an acronym in lower case,
// without its periods, ampersands and digits, as a definition's initials
// spell them: "E.F.P.S." gives "efps" ([acronymLetters] keeps the digits).
func definitionLetters(acr string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, acr)
}

// lastFields returns the last n fields of s as [strings.Fields] splits
// them (all of them where s has fewer), reading s from its end only: a
// definition is read from the words right before its acronym, and the
// text before them, the whole article up to there, is not split for each
// acronym.
func lastFields(s string, n int) []string {
	out := make([]string, 0, min(n, 16))
	end := len(s)
	for len(out) < n {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		out = append(out, s[start:end])
		end = start
	}
	slices.Reverse(out)
	return out
}
