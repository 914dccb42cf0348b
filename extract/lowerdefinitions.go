package extract

import (
	"strings"
	"unicode"

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
	fields := strings.Fields(before)
	n := len(letters)
	if len(fields) < n {
		return false
	}
	ws := fields[len(fields)-n:]
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
