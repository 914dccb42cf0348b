package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
)

// andCommonHeadSpans gives a body's name back the words before its own
// "and" that the recognizer cut off or made a "name" of their own, the
// mirror of [andCommonTailSpans]: "the Rural and Marine Police", "its
// Mining Equipment and Credit Corp", "an official of Farming and Credit
// Corp". A reader takes one name for three cues together: the name is
// introduced as one thing (after "the", a possessive, a unit's noun, as
// [andTailOpener] reads them, or "of"; not a sentence's start, whose
// capital says nothing of a common word); the words between that opener
// and "and" are one to three capitalized words that begin and end in a common
// word ([ner.CommonWord]: "Rural", "Mining … Equipment") and name no body
// of their own (no organization's head, no company suffix: "the Tervane
// Council and Marine Police" are two); and the span after "and" is an
// organization's of two words or more that opens with a common word too
// and ends in a body's head or a company suffix ("Police", "Corp"), or
// holds one before "of" ("Credit Corp of Tervia"; [headEnded]), so that
// the name ends there. The words before "and" may be in no span or
// be one span of their own (the recognizer's first "name", dropped: the
// recognizer tags a lone common word "Rural" as often as not); a span
// that holds other words is left. A person's pair ("Smith and Jones
// said") is left by the type, a firm named whole ("Johnson and Johnson")
// by the span, a list ("Quarbin Corp, Rural and Marine Police") by the
// opener, a name's first word before "and" ("the Treasury and Federal
// Reserve Board") by the common-word test, a headline by its capitals. It
// returns the spans (tail16l).
//
// Cost: the cheap question first, an organization's span of two words
// after the token "and" ending in a head; then at most [andTailMax]+1
// tokens read back and a pass over the sentence's spans for each.
func andCommonHeadSpans(titleEnd int, sents []text.Sentence, spans []Span) []Span {
	var gone []int
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 3 || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End > len(toks) || toks[sp.Start-1].Text != "and" || inTitle(titleEnd, toks[sp.Start].Start) {
			continue
		}
		if !headEnded(toks[sp.Start:sp.End]) || !ner.CommonWord(strings.ToLower(toks[sp.Start].Text)) {
			continue
		}
		if b, j := andCommonHead(toks, spans, i); b >= 0 {
			sp.Start = b
			if j >= 0 {
				gone = append(gone, j)
			}
		}
	}
	return dropIndexed(spans, gone)
}

// andCommonHead returns the start of the words before spans[i]'s "and"
// that open its name, as [andCommonHeadSpans] reads them, or -1; and the
// index of the span they are, or -1 when they are in none.
func andCommonHead(toks []text.Token, spans []Span, i int) (int, int) {
	and := spans[i].Start - 1
	b, j := and, wholeSpanAt(spans, i, and, false)
	if j >= 0 {
		b = spans[j].Start
	} else {
		for b > 0 && and-b < andTailMax && casedWord(toks[b-1].Text) && !spanAt(spans, i, b-1) {
			b--
		}
	}
	if b == and || b < 1 || and-b > andTailMax || !andTailOpener(toks, b-1) && toks[b-1].Text != "of" || spanAt(spans, i, b-1) {
		return -1, -1 // no words, a long run, a sentence's start ("Traders and Tervane Trade Board officials" are two), or no opener: "Quarbin Corp, Rural and Marine Police" lists
	}
	for _, t := range toks[b:and] {
		if !casedWord(t.Text) || bodyHeadWord(t.Text) || smallWords[strings.ToLower(t.Text)] {
			return -1, -1
		}
	}
	if !ner.CommonWord(strings.ToLower(toks[b].Text)) || !ner.CommonWord(strings.ToLower(toks[and-1].Text)) {
		return -1, -1 // "the Vellmark and Marine Police": a name's first word opens a second name
	}
	return b, j
}

// headEnded reports whether the words ws of a body's name end in a body's
// head or a company suffix ([bodyHeadWord]: "Marine Police", "Credit
// Corp"), or hold one before an "of" that gives the place or the field
// ("Credit Corp of Tervia", "Marine Board of Trade").
func headEnded(ws []text.Token) bool {
	if bodyHeadWord(ws[len(ws)-1].Text) {
		return true
	}
	for k := 1; k < len(ws)-1; k++ {
		if ws[k].Text == "of" {
			return bodyHeadWord(ws[k-1].Text)
		}
	}
	return false
}
