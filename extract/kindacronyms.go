package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail14i) cuts from a name the acronym of a common noun that
// stands before or after it as its kind or a person's job: "the giant
// ISP Quarbnet", "former Tervane TV VJ". The recognizer takes the capitals
// for a piece of the name, and the node's label with it.

// kindAcronymsBefore are acronyms of a kind of firm or of a job that stand
// before the name of one such firm or person: an internet service
// provider, a chief officer, a season's most valuable player.
var kindAcronymsBefore = map[string]bool{"ISP": true, "ISPs": true, "CEO": true, "CFO": true,
	"COO": true, "CTO": true, "MVP": true}

// kindAcronymsAfter are the jobs of people written after the channel
// they work for: a video jockey ("Tervane TV VJ"). "DJ" is left to
// [stationSpans], which cuts it after a radio station's word: after
// another name it may end a DJ's own stage name ("Orbital DJ").
var kindAcronymsAfter = map[string]bool{"VJ": true, "VJs": true}

// kindAcronymSpans cuts a first word of [kindAcronymsBefore] from an
// organization's span of two words or more, or a person's of three,
// whose next word is capitalized ("ISP Quarbnet" → "Quarbnet", "CFO Ann
// Vell" → "Ann Vell"; before one surname, "CEO Vell", the acronym is left
// to the resolver, which reads it as a title and the name as a
// person's), and a last word of [kindAcronymsAfter] from an organization's
// span of two words or more ("Tervane VJ" → "Tervane"). A "DJ" that opens
// a name ("DJ Quarbin", a stage name) is left.
func kindAcronymSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End > len(sents[sp.Sentence].Tokens) || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if (sp.Type == Org || sp.Type == Person && sp.End-sp.Start >= 3) && kindAcronymsBefore[toks[sp.Start].Text] && upperWord(toks[sp.Start+1].Text) {
			sp.Start++
			continue
		}
		if sp.Type == Org && kindAcronymsAfter[toks[sp.End-1].Text] {
			sp.End--
		}
	}
	return spans
}
