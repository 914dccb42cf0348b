package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// castClauses open a clause after a name and a comma that tells who made
// a film or a show, or what story it tells: "Quarbin Nights, directed by
// Ann Vell, won", "Lemmo, which tells the story of a ferry". A firm is
// run, led or founded, not directed; "starring" after a name is
// [starringAfter]'s (classify.go). "Which focuses on" is a story's only
// before a person of the story ([storyFocus]): a firm focuses on its
// trade.
var castClauses = [...]string{"directed by ", "co-directed by ", "written and directed by ",
	"which tells the story ", "which tells the tale "}

// storyPeople are the people a story is about, after "which focuses on a"
// or "which centres on a": "Lemmo, which focuses on a man who returns".
var storyPeople = names.Set{"man": true, "woman": true, "boy": true, "girl": true, "family": true,
	"couple": true, "teenager": true, "child": true, "young": true, "group": true}

// storyFocus reports whether rest opens with "which focuses on" or "which
// centres on" (or "centers"), an article and a person of a story
// ([storyPeople]): "which focuses on a man who", "which centres on a
// young nurse". "Which focuses on small shops" is a firm's trade.
func storyFocus(rest string) bool {
	var ok bool
	for _, v := range [...]string{"which focuses on ", "which centres on ", "which centers on "} {
		if after, found := strings.CutPrefix(rest, v); found {
			rest, ok = after, true
			break
		}
	}
	if !ok {
		return false
	}
	d, i := nextWord(rest, 0)
	if d != "a" && d != "an" && d != "the" {
		return false
	}
	w, _ := nextWord(rest, i)
	return storyPeople[strings.TrimRight(w, ",.;:")]
}

// castClauseAfter reports whether a name the recognizer typed as an entity
// is a work, a film or a show, by a clause of its making or its story
// right after it and a comma ([castClauses], [storyFocus]): "Quarbin Nights, directed by
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
	return rest[0] == 'w' && storyFocus(rest)
}
