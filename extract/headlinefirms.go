package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the rules that mend a company's name that the recognizer
// cut in a headline written in capitals (issue 10): "SPORTING" of
// "SPORTING LIFE INC 2ND QTR NET", "AMERICANA" of "AMERICANA HOTELS TO
// REPURCHASE SHARES" over "Americana Hotels and Realty corp".

// capsWord reports whether w is a word of letters written in capitals
// ("LIFE", "AT&T"), no number and no lower-case letter.
func capsWord(w string) bool {
	letter := false
	for _, c := range w {
		switch {
		case unicode.IsLower(c) || unicode.IsDigit(c):
			return false
		case unicode.IsLetter(c):
			letter = true
		}
	}
	return letter
}

// capsSpan reports whether every token of sp is written in capitals.
func capsSpan(toks []text.Token, sp Span) bool {
	for _, t := range toks[sp.Start:sp.End] {
		if !capsWord(t.Text) && !names.MinorWords[strings.ToLower(t.Text)] {
			return false
		}
	}
	return true
}

// headlineSuffixSpans grows a span that begins a headline written in
// capitals over one or two capitalized words to the company suffix after
// them, and types it an organization: "SPORTING" of "SPORTING LIFE INC 2ND
// QTR JAN 31 NET" is Sporting Life Inc. The words between are no other
// span, no suffix, no small word ("TO", "AND") and no number.
func headlineSuffixSpans(text string, titleEnd int, sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start != 0 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if !inTitle(titleEnd, toks[sp.Start].Start) || !capsSpan(toks, *sp) {
			continue
		}
		hi := len(toks)
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence {
			hi = spans[i+1].Start
		}
		for end := sp.End; end < min(hi, sp.End+3); end++ {
			t := toks[end]
			if !inTitle(titleEnd, t.Start) || !capsWord(t.Text) || !adjacent(text, toks[end-1], t) {
				break
			}
			if names.CorpSuffixes.Has(t.Text) && !wordSuffixes[strings.ToLower(t.Text)] {
				if end > sp.End {
					sp.End, sp.Type = end+1, Org
				}
				break
			}
			if names.MinorWords[strings.ToLower(t.Text)] || names.NoExtend.Has(t.Text) {
				break
			}
		}
	}
}

// wordSuffixes are the company suffixes that are also words of a headline
// ("SAYS COMPANY", "SEES LIMITED CHOICES"): [headlineSuffixSpans] does not
// grow a span to them.
var wordSuffixes = names.Set{"company": true, "corporation": true, "incorporated": true, "limited": true, "holdings": true}

// headlineFirmBegun grows a headline's span written in capitals, typed a
// place or a person, over the capitalized word after it when the two are
// the first two words of an organization's name of three words or more
// that the article writes elsewhere, and types it an organization:
// "AMERICANA" of "AMERICANA HOTELS TO REPURCHASE SHARES" over "Americana
// Hotels and Realty corp". [extendToNamed] does so for a span typed an
// organization; one word alone ("KOBE", "CAROLINA") is left, and so is a
// place the tables know ("ALASKA", "TOKYO", "U.S."): "TOKYO STOCK TRADING TO
// BE SHORTENED" is no headline of the Tokyo Stock Exchange.
func (r *Resolver) headlineFirmBegun(text string, titleEnd int, sents []text.Sentence, spans []Span) {
	if titleEnd < 0 {
		return
	}
	var begins names.Set
	for _, sp := range spans {
		if sp.Type != Org || sp.End-sp.Start < 3 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if inTitle(titleEnd, toks[sp.Start].Start) {
			continue
		}
		ws := strings.Fields(names.OrgKey(names.Key(spanText(text, toks, sp))))
		if len(ws) > 2 && !names.MinorWords[ws[1]] {
			if begins == nil {
				begins = names.Set{}
			}
			begins[ws[0]+" "+ws[1]] = true
		}
	}
	if begins == nil {
		return
	}
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Location || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End-sp.Start != 1 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End >= len(toks) || !inTitle(titleEnd, toks[sp.End].Start) || !capsWord(toks[sp.Start].Text) || !capsWord(toks[sp.End].Text) ||
			!adjacent(text, toks[sp.Start], toks[sp.End]) || i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start == sp.End {
			continue
		}
		w := toks[sp.Start].Text
		if k := names.Key(w); begins[names.Key(text[toks[sp.Start].Start:toks[sp.End].End])] &&
			r.t.Country(w, k) < 0 && r.t.Agency(w, k) < 0 && !names.Tables().KnownPlace(k) && !names.IsRegion(k) {
			sp.End, sp.Type = sp.End+1, Org
		}
	}
}

// suffixedFirm reports whether the words of a headline's name end in a
// company suffix after two words or more, "Campbell Resources Inc": a
// firm's whole name, which [Resolver.fixHeadlines] does not shrink to one
// word the body writes ("Campbell"); to a longer name of the body ("Thomas
// and Betts" of "THOMAS AND BETTS CO") it still does.
func suffixedFirm(words []string) bool {
	return len(words) >= 3 && names.CorpSuffixes[words[len(words)-1]]
}
