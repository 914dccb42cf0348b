package extract

import "strings"

// castClauses open a clause after a name and a comma that tells who made
// a film or a show, or what story it tells: "Quarbin Nights, directed by
// Ann Vell, won", "Lemmo, which tells the story of a ferry". A firm is
// run, led or founded, not directed; "starring" after a name is
// [starringAfter]'s (classify.go), and "which focuses on" is left (a firm
// focuses on its trade).
var castClauses = [...]string{"directed by ", "co-directed by ", "written and directed by ",
	"which tells the story ", "which tells the tale "}

// castClauseAfter reports whether a name the recognizer typed as an entity
// is a work, a film or a show, by a clause of its making or its story
// right after it and a comma ([castClauses]): "Quarbin Nights, directed by
// Ann Vell, was named best picture". A person's name of two words or more,
// or with a title, is left ("Ann Vell, directed by her father" may be an
// actor), and so is a name of [thingName]'s kinds (an organization's
// word, a place, a country) or one ending in a firm's word of the screen
// trade ([personFirmTails]: "Quarbin Pictures, directed by Ann Vell since
// 1990").
func castClauseAfter(text string, m *mention) bool {
	rest, ok := strings.CutPrefix(text[m.End:], ", ")
	if !ok {
		return false // the cheap first question
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 6 || m.typ == Person && (len(m.words) > 1 || m.Title != "") {
		return false
	}
	if !castClauseAt(rest) {
		return false
	}
	return !personFirmTails[m.words[len(m.words)-1]] && thingName(m, m.words)
}

// castClauseAt reports whether rest opens with a clause of [castClauses].
func castClauseAt(rest string) bool {
	if rest == "" || rest[0] != 'd' && rest[0] != 'c' && rest[0] != 'w' {
		return false
	}
	for _, c := range castClauses {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}
