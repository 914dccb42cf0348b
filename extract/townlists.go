package extract

import (
	"regexp"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file types as towns the names in a list of towns that ends in a
// state, as Reuters writes the places a business serves: "the systems
// operate in Tervane, Amlow, Quarbin and Zorbit Falls, N.Y.". The
// recognizer takes some of them for people or firms.

// townItem is a town's name in such a list: one to three capitalized
// words.
const townItem = `[A-Z][A-Za-z'-]*(?:[ \n][A-Z][A-Za-z'-]*){0,2}`

// townSep is what stands between two towns of a list: a comma, "and" or
// both.
const townSep = `(?:,[ \n]+(?:and[ \n]+)?|[ \n]+and[ \n]+)`

var (
	// townsAfter reads, after a name, the rest of a list up to the comma
	// before the state: "Amlow and Zorbit Falls, ".
	townsAfter = regexp.MustCompile(`^` + townSep + `(?:` + townItem + townSep + `)*` + townItem + `,[ \n]+`)
	// townsBefore reads, before a name, the list's beginning from a
	// preposition of place: "in Tervane, Amlow, ".
	townsBefore = regexp.MustCompile(`\b(?:in|at|near)[ \n]+((?:` + townItem + townSep + `)*)$`)
)

// townInList reports whether a name the recognizer took for a person or a
// firm stands in a list of towns after "in", "at" or "near" whose last
// town a comma and a state's abbreviation or name follow: "operate in
// Tervane, Amlow, Quarbin and Zorbit Falls, N.Y.". The list holds two
// towns at least; a name with a word of an organization, a title or "of"
// is left, as is a town the article also writes as a firm's name
// ([townOnly] asks for the list's own shape).
func townInList(text string, m *mention) bool {
	if m.canon != "" || m.Title != "" || m.country >= 0 || len(m.words) == 0 || len(m.words) > 3 || m.End >= len(text) {
		return false
	}
	if rest := text[m.End:]; rest[0] != ',' && !strings.HasPrefix(rest, " and ") && !strings.HasPrefix(rest, "\nand ") {
		return false // no list goes on after the name: the usual case, read without the patterns
	}
	if rest := text[m.End+1:]; text[m.End] == ',' && !townOrStateNext(rest) {
		return false // a lower-case word after the comma: no town and no state follows
	}
	for _, w := range m.words {
		if orgWord(w) || w == "of" {
			return false
		}
	}
	if !listBefore(text, m.Start) {
		return false // neither "in", "at", "near" nor a list's comma or "and" before the name: townsBefore cannot match
	}
	end := m.End
	if loc := townsAfter.FindStringIndex(text[end:min(len(text), end+400)]); loc != nil {
		if firmInList(text[end : end+loc[1]]) {
			return false
		}
		end += loc[1]
	} else if text[end] == ',' {
		end++
	} else {
		return false
	}
	if !stateAbbrevAt(text, end) && !stateNameAt(text, end) {
		return false
	}
	before := townsBefore.FindStringSubmatch(text[max(0, m.Start-400):m.Start])
	if before == nil || before[1] == "" && end == m.End+1 || firmInList(before[1]) {
		return false // no list: one town before its state, townBeforeState's
	}
	return !strings.ContainsAny(m.Name, "'’") || strings.Contains(m.Name, "O'")
}

// townOrStateNext reports whether what follows a comma may go on with a
// list's next town or its state, as [townsAfter], [stateAbbrevAt] and
// [stateNameAt] read them: a word after spaces that begins with a capital
// letter or is "and".
func townOrStateNext(rest string) bool {
	w, _ := nextWord(rest, 0)
	return w != "" && ('A' <= w[0] && w[0] <= 'Z' || strings.HasPrefix(w, "and"))
}

// listBefore reports whether the text before a name may end as
// [townsBefore] needs: spaces after a comma, "and", or "in", "at" or
// "near". It is cheaper than the pattern and never false where the pattern
// would match.
func listBefore(text string, start int) bool {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\n') {
		i--
	}
	if i == start || i == 0 {
		return false
	}
	if text[i-1] == ',' {
		return true
	}
	for _, w := range [...]string{"and", "in", "at", "near"} {
		if strings.HasSuffix(text[:i], w) {
			return true
		}
	}
	return false
}

// firmInList reports whether a piece of a list holds a word of an
// organization's name ("Zorbit Inc"): a list of firms, not of towns.
func firmInList(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if upperWord(w) && orgWord(names.Key(strings.Trim(w, ","))) {
			return true
		}
	}
	return false
}
