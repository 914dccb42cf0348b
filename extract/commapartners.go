package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yn) joins two shapes of a firm of partners that commas
// cut and that [partnerCommaSpans] does not take, as no pair of surnames
// typed a person opens them: single surnames in a row before a comma and
// a company's suffix ("Tervane, Quarbin, Lunmark, Inc"), and a Dutch firm
// whose last partner follows "en" ("Tervane, Quarbin en Lunmark NV").

// commaPartnerSpans joins the firms of [commaSuffixStart] and
// [dutchPartnerEnd] into one span typed ORG each, and drops the spans
// inside them.
func commaPartnerSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			out = append(out, sp)
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if s := commaSuffixStart(toks, sp); s < sp.Start {
			// a partner of the firm before sp, spanned alone or with the
			// words before it ("Tervane-based Quarbin"), which later cuts
			// trim, goes into it
			out = joinFirmSpan(out, sp.Sentence, s, sp.End)
			continue
		}
		if j := dutchPartnerEnd(toks, sp, spans, i); j > i {
			sp.End, sp.Type = spans[j].End, Org
			i = j
		}
		out = append(out, sp)
	}
	return out
}

// joinFirmSpan appends to out one span typed ORG over tokens s..e of
// sentence si, a firm of partners, and drops the spans at the end of out
// that end inside it first: its partners spanned alone, whose start
// becomes the firm's when it is earlier. [commaPartnerSpans] and
// [Resolver.partnerListSpans] join their firms by it.
func joinFirmSpan(out []Span, si, s, e int) []Span {
	for len(out) > 0 && out[len(out)-1].Sentence == si && out[len(out)-1].End > s {
		s = min(s, out[len(out)-1].Start)
		out = out[:len(out)-1]
	}
	return append(out, Span{Sentence: si, Start: s, End: e, Type: Org})
}

// commaSuffixStart returns where a firm of three or more partners begins
// when sp is its last partner, a comma and a company's suffix ("Lunmark,
// Inc" of "Tervane, Quarbin, Lunmark, Inc"): each partner before it is one
// capitalized word followed by a comma, and two at least must stand there.
// It returns sp.Start when sp is no such.
func commaSuffixStart(toks []text.Token, sp Span) int {
	if sp.End-sp.Start != 3 || toks[sp.Start+1].Text != "," || !names.CorpSuffixes.Has(toks[sp.End-1].Text) {
		return sp.Start
	}
	s, n := sp.Start, 0
	for s >= 2 && toks[s-1].Text == "," && upperWord(toks[s-2].Text) {
		s -= 2
		n++
	}
	if n < 2 {
		return sp.Start
	}
	return s
}

// dutchPartnerEnd returns the index of the span of a Dutch firm's last
// partner when sp, one word, is its first: sp, a comma, capitalized words,
// a lower-case "en" and the span j right after it ("Tervane, Quarbin en
// Lunmark NV"). It returns i when sp is no such.
func dutchPartnerEnd(toks []text.Token, sp Span, spans []Span, i int) int {
	if sp.End-sp.Start != 1 || sp.End+3 >= len(toks) || toks[sp.End].Text != "," || i+1 >= len(spans) || spans[i+1].Sentence != sp.Sentence {
		return i
	}
	k := sp.End + 1
	for k < len(toks) && upperWord(toks[k].Text) {
		k++
	}
	if k == sp.End+1 || k >= len(toks) || toks[k].Text != "en" || spans[i+1].Start != k+1 {
		return i
	}
	return i + 1
}
