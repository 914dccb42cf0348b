package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail14i) cuts from a name the acronym of a common noun that
// stands before or after it as its kind or a person's job: "the giant
// ISP Quarbnet", "former Tervane TV VJ". The recognizer takes the capitals
// for a piece of the name, and the node's label with it.

// firmKindAcronyms are acronyms of a kind of firm that stand before the
// name of one: an internet service provider ("ISP Quarbnet").
var firmKindAcronyms = map[string]bool{"ISP": true, "ISPs": true}

// jobAcronyms are acronyms of a person's job or honour that stand before
// the person's name: a chief officer, a season's most valuable player
// ("CFO Ann Vell").
var jobAcronyms = map[string]bool{"CEO": true, "CFO": true, "COO": true, "CTO": true, "MVP": true}

// kindAcronymsAfter are the jobs of people written after the channel
// they work for: a video jockey ("Tervane TV VJ"). "DJ" is left to
// [stationSpans], which cuts it after a radio station's word: after
// another name it may end a DJ's own stage name ("Orbital DJ").
var kindAcronymsAfter = map[string]bool{"VJ": true, "VJs": true}

// kindAcronymSpans cuts a first word of [firmKindAcronyms] from an
// organization's span of two words or more, and one of [jobAcronyms] from
// an organization's or a person's span of three, when the next word is
// capitalized ("ISP Quarbnet" → "Quarbnet", "CFO Ann Vell" → "Ann Vell").
// Before one word, "CEO Vell", a job's acronym is left: the resolver
// reads it as a title and the name as a person's, where the lone word
// cut from it lost the person's type. A last word of [kindAcronymsAfter]
// is cut from an organization's span of two words or more ("Tervane VJ"
// → "Tervane"). A "VJ" that opens a name ("VJ Tervane") is left.
func kindAcronymSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if first := toks[sp.Start].Text; upperWord(toks[sp.Start+1].Text) && (sp.Type == Org && firmKindAcronyms[first] ||
			(sp.Type == Org || sp.Type == Person) && sp.End-sp.Start >= 3 && jobAcronyms[first]) {
			sp.Start++
			continue
		}
		if sp.Type == Org && kindAcronymsAfter[toks[sp.End-1].Text] {
			sp.End--
		}
	}
	return spans
}
