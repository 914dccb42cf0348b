package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12o's cue of a town typed as an organization by the
// county or state written after it with a comma: "the line at Zorbury,
// Hertfordshire", "stand against him in Quarnfield, Nottinghamshire".
// Firms too are named after their towns; the name must be a town
// GeoNames or the tables know, no organization's longer name in the
// article may begin with it ([firmBegun]: "Zorbury" of "Zorbury Foods
// Corp, Kansas"), and the county must end the phrase (not "Quarnfield,
// Texas-based", "Zorbury, Ohio Edison").

// townCounties retypes as a place every mention typed as an organization
// of a one-word name ([regionCandidate], no acronym) that some mention,
// typed as an organization or a place, shows to be a town by a comma and
// a county or a state right after it ([countyAfter]): "Zorbury
// executives" in a headline, "at Zorbury, Hertfordshire" in the text.
func (r *Resolver) townCounties(a *article) {
	var towns []string // keys
	for _, m := range a.ms {
		if m.typ != Org && m.typ != Location || len(m.words) != 1 || m.acronym || m.country >= 0 || m.agency >= 0 || !countyAfter(a.text, m.End) {
			continue
		}
		if r.knownPlaceKey(m.key) && !firmBegun(a, m) {
			towns = append(towns, m.key)
		}
	}
	if towns == nil {
		return
	}
	for _, m := range a.ms {
		if m.typ == Org && len(m.words) == 1 && !m.acronym && regionCandidate(m) && containsString(towns, m.key) {
			m.typ, m.typed = Location, true
		}
	}
}

// countyAfter reports whether a comma, a space and a county or a state
// ([names.Shires], [names.IsRegion]) stand at i, the county followed by a
// stop, a comma, a semicolon, a bracket, a line's end or the text's end.
func countyAfter(text string, i int) bool {
	if !strings.HasPrefix(text[i:], ", ") {
		return false // the cheap first question
	}
	w, e := nextWord(text, i+2)
	if w == "" || !upperWord(w) {
		return false
	}
	trimmed := strings.TrimRight(w, ".,;:)")
	if len(trimmed) == len(w) && e < len(text) && text[e] != '\n' {
		return false // the county must end the phrase: "Quarnfield, Texas Instruments"
	}
	k := names.Key(trimmed)
	return names.Shires[k] || names.IsRegion(k)
}
