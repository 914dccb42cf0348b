package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds a rule that mends a company's name that the recognizer
// cut from its first words in a headline written in capitals (issue 10):
// "AMERICAN BANKSHARES CORP" of "COLONIAL AMERICAN BANKSHARES CORP 1ST QTR",
// "SULLIVAN INC" of "FROST AND SULLIVAN INC 2ND QTR", and a place inside
// one cut from both ends, "NEW ENGLAND" of "BANK OF NEW ENGLAND CORP".

// headlineStartSpans grows a span of a headline written in capitals that
// ends in a company suffix back to the headline's first word, and types it
// an organization, when the words before it are one to three capitalized
// words that no other span holds: "OLD REPUBLIC INT'L CORP HIKES DIVIDEND"
// is Old Republic Int'l Corp. A headline's subject comes first, so the
// words before a firm's name are the name's own unless they read as a
// clause: a small word other than "AND" or "OF" inside them ("TERMS SET ON
// ATARI CORP"), a month or a modal ("GROUP MAY SUPPORT CARDIS CORP"), a
// verb's third person after the first word ("JUDGE BLOCKS ACME INC"), a
// place's possessive ("OHIO'S ACME CORP"), a company suffix (two firms,
// or a name a later rule cuts there: "POTASH CO OF"), a word glued by a hyphen
// ("CORRECTED-ACME"). "THE" at the start stays out of the name, and so
// does Reuters' "<" before an unlisted firm. A span
// that ends before the suffix grows to it too, over at most two words
// ([headlineSuffixAfter]): "BANK OF [NEW ENGLAND] CORP", "[MERRILL LYNCH]
// AND CO" ([headlineSuffixSpans] takes no "AND" and no span after the
// headline's first word).
func (r *Resolver) headlineStartSpans(text string, titleEnd int, sents []text.Sentence, spans []Span) {
	if titleEnd < 0 {
		return
	}
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.Start >= sp.End || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if !inTitle(titleEnd, toks[sp.Start].Start) || !capsSpan(toks, *sp) {
			continue
		}
		end := sp.End
		if last := toks[end-1].Text; end-sp.Start < 2 || !firmSuffix(last) {
			if end = headlineSuffixAfter(text, titleEnd, toks, spans, i); end < 0 {
				continue
			}
		}
		lo := 0
		if toks[0].Text == "<" && len(toks) > 1 { // Reuters brackets a firm no exchange lists: "<ACME INC> YEAR NET"
			lo = 1
		}
		if toks[lo].Text == "THE" {
			lo++
		}
		n := sp.Start - lo
		if n < 0 || n > 3 || n == 0 && end == sp.End || spanEarlier(spans, i) || !r.headlineNameWords(text, titleEnd, toks, lo, sp.Start) {
			continue
		}
		sp.Start, sp.End, sp.Type = min(lo, sp.Start), end, Org
	}
}

// firmSuffix reports whether w is a company suffix that a headline does
// not also use as a word ("SAYS COMPANY").
func firmSuffix(w string) bool {
	return names.CorpSuffixes.Has(w) && !wordSuffixes[strings.ToLower(w)]
}

// headlineSuffixAfter returns the end of the company suffix that follows
// spans[i] in a headline over at most two words written in capitals that
// no other span holds ("BANK OF [NEW ENGLAND] CORP", "[MERRILL LYNCH] AND
// CO"), or -1: a small word other than "AND" or "OF", a month, a modal or
// a verb's third person between stops it ("LILLY CUTS LIPOSOME CO STAKE").
func headlineSuffixAfter(text string, titleEnd int, toks []text.Token, spans []Span, i int) int {
	sp := spans[i]
	for e := sp.End; e < min(len(toks), sp.End+3); e++ {
		t := toks[e]
		w := strings.ToLower(t.Text)
		switch {
		case !inTitle(titleEnd, t.Start) || !adjacent(text, toks[e-1], t) || spanAt(spans, i, e):
			return -1
		case firmSuffix(t.Text) && capsWord(t.Text):
			for e+1 < len(toks) && inTitle(titleEnd, toks[e+1].Start) && firmSuffix(toks[e+1].Text) && capsWord(toks[e+1].Text) &&
				adjacent(text, toks[e], toks[e+1]) && !spanAt(spans, i, e+1) {
				e++ // "CO LTD"
			}
			return e + 1
		case w == "and" || w == "of" || w == "&":
		case !capsWord(t.Text) || names.NoExtend.Has(w) || names.MinorWords[w] || headlineModals[w] || thirdPersonVerb(w):
			return -1
		}
	}
	return -1
}

// spanAt reports whether a span other than spans[i] of its sentence holds
// token k.
func spanAt(spans []Span, i, k int) bool {
	for j, sp := range spans {
		if j != i && sp.Sentence == spans[i].Sentence && sp.Start <= k && k < sp.End {
			return true
		}
	}
	return false
}

// spanEarlier reports whether a span other than spans[i] begins in the
// same sentence before it.
func spanEarlier(spans []Span, i int) bool {
	for j, sp := range spans {
		if j != i && sp.Sentence == spans[i].Sentence && sp.Start < spans[i].Start {
			return true
		}
	}
	return false
}

// headlineNameWords reports whether the headline's tokens lo..hi-1, each
// adjacent to the next, read as the first words of a firm's name (see
// [Resolver.headlineStartSpans]).
func (r *Resolver) headlineNameWords(text string, titleEnd int, toks []text.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := toks[k]
		w := strings.ToLower(t.Text)
		switch {
		case !inTitle(titleEnd, t.Start) || !adjacent(text, t, toks[k+1]) || strings.Contains(w, "-"):
			return false
		case w == "and" || w == "of" || w == "&":
			if k == lo {
				return false
			}
		case !capsWord(t.Text) || names.NoExtend.Has(w) || names.MinorWords[w] || headlineModals[w] || firmSuffix(t.Text):
			return false
		case k > lo && thirdPersonVerb(w):
			return false
		case strings.HasSuffix(w, "'s"):
			stem := t.Text[:len(t.Text)-2]
			if k := names.Key(stem); r.t.Country(stem, k) >= 0 || names.Tables().KnownPlace(k) || names.IsRegion(k) {
				return false
			}
		}
	}
	return true
}

// headlineModals are the modal verbs a headline's clause puts before a
// firm's name ("S/P MAY DOWNGRADE ACME CORP"); "may" is also a month.
var headlineModals = names.Set{"may": true, "will": true, "can": true, "could": true, "would": true, "should": true,
	"might": true, "must": true, "shall": true, "to": true}

// thirdPersonVerb reports whether w (lower case) is a verb's third person
// singular, as a headline's verb is written ("buys", "hikes", "carries").
func thirdPersonVerb(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if pos.IsVerbBase(w[:len(w)-1]) {
		return true
	}
	if strings.HasSuffix(w, "ies") && pos.IsVerbBase(w[:len(w)-3]+"y") {
		return true
	}
	return strings.HasSuffix(w, "es") && pos.IsVerbBase(w[:len(w)-2])
}
