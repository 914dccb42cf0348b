package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail17p) holds the rule that ends a short form of two
// letters joined by "and" at its full stop. A firm called by two initials
// and "and" is written without dots ("Q and T", "Q and T's"); where such a
// short form ends a sentence, the tokenizer reads its last letter and the
// full stop as an initial ("T.") and the recognizer runs the name on over
// the next sentence's first word: "rated A by Q and T. Dealers said".

// letterPairStopSpans cuts a span after a single capital letter with a dot
// that follows "and" (or "&") and a single capital letter without one, when
// more words of the span follow: "Q and T. Dealers" is "Q and T.". Written
// with a dot on the first letter too, the letters are a name's initials
// ("Q.R. and T. Vell Ltd", "Q. and T. Vell Plc") and the span is left.
func letterPairStopSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 4 || !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		for k := sp.Start + 2; k < sp.End-1; k++ {
			if dottedLetter(toks[k].Text) && (toks[k-1].Text == "and" || toks[k-1].Text == "&") && bareLetter(toks[k-2].Text) {
				sp.End = k + 1
				break
			}
		}
	}
	return spans
}

// dottedLetter reports whether w is one capital letter and a dot ("T.").
func dottedLetter(w string) bool {
	return len(w) == 2 && w[1] == '.' && bareLetter(w[:1])
}

// bareLetter reports whether w is one capital letter ("Q").
func bareLetter(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}
