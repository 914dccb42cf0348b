package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// possessiveFirmSpans makes one firm of a one-word name the recognizer
// took for a person, its possessive and the firm's span after it:
// "Quarbin's Tervane Foods Inc" is a company named after its founder,
// not Quarbin's company, and the recognizer's "Quarbin" (a person) and
// "Tervane Foods Inc" (a firm) are both pieces of it. An owner is
// written otherwise: with his full name somewhere in the article ("Ann
// Quarbin ... Quarbin's Tervane Foods Inc") or after a title ("President
// Quarbin's Council"), and those are left. The name's pieces must show
// they are one name: one of the spans after "Quarbin's" ends in a
// company suffix, or is the start of a longer one after the same
// possessive ("Quarbin's Tervane" and "Quarbin's Tervane Ice Cream"), or
// the article writes the whole name as one firm ("<Quarbin's Tervane
// Co>"). Every span after the same possessive is then joined. The result
// is sorted.
func possessiveFirmSpans(txt string, sents []text.Sentence, spans []Span) []Span {
	if !strings.Contains(txt, "'s ") && !strings.Contains(txt, "'S ") {
		return spans
	}
	possessiveTails(sents, spans)
	var cands []int // index of the possessor's span; the firm's is the next
	for i := 0; i+1 < len(spans); i++ {
		if possessiveFirm(sents, spans, i) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return spans
	}
	whole := make([]bool, len(cands))
	for k, i := range cands {
		whole[k] = possessiveWhole(sents, spans, cands, i)
	}
	changed := false
	for k, i := range cands {
		if !whole[k] {
			continue
		}
		sp, firm := spans[i], spans[i+1]
		spans[i] = Span{Sentence: sp.Sentence, Start: sp.Start, End: firm.End, Type: Org}
		spans[i+1].End = spans[i+1].Start // emptied: dropped below
		changed = true
	}
	return dropEmptied(spans, changed)
}

// possessiveFirm reports whether spans[i] is a one-word person's name
// followed by "'s" and a firm's span, with no title before it and no
// full name of the person in the article.
func possessiveFirm(sents []text.Sentence, spans []Span, i int) bool {
	sp, firm := spans[i], spans[i+1]
	if sp.Type != Person || firm.Type != Org || sp.End-sp.Start != 1 || firm.Sentence != sp.Sentence || firm.Start != sp.End+1 ||
		sp.Sentence < 0 || sp.Sentence >= len(sents) || firm.End > len(sents[sp.Sentence].Tokens) || sp.Start < 0 {
		return false
	}
	toks := sents[sp.Sentence].Tokens
	if !possessiveMark(toks[sp.End].Text) {
		return false
	}
	if sp.Start > 0 && titleWordBefore(toks[sp.Start-1].Text) {
		return false
	}
	if last := toks[firm.End-1].Text; featureTails.Has(last) || names.PlaceTails.Has(last) {
		return false // "Quarbin's Bay" reads as a place, whatever its firm is called
	}
	who := toks[sp.Start].Text
	if strings.EqualFold(toks[firm.Start].Text, who) {
		return false // "Quarbin's Quarbin Finance NV": the owner and its unit
	}
	return !hasFullName(sents, spans, who) && !ownerFirm(sents, spans, who, sp)
}

// ownerFirm reports whether the word who is a word of a firm's span in
// spans other than self, one after who's possessive or one opening with it:
// "Quarbin Corp ... Quarbin's Tervane Inc unit" is the owner's short name
// and its unit.
func ownerFirm(sents []text.Sentence, spans []Span, who string, self Span) bool {
	for _, o := range spans {
		if o == self || o.Type != Org || !o.within(sents) {
			continue
		}
		toks := sents[o.Sentence].Tokens
		if o.Start >= 2 && possessiveMark(toks[o.Start-1].Text) && strings.EqualFold(toks[o.Start-2].Text, who) ||
			o.End-o.Start >= 2 && strings.EqualFold(toks[o.Start].Text, who) && possessiveMark(toks[o.Start+1].Text) {
			continue
		}
		for _, w := range toks[o.Start:o.End] {
			if strings.EqualFold(w.Text, who) {
				return true
			}
		}
	}
	return false
}

// possessiveMark reports whether w is the possessive's token.
func possessiveMark(w string) bool { return w == "'s" || w == "'S" }

// hasFullName reports whether a person's span of two words or more in
// spans ends in the word w.
func hasFullName(sents []text.Sentence, spans []Span, w string) bool {
	for _, o := range spans {
		if o.Type != Person || o.End-o.Start < 2 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		if strings.EqualFold(sents[o.Sentence].Tokens[o.End-1].Text, w) {
			return true
		}
	}
	return false
}

// possessiveWhole reports whether the pieces at cands[i] show they are
// one name (see [possessiveFirmSpans]): a firm's span after the same
// possessor ends in a company suffix, one is the start of another, or
// the article holds a firm's span of the possessor, "'s" and the firm's
// words.
func possessiveWhole(sents []text.Sentence, spans []Span, cands []int, i int) bool {
	who := sents[spans[i].Sentence].Tokens[spans[i].Start].Text
	firm := spanWords(sents, spans[i+1])
	for _, j := range cands {
		if !strings.EqualFold(sents[spans[j].Sentence].Tokens[spans[j].Start].Text, who) {
			continue
		}
		other := spanWords(sents, spans[j+1])
		if names.CorpSuffixes.Has(strings.TrimSuffix(other[len(other)-1].Text, ".")) ||
			len(other) != len(firm) && (wordsPrefix(firm, other) || wordsPrefix(other, firm)) {
			return true
		}
	}
	for _, o := range spans {
		if o.Type != Org || o.End-o.Start < len(firm)+2 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		ws := spanWords(sents, o)
		if strings.EqualFold(ws[0].Text, who) && possessiveMark(ws[1].Text) && wordsPrefix(firm, ws[2:]) {
			return true
		}
	}
	return false
}

// spanWords returns sp's tokens.
func spanWords(sents []text.Sentence, sp Span) []text.Token {
	return sents[sp.Sentence].Tokens[sp.Start:sp.End]
}

// wordsPrefix reports whether a's words, case folded, begin b.
func wordsPrefix(a, b []text.Token) bool {
	if len(a) > len(b) {
		return false
	}
	for k := range a {
		if !strings.EqualFold(a[k].Text, b[k].Text) {
			return false
		}
	}
	return true
}

// possessiveTailMax bounds the words after a possessive read up to a
// company suffix by [possessiveTails].
const possessiveTailMax = 5

// possessiveTails grows a one-word span typed a person or a firm over its
// possessive and the capitalized words after it that are in no span and
// end in a company suffix: "QUARBIN'S TERVANE GOODS INC 4TH QTR" and "a
// unit of Quarbin's Tervane PLC" are one firm each, where the recognizer
// found only "Quarbin". The guards are [possessiveFirm]'s: no title
// before the word, no full name of a person ending in it, no other firm
// of the article holding it.
func possessiveTails(sents []text.Sentence, spans []Span) {
	for i, sp := range spans {
		if sp.Type != Person && sp.Type != Org || sp.End-sp.Start != 1 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End >= len(toks) || !possessiveMark(toks[sp.End].Text) {
			continue
		}
		limit := min(len(toks), sp.End+1+possessiveTailMax)
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence {
			limit = min(limit, spans[i+1].Start)
		}
		end := 0
		for j := sp.End + 1; j < limit; j++ {
			w := toks[j].Text
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				break
			}
			if j > sp.End+1 && names.CorpSuffixes.Has(strings.TrimSuffix(w, ".")) {
				end = j + 1
				break
			}
		}
		if end == 0 || sp.Start > 0 && titleWordBefore(toks[sp.Start-1].Text) {
			continue
		}
		who := toks[sp.Start].Text
		if hasFullName(sents, spans, who) || ownerFirm(sents, spans, who, sp) {
			continue
		}
		spans[i].End, spans[i].Type = end, Org
	}
}

// titleWordBefore reports whether w, before a name, is a title or an
// honorific.
func titleWordBefore(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return names.Titles.Has(w) || names.Honorifics.Has(w)
}
