package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12p) types as a firm the surname-like short name of a
// firm whose possessive opens the name of one of its staff: "Quarbin's
// Ann Vell is recommending", in an article that names "Ann Vell, analyst
// at Lemmo C. Quarbin and Co Inc".

// staffSuffixes follow a firm's name word in its full name: "Quarbin and
// Co", "Quarbin Co Inc", "Quarbin Inc".
var staffSuffixes = [...]string{" and Co", " & Co", " Co ", " Co.", " Inc", " Corp", " Ltd", " Plc"}

// firmStaffPossessive reports whether a name of one word taken for a
// person is a firm's short name by its possessive before a person's name
// (a gazetteer first name and a capitalized word: "Quarbin's Ann Vell")
// when the article writes the word before a company's suffix elsewhere
// ("Lemmo C. Quarbin and Co Inc"). A person's possessive before another
// person ("Vell's Ann Quarbin", his wife) finds no suffix after his name.
func firmStaffPossessive(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.Title != "" || !possessiveAt(text, m.End) {
		return false // the usual case, decided at once
	}
	f, fe := nextWord(text, m.End+len("'s"))
	if strings.HasPrefix(text[m.End:], "’s") {
		f, fe = nextWord(text, m.End+len("’s"))
	}
	s, _ := nextWord(text, fe)
	if !upperWord(f) || !upperWord(s) || !names.IsCapitalized(s) || !placeGaz().FirstName(f) {
		return false
	}
	for _, suf := range staffSuffixes {
		if strings.Contains(text, m.Name+suf) {
			return true
		}
	}
	return false
}
