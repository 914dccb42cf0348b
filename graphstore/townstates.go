package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// Many towns share a name across states ("Springfield", "Richmond",
// "Decatur"), and a story writes the state after a small town and a comma
// where a reader would not know it ("Decatur, Ill."; "a plant at
// Marysville, Ohio"). Count keeps that state, as its ISO 3166-2 code, in the
// town's ISO (stateAfter); a node's ISO stays a country's. When the
// articles of one town's id write two states or more after it, and at least
// half of them write one, the articles of each state but the one most of
// them write are a node of that state's town ([RuleTownState]). A big city,
// named most of the time alone ("Washington", "Portland"), is left whole.

// RuleTownState makes the articles that write another state after a town
// than most of its articles do a node of that state's town (see
// splitTownStates).
const RuleTownState LinkRule = "town-state"

// stateAfter returns the code of the one state (names.StateAfterComma) that
// the text writes after a comma right after a mention of the place e, or ""
// for none or two. A place whose own name is a state's gets none: "Ohio,
// Indiana and Illinois" is a list of states.
func stateAfter(text string, e *extract.Entity) string {
	code := ""
	for _, m := range e.Mentions {
		// The cheap question first: a comma and a space or a line's end
		// after the mention.
		if m.End+2 >= len(text) || m.End < 0 || text[m.End] != ',' || text[m.End+1] != ' ' && text[m.End+1] != '\n' {
			continue
		}
		c := names.StateAfterComma(text[m.End+2 : min(len(text), m.End+40)])
		if c == "" {
			continue
		}
		if code != "" && c != code {
			return ""
		}
		code = c
	}
	if code != "" && names.StateCode(e.Name) != "" {
		return ""
	}
	return code
}

// splitTownStates parts the articles of each place's id that no rule
// linked in every article by the state each writes after it (an entry's
// ISO code of a state, see stateAfter): the state of most articles keeps
// the id (of as many, the first by code), as do the articles that write no
// state; the articles of each other state go to the id with "~" and the
// state's code after it ("location:pellworth~us-or"). Only where two
// states are written and at least half of the articles write one.
func (c *corpus) splitTownStates(l *linking) {
	for _, id := range c.placedTowns(l) {
		byState := map[string][]int{}
		unplaced := 0
		for _, art := range c.articlesWith(id) {
			if l.to(art, id) != id {
				continue
			}
			if st := c.entryOf(art, id).iso; strings.Contains(st, "-") {
				byState[st] = append(byState[st], art)
			} else {
				unplaced++
			}
		}
		placed := 0
		for _, arts := range byState {
			placed += len(arts)
		}
		if len(byState) < 2 || placed < unplaced {
			continue
		}
		states := sortedIDs(byState)
		keep := slices.MaxFunc(states, func(a, b string) int { return len(byState[a]) - len(byState[b]) })
		for _, st := range states {
			if st == keep {
				continue
			}
			for _, art := range byState[st] {
				c.moveInBy(l, RuleTownState, art, id, id+"~"+strings.ToLower(st))
			}
		}
	}
}

// placedTowns returns, sorted, the ids of places of two articles or more
// that no rule linked in every article and that some article writes a
// state after.
func (c *corpus) placedTowns(l *linking) []string {
	var ids []string
	for _, art := range c.articles {
		for _, e := range art.entries {
			if e.typ == extract.Location && strings.Contains(e.iso, "-") && l.remap[e.id] == "" {
				ids = append(ids, e.id)
			}
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	return slices.DeleteFunc(ids, func(id string) bool { return len(c.articlesWith(id)) < 2 })
}
