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
// "SULLIVAN INC" of "FROST AND SULLIVAN INC 2ND QTR".

// headlineStartSpans grows a span of a headline written in capitals that
// ends in a company suffix back to the headline's first word, and types it
// an organization, when the words before it are one to three capitalized
// words that no other span holds: "OLD REPUBLIC INT'L CORP HIKES DIVIDEND"
// is Old Republic Int'l Corp. A headline's subject comes first, so the
// words before a firm's name are the name's own unless they read as a
// clause: a small word other than "AND" or "OF" inside them ("TERMS SET ON
// ATARI CORP"), a month or a modal ("GROUP MAY SUPPORT CARDIS CORP"), a
// verb's third person after the first word ("JUDGE BLOCKS ACME INC"), a
// place's possessive ("OHIO'S ACME CORP"), a word glued by a hyphen
// ("CORRECTED-ACME"). "THE" at the start stays out of the name.
func (r *Resolver) headlineStartSpans(text string, titleEnd int, sents []text.Sentence, spans []Span) {
	if titleEnd < 0 {
		return
	}
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 1 || sp.End-sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		last := toks[sp.End-1].Text
		if !names.CorpSuffixes.Has(last) || wordSuffixes[strings.ToLower(last)] || !inTitle(titleEnd, toks[sp.Start].Start) ||
			!capsSpan(toks, *sp) || spanEarlier(spans, i) {
			continue
		}
		lo := 0
		if toks[0].Text == "THE" {
			lo = 1
		}
		if n := sp.Start - lo; n >= 1 && n <= 3 && r.headlineNameWords(text, titleEnd, toks, lo, sp.Start) {
			sp.Start, sp.Type = lo, Org
		}
	}
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
		case !capsWord(t.Text) || names.NoExtend.Has(w) || names.MinorWords[w] || headlineModals[w]:
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
