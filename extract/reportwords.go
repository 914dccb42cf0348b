package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail12y) cuts the words of an earnings report's layout that
// a run-on line glued to a name: the headline's "4TH QTR NET" before the
// dateline's town ("QTR NET QUARBIN, Conn."), a table's "YEAR-AGO" column
// before a state, "Shr" opening a line before a firm, a note's "NOTE:"
// after a town ("in Quarbin NOTE: 4th Qtr ..."). The words are written in
// capitals (or "Shr", the share line's abbreviation) and never open or
// end a name.

// reportWords are the layout words of an earnings report, as written.
var reportWords = map[string]bool{"QTR": true, "NET": true, "LOSS": true, "SHR": true, "Shr": true,
	"YEAR-AGO": true, "REVS": true}

// reportWordSpans cuts [reportWords] from the start of a span and "NOTE"
// from its end, when a capitalized word is left. The spans stay sorted.
func reportWordSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 2 || !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		s, e := sp.Start, sp.End
		for s < e && reportWords[toks[s].Text] {
			s++
		}
		if toks[e-1].Text == "NOTE" {
			e--
		}
		if s == sp.Start && e == sp.End || s >= e || !upperWord(toks[s].Text) {
			continue
		}
		sp.Start, sp.End = s, e
	}
	return spans
}
