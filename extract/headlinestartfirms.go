package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// headlineStartFirms gives back its first words to a firm's span that a
// body sentence begins with a word or two before it, when the headline
// begins with those words in capitals: "GREAT TERVANE TO BUILD PLANT"
// over "Great Tervane Chemical Corp said" is the firm Great Tervane
// Chemical Corp, not "Tervane Chemical Corp" after a common word (the
// wire's ticker after the firm's short name, "GREAT TERVANE <GTV>", is
// gone from the cleaned headline). The headline's next word must be the
// span's first ("GREAT TERVANE CHEMICAL") unless two words or more come
// before the span ("INTERNATIONAL QUARN'S NAMES" over "International
// Quarn's Table Inc"). The span must end in a company suffix and no other
// span of its sentence come before it; spans are changed in place.
func headlineStartFirms(titleEnd int, sents []text.Sentence, spans []Span) []Span {
	if titleEnd <= 0 || len(sents) < 2 || sents[0].End > titleEnd {
		return spans
	}
	head := sents[0].Tokens
	if len(head) < 2 || !capsWord(head[0].Text) {
		return spans // the usual case: a headline in title case or of one word
	}
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 1 || sp.Sentence >= len(sents) || sp.Start < 1 || sp.Start > 3 || sp.Start >= len(head) || sp.Type != Org ||
			i > 0 && spans[i-1].Sentence == sp.Sentence {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End > len(toks) || !firmSuffix(strings.TrimSuffix(toks[sp.End-1].Text, ".")) || !headlineBegins(head, toks, sp.Start) {
			continue
		}
		if sp.Start >= 2 || strings.EqualFold(head[sp.Start].Text, toks[sp.Start].Text) {
			sp.Start = 0
		}
	}
	return spans
}

// headlineBegins reports whether the first n tokens of a body sentence,
// toks, are capitalized words (or a possessive's "'s") that the headline's
// first n tokens, head, write in capitals. A minor word ("The", "A") is
// no such word: "The Tervane Paint Corp" is Tervane Paint Corp.
func headlineBegins(head, toks []text.Token, n int) bool {
	for j := range n {
		w := toks[j].Text
		if !strings.EqualFold(w, head[j].Text) || !capsWord(head[j].Text) || !names.IsCapitalized(w) && w != "'s" || names.MinorWords.Has(w) {
			return false
		}
	}
	return true
}
