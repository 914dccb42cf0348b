package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// headlineAndSpans grows a span that begins a headline written in capitals
// over "AND" and the word after it when the article's body writes the
// words as an organization's whole name, with or without its company
// suffix: "BAUSCH" of "BAUSCH AND LOMB ANNOUNCES NEW PRODUCTS" is Bausch
// and Lomb, the body's "Bausch and Lomb Inc". The recognizer cuts such a
// headline at "AND" and takes the second word for a person or a place
// ("GULF"); the span over it, if any, is dropped as overlapping. Left
// apart: two firms the body names apart ("QUARBIN AND TERVANE SIGN PACT"),
// the beginning of a longer name ("CAMBRIAN AND GENERAL NOTES" of the
// body's "Cambrian and General Securities Plc": the beginning would be a
// name of its own), and a doubled name ("REYNOLDS AND REYNOLDS"), whose
// first word is already the firm's own short form, linked to it and, by
// the corpus, other articles' lone "Reynolds" with it.
func headlineAndSpans(text string, titleEnd int, sents []text.Sentence, spans []Span) {
	if titleEnd < 0 {
		return
	}
	var body []string
	for _, sp := range spans {
		if sp.Type != Org || sp.End-sp.Start < 3 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if !inTitle(titleEnd, toks[sp.Start].Start) {
			k := names.Key(spanText(text, toks, sp))
			body = append(body, k, names.OrgKey(k))
		}
	}
	if body == nil {
		return
	}
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start != 0 || sp.End+2 > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		and, next := toks[sp.End], toks[sp.End+1]
		if !inTitle(titleEnd, next.Start) || !capsSpan(toks, *sp) || and.Text != "AND" && and.Text != "&" || !capsWord(next.Text) ||
			!adjacent(text, toks[sp.End-1], and) || !adjacent(text, and, next) || next.Text == toks[sp.End-1].Text {
			continue
		}
		name := names.Key(text[toks[sp.Start].Start:next.End])
		for _, b := range body {
			if b == name {
				sp.End, sp.Type = sp.End+2, Org
				break
			}
		}
	}
}
