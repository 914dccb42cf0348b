package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12u's rule for a body named "X of Place" in a headline
// written in capitals (issue 10): the recognizer takes only the place of
// "BANK OF ENGLAND DOES NOT INTERVENE" or "BANK OF CHINA BUYS SHARE", where
// the article's body names the Bank of England or the Bank of China as an
// organization.

// maxOfHeadWords bounds the words before "OF" that [headlineOfBodySpans]
// takes: "FIRST NATIONAL BANK OF BOSTON".
const maxOfHeadWords = 4

// headlineOfBodySpans grows a span typed a place in a headline written in
// capitals back over "OF" and the capitalized words before it, and types it
// an organization, when those words with the place are the name of an
// organization the article's body writes: "BANK OF ENGLAND" beside "the Bank
// of England said". The longest such name is taken; spans inside it are
// dropped. Without the body's organization the place stays ("TALKS OF
// FRANCE", "BANK OF ENGLAND" where the body names no bank). It returns the
// spans, sorted as they came.
func headlineOfBodySpans(text string, titleEnd int, sents []text.Sentence, spans []Span) []Span {
	if titleEnd <= 0 || !strings.Contains(text[:min(titleEnd, len(text))], " OF ") {
		return spans // the cheap question first: a headline with "OF"
	}
	var bodies names.Set
	for _, sp := range spans {
		if sp.Type != Org || sp.End-sp.Start < 3 || !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if inTitle(titleEnd, toks[sp.Start].Start) {
			continue
		}
		if k := names.Key(spanText(text, toks, sp)); strings.Contains(k, " of ") {
			if bodies == nil {
				bodies = names.Set{}
			}
			bodies[k] = true
		}
	}
	if bodies == nil {
		return spans
	}
	grown := false
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Location || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if !inTitle(titleEnd, toks[sp.End-1].Start) || !capsSpan(toks, *sp) {
			continue
		}
		if start := ofBodyStart(text, toks, *sp, bodies); start >= 0 {
			sp.Start, sp.Type, grown = start, Org, true
		}
	}
	if !grown {
		return spans
	}
	// Drop the spans a grown span now covers.
	out := spans[:0]
	for i, sp := range spans {
		covered := false
		for j := i + 1; j < len(spans) && spans[j].Sentence == sp.Sentence; j++ {
			if spans[j].Start <= sp.Start && sp.End <= spans[j].End {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, sp)
		}
	}
	return out
}

// ofBodyStart returns the index of the token that begins the longest body's
// name in bodies ending with sp and written "WORDS OF sp" in capitals, or -1.
func ofBodyStart(text string, toks []text.Token, sp Span, bodies names.Set) int {
	of := sp.Start - 1
	if toks[of].Text != "OF" || !adjacent(text, toks[of], toks[sp.Start]) {
		return -1
	}
	best := -1
	for j := of - 1; j >= 0 && j >= of-maxOfHeadWords; j-- {
		if !capsWord(toks[j].Text) || !adjacent(text, toks[j], toks[j+1]) {
			break
		}
		if bodies[names.Key(text[toks[j].Start:toks[sp.End-1].End])] {
			best = j
		}
	}
	return best
}
