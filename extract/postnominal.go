package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
)

// postNominals are the letters of a British office written before or after
// a name, which are no part of it: "Frank Field MP", "MEP Nigel Farage",
// "Guy Mansfield QC", "Tom McCabe MSP".
var postNominals = map[string]bool{"MP": true, "MEP": true, "MSP": true, "QC": true}

// trimPostNominals cuts such letters from the ends of names ("Labour MP"
// is Labour's) and drops a span that is only the letters ("QC"). "QC"
// before a name is left alone: it is no title there. It first cuts an
// honour's letters in capitals ([honourTail]: "OBE", "KBE") from the end of
// a span typed a person of two words or more before them: "the donor Ann
// Vell OBE" is Ann Vell. Only a person's span: the same letters alone or
// after a firm's words may be a firm's own name ("MBE" of a chain of shops).
func trimPostNominals(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.Type == Person && sp.End-sp.Start >= 3 && honourTail(toks[sp.End-1].Text) && upperWord(toks[sp.End-2].Text) {
			sp.End-- // an honour's letters after a person's name (tail17f): "Ann Vell OBE"
		}
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

// honourTail reports whether w is an honour's letters written in capitals
// ([honourLetters]): "OBE", not "Obe".
func honourTail(w string) bool {
	return len(w) == 3 && w == strings.ToUpper(w) && honourLetters[strings.ToLower(w)]
}
