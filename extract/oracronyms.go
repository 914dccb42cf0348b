package extract

import "strings"

// This file (tail13r) reads a common term's acronym given after "or"
// rather than in brackets: "a swap called an exchange of ready goods or
// ERG" abbreviates a term, as "(ERG)" would.

// orDefinedAcronym reports whether m is an acronym right after " or " (a
// comma, a full stop or the line's end after it) whose letters the words
// in lower case before the "or" spell by their initials
// ([lowerDefinition]): then [commonAcronyms] drops it as it drops the
// bracketed ones.
func orDefinedAcronym(text string, m *mention) bool {
	if !m.acronym || m.Start < 5 || text[m.Start-4:m.Start] != " or " {
		return false
	}
	if m.End < len(text) && !strings.ContainsRune(",.;:) \n", rune(text[m.End])) {
		return false
	}
	return lowerDefinition(text[:m.Start-3], m.Name)
}
