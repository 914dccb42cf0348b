package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
)

// partyTails cuts a party's one-word name ([seatParties]: "Labour",
// "Tories", "SNP") from the end of a person's span when the party's
// possessive follows: "Vell Labour's longest-serving leader", a headline
// that dropped the colon between the man and his party. A party's name
// is no part of a person's, and its possessive says the words after it
// are the party's, not the man's. The party becomes an organization's
// span of its own. A span of the party alone, or of a party of two words
// ("Lib Dems"), is left.
func partyTails(sents []text.Sentence, spans []Span) []Span {
	var out []Span // nil until a span is cut
	for i, sp := range spans {
		end, ok := partyTail(sents, sp)
		if !ok {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+1), spans[:i]...)
		}
		party := sp
		party.Start, party.End, party.Type = end, end+1, Org
		sp.End = end
		out = append(out, sp, party)
	}
	if out == nil {
		return spans
	}
	return out
}

// partyTail returns where a person's span ends without the party's name
// that closes it before a possessive ([partyTails]), and whether it does.
func partyTail(sents []text.Sentence, sp Span) (int, bool) {
	if sp.Type != Person || sp.End-sp.Start < 2 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 {
		return 0, false
	}
	toks := sents[sp.Sentence].Tokens
	if sp.End > len(toks) {
		return 0, false
	}
	if sp.End >= len(toks) || !possessiveMark(toks[sp.End].Text) && toks[sp.End].Text != "’s" || toks[sp.End].Start != toks[sp.End-1].End {
		return 0, false
	}
	if last := toks[sp.End-1].Text; !upperWord(last) || !seatParties[strings.ToLower(last)] || !upperWord(toks[sp.End-2].Text) {
		return 0, false
	}
	return sp.End - 1, true
}
