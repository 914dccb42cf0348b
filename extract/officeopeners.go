package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11r) cuts the end of a job title that the recognizer
// glued before a person's name when the title's first words are no title
// words the title rules know: "Financial Officer Ann Okafor" of "Chief
// Financial Officer Ann Okafor", "Sales Manager Tom Vell", "Trade
// Representative Ann Okafor".

// rankOffices are the words of [names.TitleOffices] that rank or reign
// rather than hold a job, and begin a name's usual form ("Crown Prince
// Tervan", "Pope John Paul", "Lord Quarbell"): [officeOpeners] leaves them.
var rankOffices = names.Set{"king": true, "queen": true, "prince": true, "princess": true, "emperor": true,
	"empress": true, "pope": true, "sultan": true, "emir": true, "sheikh": true, "sheik": true, "shah": true,
	"tsar": true, "czar": true, "lord": true, "lady": true, "baroness": true, "baron": true, "earl": true,
	"duke": true, "duchess": true, "viscount": true, "regent": true, "archbishop": true, "bishop": true, "cardinal": true}

// officeOpeners cuts a person's span of four words or more after the last
// office word ([names.TitleOffices], not [rankOffices]) that stands after
// its first word, when the words after it are two or more, capitalized,
// and open with a given name the gazetteer knows or an initial ("Edward
// Okafor", "E. Gerald Okafor"): "Financial Officer Edward Okafor" is
// Edward Okafor.
func officeOpeners(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.End-sp.Start < 4 || !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		k := -1
		for j := sp.Start + 1; j < sp.End-2; j++ {
			if w := toks[j].Text; upperWord(w) && names.TitleOffices.Has(w) && !rankOffices.Has(w) {
				k = j
			}
		}
		if k < 0 || !upperWords(toks[sp.Start:sp.End]) {
			continue
		}
		if g := toks[k+1].Text; placeGaz().FirstName(g) || initialToken(g) {
			sp.Start = k + 1
		}
	}
}
