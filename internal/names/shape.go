package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsUpperWord reports whether w has letters and all of them are upper case.
func IsUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// IsCapitalized reports whether w starts with an upper-case letter or digit.
func IsCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// IsAcronym reports whether w looks like an acronym: 2 to 6 upper-case
// letters, perhaps with periods ("KCNA", "U.N.").
func IsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.' || r == '&' || r == '-':
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// namePrefixes are the starts of surnames written with an inner capital:
// "McDonald", "MacArthur", "DiCaprio", "LaFleur", "DeLay", "VanDyke".
var namePrefixes = []string{"Mc", "Mac", "Di", "De", "Da", "Del", "Della", "La", "Le", "Du", "Van", "Von", "St", "Fitz", "Al", "El", "Ben", "Abu", "Bin", "Ter", "Ten"}

// IsCamelCase reports whether a single word has a capital inside it that no
// surname prefix explains: "OpenAI", "PeopleSoft", "eBay", "JetBlue" are
// companies and products far more often than people.
func IsCamelCase(w string) bool {
	if strings.ContainsAny(w, "'’-.&") || IsUpperWord(w) {
		return false
	}
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) && prevLower {
			head := w[:i]
			for _, p := range namePrefixes {
				if head == p || head == strings.ToLower(p) {
					return false
				}
			}
			return utf8.RuneCountInString(w[i:]) >= 2
		}
		prevLower = unicode.IsLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return false
}
