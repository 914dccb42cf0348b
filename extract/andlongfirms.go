package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13f) gives [Resolver.firmAtBare] and
// [Resolver.firmBeforeBare] the longer halves they leave: a firm of three
// words or more before "and", one bare word and a company suffix ("Quarbin
// Consolidated Mining" "and Development Corp"), and one bare word before
// "and" and a firm of several words that ends in a company suffix
// ("Lemmox and" "Vale Tervane Fittings Corp said").

// firmAtBareAny is [Resolver.firmAtBare], then [Resolver.firmAtBareLong].
func (r *Resolver) firmAtBareAny(sents []text.Sentence, a Span, next int) (Span, firm, bool) {
	if sp, f, ok := r.firmAtBare(sents, a, next); ok {
		return sp, f, ok
	}
	return r.firmAtBareLong(sents, a, next)
}

// firmAtAny is [Resolver.firmAt], then [Resolver.firmAtLong].
func (r *Resolver) firmAtAny(sents []text.Sentence, a, b Span) (Span, firm, bool) {
	if sp, f, ok := r.firmAt(sents, a, b); ok {
		return sp, f, ok
	}
	return r.firmAtLong(sents, a, b)
}

// firmAtLong returns the firm's span that the organization's span a of
// three or four words, "and" and the span b of one common word and a
// company suffix make: "Quarbin Consolidated Drilling" "and" "Development
// Corp", where the recognizer took the tail for a firm of its own. The
// word of b is a common word ([ner.CommonWord]: a firm named by one
// common word and a suffix is rare, a second half of one name is not);
// the rest is [Resolver.firmAtBareLong]'s.
func (r *Resolver) firmAtLong(sents []text.Sentence, a, b Span) (Span, firm, bool) {
	if b.Sentence != a.Sentence || b.Start != a.End+1 || b.End-b.Start != 2 || a.Sentence < 0 || a.Sentence >= len(sents) || b.End > len(sents[a.Sentence].Tokens) {
		return Span{}, firm{}, false
	}
	if !ner.CommonWord(sents[a.Sentence].Tokens[b.Start].Text) {
		return Span{}, firm{}, false
	}
	return r.firmAtBareLong(sents, a, -1)
}

// firmBeforeBareAny is [Resolver.firmBeforeBare], then
// [Resolver.firmBeforeBareLong].
func (r *Resolver) firmBeforeBareAny(sents []text.Sentence, b Span, prev int) (Span, firm, bool) {
	if sp, f, ok := r.firmBeforeBare(sents, b, prev); ok {
		return sp, f, ok
	}
	return r.firmBeforeBareLong(sents, b, prev)
}

// firmAtBareLong returns the firm's span that the organization's span a of
// three or four words, "and", one word in no span and a company suffix
// make: "Quarbin Consolidated Mining and Development Corp of Manila",
// where the recognizer found only the words before "and". next is the
// start of the next span in a's sentence (or -1). a ends in no company
// suffix ("Tervane Holdings Corp and Vell Inc" are two firms) and is named
// nowhere alone unless a verb says one firm; the word after "and" is
// capitalized, no suffix, no well-known name, no place, country or
// demonym ([Resolver.firmWords]).
func (r *Resolver) firmAtBareLong(sents []text.Sentence, a Span, next int) (Span, firm, bool) {
	if a.Type != Org || a.Sentence < 0 || a.Sentence >= len(sents) || a.Start < 0 || a.End+2 >= len(sents[a.Sentence].Tokens) || a.End-a.Start < 3 || a.End-a.Start > 4 {
		return Span{}, firm{}, false
	}
	toks := sents[a.Sentence].Tokens
	if and := toks[a.End].Text; and != "&" && and != "and" || next >= 0 && next <= a.End+2 {
		return Span{}, firm{}, false
	}
	w := toks[a.End+1]
	if !names.CorpSuffixes.Has(toks[a.End+2].Text) || names.CorpSuffixes.Has(w.Text) || names.CorpSuffixes.Has(toks[a.End-1].Text) || allCaps(w.Text) {
		return Span{}, firm{}, false
	}
	if !upperWord(w.Text) || !r.firmWords(toks[a.End+1:a.End+2]) {
		return Span{}, firm{}, false
	}
	return bareFirmSpan(sents, toks, a)
}

// firmBeforeBareLong returns the firm's span that one word in no span,
// "and" and the organization's span b of two to four words and company
// suffixes make: "Lemmox and Vale Tervane Fittings Corp said", where the
// recognizer took the first word for a common one. prev is the end of
// the span before b in b's sentence (or -1). The word opens the sentence
// or follows a lower-case word or a colon ("NOTE: Lemmox and ..."); the
// rest is [Resolver.firmBeforeBare]'s: a capitalized word, no month or
// small word, no figure (a rating: "Aa-2 and Tervane and Vell Corp"), no
// title's word on either side ("Director and Vice Chairman of Tervane
// Inc", [names.TitleOffices]), no place, country or demonym, no
// well-known name, never named alone.
func (r *Resolver) firmBeforeBareLong(sents []text.Sentence, b Span, prev int) (Span, firm, bool) {
	if b.Type != Org || b.Sentence < 0 || b.Sentence >= len(sents) || b.Start < 2 || b.End > len(sents[b.Sentence].Tokens) {
		return Span{}, firm{}, false
	}
	toks := sents[b.Sentence].Tokens
	head := b.End
	for head > b.Start && names.CorpSuffixes.Has(trimDot(toks[head-1].Text)) {
		head--
	}
	if head == b.End || head-b.Start < 2 || head-b.Start > 4 {
		return Span{}, firm{}, false
	}
	w := b.Start - 2
	if and := toks[b.Start-1].Text; and != "&" && and != "and" || prev > w {
		return Span{}, firm{}, false
	}
	if w > 0 {
		if p := toks[w-1].Text; !strings.HasSuffix(p, ":") && (p == "" || !isLowerASCII(p[0]) || p == "and" || p == "or") {
			return Span{}, firm{}, false
		}
	}
	ww := toks[w : w+1]
	if !upperWord(ww[0].Text) || names.NoExtend[strings.ToLower(ww[0].Text)] || allCaps(ww[0].Text) || strings.ContainsAny(ww[0].Text, "0123456789") {
		return Span{}, firm{}, false
	}
	if names.TitleOffices.Has(ww[0].Text) || names.TitleOffices.Has(toks[b.Start].Text) || !r.firmWords(ww) || !r.firmWords(toks[b.Start:b.Start+1]) {
		return Span{}, firm{}, false
	}
	if _, known := names.Known(ww[0].Text); known || alone(sents, ww) {
		return Span{}, firm{}, false
	}
	return Span{Sentence: b.Sentence, Start: w, End: b.End, Type: Org}, firm{foldWords(ww), foldWords(toks[b.Start:head])}, true
}
