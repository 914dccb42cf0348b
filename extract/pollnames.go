package extract

import "strings"

// pollName reports whether a name the recognizer took for a person ends in
// "Poll" after "the": "the Tervane Quarbin Poll showed", an opinion poll
// (MISC). A person's surname never follows "the" ("referee Ann Poll",
// no "the", is left).
func pollName(text string, m *mention) bool {
	n := len(m.words)
	if m.typ != Person || n < 2 || m.words[n-1] != "poll" || m.canon != "" {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	return strings.EqualFold(p, "the")
}
