package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// generalFirmSpans gives back its first word to a company the recognizer
// began one word late, after a "General" that opens the sentence:
// "General Tervane Utilities Corp said ..." found as "Tervane Utilities
// Corp". The name must end in a company form ([names.CorpSuffixes]), which
// no general's name does, and the "General" must be in no other span. A
// short form after the span ("corp", "inc") is taken into it.
func generalFirmSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Start != 1 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if toks[0].Text != "General" || sp.End-sp.Start < 2 {
			continue
		}
		if sp.End < len(toks) && shortCorpForms[strings.ToLower(strings.TrimSuffix(toks[sp.End].Text, "."))] {
			sp.End++ // "General Tervane Utilities corp said": the form in lower case left out
		}
		if !names.CorpSuffixes[strings.ToLower(strings.TrimSuffix(toks[sp.End-1].Text, "."))] {
			continue
		}
		if i > 0 && spans[i-1].Sentence == sp.Sentence {
			continue // "General" is in the span before
		}
		sp.Start, sp.Type = 0, Org
	}
}

// shortCorpForms are the abbreviated company forms a recognizer leaves out
// of a name when written in lower case: "Tervane Utilities corp".
var shortCorpForms = map[string]bool{"corp": true, "inc": true, "co": true, "ltd": true, "plc": true}
