package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10ya) types as firms the brokers and banks named by their
// partners' surnames that the recognizer took for people, where the
// words after them say it: their staff named after them ("Tervane Quarbin
// analyst Ann Lemmo said").

// staffAfterRoles follow a firm's name before the name of the one who
// works there: "Tervane Quarbin analyst Ann Lemmo", "Lunmark Vell
// economist Jo Pike".
var staffAfterRoles = [...]string{" analyst", " economist", " strategist"}

// staffAfterFirm reports whether a name of two words or more that the
// recognizer took for a person is followed by a firm's staff word and a
// capitalized name: an analyst works for a firm, not for a person.
func staffAfterFirm(text string, m *mention) bool {
	if m.typ != Person || len(m.words) < 2 || m.Title != "" || m.End >= len(text) || text[m.End] != ' ' {
		return false
	}
	rest := text[m.End:]
	for _, role := range staffAfterRoles {
		if strings.HasPrefix(rest, role) && len(rest) > len(role) && (rest[len(role)] == ' ' || rest[len(role)] == '\n') {
			next, _ := nextWord(text, m.End+len(role))
			return upperWord(next) && names.IsCapitalized(next)
		}
	}
	return false
}
