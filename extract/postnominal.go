package extract

import "github.com/nergraph/nergraph/extract/text"

// postNominals are the letters of a British office written before or after
// a name, which are no part of it: "Frank Field MP", "MEP Nigel Farage",
// "Guy Mansfield QC", "Tom McCabe MSP".
var postNominals = map[string]bool{"MP": true, "MEP": true, "MSP": true, "QC": true}

// trimPostNominals cuts such letters from the ends of names ("Labour MP"
// is Labour's) and drops a span that is only the letters ("QC"). "QC"
// before a name is left alone: it is no title there.
func trimPostNominals(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		n := sp.End - sp.Start
		last := toks[sp.End-1].Text
		switch {
		case n == 1 && postNominals[last]:
			sp.End = sp.Start // dropped
		case n >= 2 && postNominals[last]:
			sp.End--
		}
		if first := toks[sp.Start].Text; sp.Type == Person && sp.End-sp.Start >= 2 && postNominals[first] && first != "QC" {
			sp.Start++
		}
	}
}
