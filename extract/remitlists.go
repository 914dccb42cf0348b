package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail16f) grows a body's name over the list of its remits
// that a comma cut: "the Department for Tillage, Orchards and Rural
// Crafts" taken as "Department for Tillage". A department's or a board's
// name after "for" or "of" may list what it is for, each item a common
// noun or two written with capitals, the last after "and"; the recognizer
// stops at the first comma. A list of names (firms, people, places) after
// a body is no remit: every item's words must be common words of the case
// table.

// remitHeads are the heads of bodies whose name may list their remits
// after "for" or "of".
var remitHeads = names.Set{"department": true, "ministry": true, "office": true, "board": true,
	"committee": true, "commission": true, "council": true, "bureau": true, "agency": true,
	"authority": true, "institute": true, "centre": true, "center": true}

// remitListSpans grows an organization's span that ends in a body's head
// ([remitHeads]), "for" or "of" (maybe "the") and common words, over a
// comma and the list that follows ([remitListEnd]); the spans inside the
// list are emptied.
func remitListSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org {
			continue // the cheap first question
		}
		toks := fitTokens(sents, sp)
		if toks == nil || sp.End+4 > len(toks) || toks[sp.End].Text != "," || !remitSpan(toks[sp.Start:sp.End]) {
			continue
		}
		end := remitListEnd(toks, sp.End)
		if end < 0 {
			continue
		}
		for j := i + 1; j < len(spans) && spans[j].Sentence == sp.Sentence && spans[j].Start < end; j++ {
			spans[j].End = spans[j].Start
		}
		sp.End = end
	}
	return spans
}

// remitSpan reports whether a span's words are a body's head, "for" or
// "of", maybe "the", and one to three capitalized common words: "Board
// for Tillage", "Quarbin Ministry of Rural Crafts".
func remitSpan(ws []text.Token) bool {
	for k := 0; k+2 < len(ws); k++ {
		if !remitHeads.Has(ws[k].Text) || ws[k+1].Text != "for" && ws[k+1].Text != "of" {
			continue
		}
		rest := ws[k+2:]
		if rest[0].Text == "the" {
			rest = rest[1:]
		}
		return len(rest) >= 1 && len(rest) <= 3 && remitWords(rest)
	}
	return false
}

// remitListEnd returns the end of a list of remits that begins with the
// comma at i: items of one to three capitalized common words, parted by
// commas, the last after "and" (maybe after a comma), and then no
// capitalized word; -1 when the tokens are no such list.
func remitListEnd(toks []text.Token, i int) int {
	for items := 0; items < 6 && i < len(toks); items++ {
		last := false
		switch {
		case toks[i].Text == "," && i+1 < len(toks) && toks[i+1].Text == "and":
			i, last = i+2, true
		case toks[i].Text == ",":
			i++
		case toks[i].Text == "and":
			i, last = i+1, true
		default:
			return -1
		}
		j := i
		for j < len(toks) && j-i < 3 && upperWord(toks[j].Text) {
			j++
		}
		if j == i || !remitWords(toks[i:j]) {
			return -1
		}
		if last {
			if j < len(toks) && upperWord(toks[j].Text) {
				return -1
			}
			return j
		}
		i = j
	}
	return -1
}

// remitNouns are fields of a body's remit that the case table does not
// count as common words, for the names that take them ("BBC Sport", "UK
// Sport", "Arts Council"): "Department for Tillage, Arts and Sport".
var remitNouns = names.Set{"sport": true, "sports": true, "arts": true, "tourism": true,
	"heritage": true, "pensions": true, "skills": true, "youth": true}

// remitWords reports whether each word is a capitalized common word of
// the case table ([ner.CommonWord]) or of [remitNouns], and no word in
// capitals: "Rural Crafts", not "Quarbin" or "BBC".
func remitWords(ws []text.Token) bool {
	for _, w := range ws {
		if !upperWord(w.Text) || allCaps(w.Text) || !ner.CommonWord(w.Text) && !remitNouns.Has(w.Text) {
			return false
		}
	}
	return len(ws) > 0
}

// remitComma reports whether the comma after ws[i] parts the remits of a
// body's name ([remitHeads], "for" or "of" before it, a common word before
// the comma), no two names: [commaCut] leaves "Department for Media, Arts
// and Tillage" whole, whose "Media" is an organization's head elsewhere
// ("Quarbin Media, Tervane Bank").
func remitComma(ws []word, i int) bool {
	if !ner.CommonWord(strings.TrimSuffix(ws[i].text, ",")) {
		return false
	}
	for k := 0; k+1 < i; k++ {
		if remitHeads.Has(ws[k].text) && (ws[k+1].text == "for" || ws[k+1].text == "of") {
			return true
		}
	}
	return false
}
