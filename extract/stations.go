package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// stationRoles are the jobs written between a radio station's name and the
// name of the person who holds them: "Capital Radio DJ Margherita Taylor".
var stationRoles = map[string]bool{"DJ": true, "DJs": true, "presenter": true, "presenters": true}

// stationSpans mends a radio station's name glued to the words around it.
// A span that ends in a job after "Radio", "FM" or a station's number
// ("BBC Radio 1 DJ", "Virgin Radio DJ") loses the job: the station is the
// name, the job describes the person named after it. A span that holds
// "on Radio" and the station's number or word ("Angels on Radio 1", a song
// played on the station; "100% Homegrown on Radio 1", a show) keeps only
// the station; the song or show before it is left unnamed.
func stationSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.Type == Org && stationRoles[toks[sp.End-1].Text] && stationWord(toks, sp.Start, sp.End-2) {
			sp.End--
			continue
		}
		for k := sp.Start + 1; k+1 < sp.End; k++ {
			if toks[k].Text == "on" && toks[k+1].Text == "Radio" && sp.End-(k+1) <= 2 {
				sp.Start, sp.Type = k+1, Org
				break
			}
		}
	}
}

// stationWord reports whether token j, inside a span beginning at start,
// ends a station's name: "Radio", "FM", or a number or a word after "Radio"
// ("Radio 1", "Radio Scotland").
func stationWord(toks []text.Token, start, j int) bool {
	if j < start {
		return false
	}
	switch toks[j].Text {
	case "Radio", "FM":
		return true
	}
	return j-1 >= start && toks[j-1].Text == "Radio"
}
