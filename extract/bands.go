package extract

import "strings"

// bandNouns stand right before a band's name: "Glasgow group Franz
// Ferdinand", "rock band Bloc Party", "singing duo Quarbin".
var bandNouns = map[string]bool{"band": true, "group": true, "duo": true, "trio": true, "quartet": true,
	"quintet": true, "outfit": true}

// bandMembers follow a band's name before the name of a member: "Franz
// Ferdinand frontman Alex Kapranos", "Linkin Park guitarist Brad Delson".
var bandMembers = [...]string{" frontman", " frontwoman", " guitarist", " drummer", " bassist", " keyboardist", " lead singer"}

// membersAfter reports whether "and" or a comma and a capitalized word
// follow position i: the first of the people a band word names.
func membersAfter(text string, i int) bool {
	rest := text[i:]
	if r, ok := strings.CutPrefix(rest, " and "); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, ", "); ok {
		rest = r
	} else {
		return false
	}
	w, _ := nextWord(rest, 0)
	return upperWord(w)
}

// bandCue reports whether a name the recognizer took for a person is a
// band's, by a word for a band right before it or a band member's role
// and a capitalized name right after it: a person has no frontman. A
// band is an organization (CoNLL tags bands ORG); typed so, the
// article's other mentions of the name ("Franz Ferdinand have won") go
// with it.
func bandCue(text string, m *mention) bool {
	if m.typ != Person || m.Title != "" {
		return false
	}
	if pluralSubject(text, m) {
		return true
	}
	if p, ps := prevWordFast(text, m.Start); bandNouns[p] {
		// Not a title nor a possessive: "the group's Ann Vell", "Group
		// Chairman Ann Vell" are people.
		// Nor the members the words name: "Ethiopian duo Gebre Gebremariam
		// and Dejene Berhanu", "skating duo Jayne Torvill and Christopher
		// Dean".
		q, _ := prevWordFast(text, ps)
		return q != "" && !strings.HasSuffix(q, ".") && !strings.HasSuffix(q, ",") && !membersAfter(text, m.End)
	}
	if m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	rest := text[m.End:]
	for _, role := range bandMembers {
		if strings.HasPrefix(rest, role) && len(rest) > len(role) && rest[len(role)] == ' ' {
			next, _ := nextWord(text, m.End+len(role))
			return upperWord(next)
		}
	}
	return false
}
