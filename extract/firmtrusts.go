package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14a) joins a firm's name to the trust or fund it set up
// when the recognizer cut the two apart after the firm's legal form:
// "Quarbin Corp" "Liquidating Trust", "Zorbit Co" "Pension Fund". The
// trust's own words say only its kind, and need the firm's name before
// them; alone, "Liquidating Trust" names nothing. [corpCut], which cuts
// a name after a legal form that is not its last word, leaves such a
// trust whole ([trustTail]).

// trustHeads end the name of a firm's trust or fund.
var trustHeads = names.Set{"trust": true, "fund": true}

// firmTrustJoin reports whether span b, right after span a with only
// spaces between (a wrapped line), is the trust of the firm a names: both
// typed as organizations, a ending in a company's legal form
// ([names.CorpSuffixes]), b of two or three capitalized words, the last of
// [trustHeads] and the others words the text mostly writes in lower case
// ("Liquidating", "Pension"), outside a headline.
func firmTrustJoin(text string, toks []text.Token, a, b Span, title bool) bool {
	n := b.End - b.Start
	if title || n < 2 || n > 3 || a.Type != Org || b.Type != Org || !trustHeads.Has(toks[b.End-1].Text) {
		return false // the cheap first question: the trust's word
	}
	if !names.CorpSuffixes[strings.ToLower(strings.TrimRight(toks[a.End-1].Text, "."))] {
		return false
	}
	ae, bs := toks[a.End-1].End, toks[b.Start].Start
	if ae > bs || !softGap(text[ae:bs]) {
		return false
	}
	for _, t := range toks[b.Start : b.End-1] {
		if !trustKindWord(t.Text) {
			return false
		}
	}
	return true
}

// tailJoin reports whether span b, right after span a, ends the name a
// begins: a public body's words ([bodyTailJoin]) or a firm's trust
// ([firmTrustJoin]).
func tailJoin(text string, toks []text.Token, a, b Span, title bool) bool {
	return bodyTailJoin(text, toks, a, b, title) || firmTrustJoin(text, toks, a, b, title) || clubTailJoin(text, toks, a, b) // tail15c: clubTailJoin
}

// trustKindWord reports whether w, capitalized, is a word the text mostly
// writes in lower case: a kind's word, "Liquidating", "Pension".
func trustKindWord(w string) bool {
	return upperWord(w) && ner.CommonWord(w)
}

// trustTail reports whether the words after the company suffix ws[i] are
// the kind of a trust or a fund that ends the name ([firmTrustJoin]'s
// tail: one or two kind words and a word of [trustHeads]), so that
// [corpCut] keeps "Quarbin Corp Liquidating Trust" whole.
func trustTail(ws []word, i int) bool {
	rest := ws[i+1:]
	n := len(rest)
	if n < 2 || n > 3 || !trustHeads.Has(rest[n-1].text) {
		return false
	}
	for _, w := range rest[:n-1] {
		if !trustKindWord(w.text) {
			return false
		}
	}
	return true
}
