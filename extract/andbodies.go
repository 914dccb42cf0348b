package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// bodyBeforeBare returns the body's span that capitalized words in no
// span, "and" and the organization's span b make (tail10yv): "the Lemmox
// and Tervane Affairs Office", "local group Victims and Quarbin Against
// Crime", where the recognizer took the words before "and" for common
// ones and found only the rest. prev is the end of the span before b in
// b's sentence (or -1). The words, one to three, follow a lower-case word
// inside the sentence (no list: "Quarbin, Lemmox and Tervane Trust"; no
// sentence's or quotation's capitals), the last of them is a common word
// ([ner.CommonWord]: "Foreign", "Operating", not a name of its own such as
// "Eximbank"), and none is a title's ("a Director and Vice Chairman of
// Quarbin Inc", [names.Offices]), a place, a country or a demonym ([Resolver.firmWords]:
// "the British and Tervane Lions" are two). b has
// two words or more; the firm's cut of one word and a suffix is
// [Resolver.firmBeforeBare].
func (r *Resolver) bodyBeforeBare(sents []text.Sentence, b Span, prev int) (Span, firm, bool) {
	if b.Type != Org || b.Sentence < 0 || b.Sentence >= len(sents) || b.Start < 3 || b.End > len(sents[b.Sentence].Tokens) || b.End-b.Start < 2 {
		return Span{}, firm{}, false
	}
	toks := sents[b.Sentence].Tokens
	if and := toks[b.Start-1].Text; and != "&" && and != "and" {
		return Span{}, firm{}, false
	}
	last := b.Start - 2
	if !ner.CommonWord(toks[last].Text) {
		return Span{}, firm{}, false
	}
	s := last
	for s > prev && s > 0 && last-s < 2 && names.IsCapitalized(toks[s-1].Text) {
		s--
	}
	if s <= prev || s == 0 {
		return Span{}, firm{}, false
	}
	if p := toks[s-1].Text; p == "" || !isLowerASCII(p[0]) || p == "and" || p == "or" {
		return Span{}, firm{}, false
	}
	run := toks[s : last+1]
	for _, w := range run {
		if !upperWord(w.Text) || allCaps(w.Text) || names.NoExtend[strings.ToLower(w.Text)] || names.Offices.Has(w.Text) {
			return Span{}, firm{}, false
		}
	}
	if !r.firmWords(run) {
		return Span{}, firm{}, false
	}
	return Span{Sentence: b.Sentence, Start: s, End: b.End, Type: Org}, firm{foldWords(run), foldWords(toks[b.Start:b.End])}, true
}
