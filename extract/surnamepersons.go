package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// surnamePersons types as a person a name of two words that the
// recognizer alone took for an organization, when the article names it by
// its last word alone as well, typed a person and read as one by the
// words around it ([surnameCue]: "Mr Quarnsen", "Quarnsen said he",
// "Quarnsen" in a team sheet); the surname, if left apart as a person's,
// goes under it. A person goes by the surname, a
// firm by its first word ("Quarbin" for "Quarbin Tervane"). A name with a
// word of organizations' names ("Tervane Holdings"), a place's word or a
// name a rule or a table settled is left, and so is one whose short name
// has no person's cue: a firm's short name is typed a person as often
// ("the missing Quarbin documents", "Tervane, Quarbin to buy").
func surnamePersons(text string, groups []*group) {
	t := names.Tables()
	for _, g := range groups {
		if g.parent != nil || g.isFixed || g.typ != Org || len(g.words) != 2 || anyOrgWord(g.words) ||
			t.KnownPlace(g.words[0]) || t.KnownPlace(g.words[1]) || compassWords[g.words[0]] ||
			slices.ContainsFunc(g.own, func(m *mention) bool { return m.ruled() || len(m.words) != 2 || m.acronym }) {
			continue
		}
		var short []*group
		person := false
		for _, c := range groups {
			if len(c.words) != 1 || c.words[0] != g.words[1] || c.isFixed || c.ambiguous ||
				c.parent != nil && c.root() != g || c.parent == nil && c.typ != Person {
				continue
			}
			if slices.ContainsFunc(c.own, func(m *mention) bool { return m.ruled() }) {
				person = false
				break
			}
			short = append(short, c)
			person = person || slices.ContainsFunc(c.own, func(m *mention) bool { return m.typ == Person && surnameCue(text, m) })
		}
		if !person {
			continue
		}
		g.typ = Person
		for _, c := range short {
			c.parent = g // the surname left apart as a person's ("Quarnsen" beside "Ivo Quarnsen" typed ORG)
		}
	}
}

// surnameCue reports whether the words around a mention say it names a
// person: a title before it ("Mr Quarnsen"), a personal pronoun after it
// ("Quarnsen said he"), or a team sheet's line around it ([sheetItem]).
// A headline's capitals say nothing ("Vell May Miss Lions").
func surnameCue(text string, m *mention) bool {
	return !m.headline && (m.Title != "" || m.personal || sheetItem(text, m))
}

// sheetItem reports whether a mention is an item of a team sheet's line:
// a comma before it, a comma, a bracket or a full stop after it, and a
// line of five items or more with at most two lower-case words ("Vell,
// Marlow (capt), Dunne, Quarnsen, Tobin (Pell 63)."). A sentence that
// lists names ("Tervane, Quarbin and Vell said") has more of them.
func sheetItem(text string, m *mention) bool {
	if m.Start < 2 || text[m.Start-2:m.Start] != ", " || m.End >= len(text) || !strings.ContainsRune(",(.", rune(text[m.End])) &&
		!strings.HasPrefix(text[m.End:], " (") {
		return false
	}
	ls := strings.LastIndexByte(text[:m.Start], '\n') + 1
	le := strings.IndexByte(text[m.End:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += m.End
	}
	if le-ls > 600 {
		return false
	}
	line := text[ls:le]
	if strings.Count(line, ",") < 4 {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(line) {
		if r := w[0]; r >= 'a' && r <= 'z' {
			if lower++; lower > 2 {
				return false
			}
		}
	}
	return true
}
