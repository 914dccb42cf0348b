package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// episodeVerbs may follow a programme's name after "episodes of" where a
// list's separator does not: "episodes of Zorbit have been made".
var episodeVerbs = names.Set{"have": true, "has": true, "had": true, "was": true, "were": true, "is": true,
	"are": true, "will": true, "would": true, "could": true, "may": true, "air": true, "aired": true, "airs": true,
	"appear": true, "appeared": true}

// episodeListed reports whether a name typed as an entity stands in a
// list of programmes right after "episode of" or "episodes of": before
// it, back to "of", only capitalized words, numbers ("24"), commas, "and",
// "or" and "&"; after it, the list's separator or end ([runEnd]) or a
// verb of [episodeVerbs] ("new episodes of 24, Zorbit Lane and Lemmo
// appear", "six episodes of Tervo have been made"). Only a programme has
// episodes. An acronym ("an episode of BBC sketch show Zorbit", the
// broadcaster's), a name in a headline and a name of [thingName]'s kinds
// are left. It walks back sixteen words at most (tail15l).
func episodeListed(text string, m *mention) bool {
	if m.Start < 12 || !strings.Contains(text[max(0, m.Start-120):m.Start], "episode") {
		return false // the cheap first question: no "episode" close before the name
	}
	if !workTyped(m) || m.acronym || m.headline || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	if !runEnd(text, m.End) {
		if n, _ := nextWord(text, m.End); !episodeVerbs[n] {
			return false
		}
	}
	i := m.Start
	for range 16 {
		w, ws := prevWordFast(text, i)
		k := strings.TrimSuffix(w, ",")
		switch {
		case w == "of":
			p, _ := prevWordFast(text, ws)
			return (p == "episode" || p == "episodes") && thingName(m, m.words)
		case w == "and" || w == "or" || w == "&" ||
			k != "" && (upperWord(k) || isDigit(k[0])) && !strings.ContainsAny(k, ".,;:()\"!"):
			i = ws
		default:
			return false
		}
	}
	return false
}
