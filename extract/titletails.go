package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// titleTailSmall are the small words a title in Title Case writes in lower
// case between a capitalized common word and the rest of the title: "A
// String of Quiet Days", "Look on the Tervane Side", "Respect the Lemmo".
var titleTailSmall = map[string]bool{"the": true, "of": true, "on": true, "for": true}

// titleNotWords are the capitalized words before a small word that are a
// date's or a number's, no title's: "in May of Quarbin", "Unit Two of the
// Tervane plant".
var titleNotWords = map[string]bool{"May": true, "March": true, "One": true, "Two": true, "Three": true, "Four": true,
	"Five": true, "Six": true, "Seven": true, "Eight": true, "Nine": true, "Ten": true}

// titleTailSpans makes a thing (MISC, no entity) of a span that is the end
// of a title written in Title Case: right before it, one or two of the
// small words [titleTailSmall] in lower case ("of", "on the"), and before
// them a capitalized word in no span that is nearly always written in
// lower case ([ner.MostlyLower]) and stands inside its sentence: "saw A
// String of [Quiet Days]", "sang Always Look on the [Tervane Side]",
// "backed the Respect the [Lemmo Tunes] campaign". A reader takes the
// capital of such a word inside a sentence for a title's (a work's, a
// campaign's), and the name after it for the title's end, no name of its
// own. Left alone: a title or an organization's word before the small
// words ("Leader of the Quelby Party", "Bank of Tarrow"), a month's or a
// number's word ("in May of Quarbin", "Unit Two of the Tervane plant"), a
// word opening its sentence ("Shares of Quarbin rose") or after a
// quotation mark, a colon, a bracket or a dash (a quote's first word), a
// word after a comma, "and" or "&" (a name's own words in a list or a
// pair: "Quarbin Power and Light of Tervane"), a word of a span ("Quarbin
// Step of Lemmo Vale"), a headline's words, a place the tables know ("the
// Rock of Gibraltar"), a span typed a place after "on", and a span holding
// an organization's word or opening with "Radio" ("Lantern Song on Radio
// Quarbin": the station). "in", "at" and "to" are no small words here:
// after them a venue or a place stands as often ("A Man at the Quelby
// Theatre") (tail13y).
func titleTailSpans(titleEnd int, sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type == Misc || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		p := toks[sp.Start-1].Text
		if !titleTailSmall[p] || inTitle(titleEnd, toks[sp.Start].Start) {
			continue // the usual case, decided at once
		}
		if sp.Type == Location && p == "on" || orgWordIn(toks[sp.Start:sp.End]) || toks[sp.Start].Text == "Radio" {
			continue // "Lost in Tervane", "Song on Radio Quarbin": a place's or a body's own reading
		}
		if k := titleTailWord(toks, sp.Start-1); k > 0 && !spanAt(spans, i, k) && !placeSpan(toks[sp.Start:sp.End]) {
			sp.Type = Misc
		}
	}
	return spans
}

// titleTailWord returns the index of the capitalized common word before
// the small words that end at toks[j] ([titleTailSpans]), or -1.
func titleTailWord(toks []text.Token, j int) int {
	k := j
	for k >= 0 && j-k < 2 && titleTailSmall[toks[k].Text] {
		k--
	}
	if k < 1 {
		return -1
	}
	w := toks[k].Text
	if !casedWord(w) || strings.Contains(w, "-") || titleNotWords[w] || !ner.MostlyLower(strings.ToLower(w)) || names.Titles.Has(w) || orgWords.Has(w) {
		return -1
	}
	switch p := toks[k-1].Text; {
	case quoteToken(p), p == ":", p == "(", p == "-", p == "--", p == ".", p == ";", p == "'", p == "\"", p == "”", p == "’", p == ",", p == "and", p == "&":
		return -1
	}
	return k
}

// placeSpan reports whether the words of a span name a country, a region
// or a place the tables know: "the Rock of Gibraltar" keeps its place.
func placeSpan(ws []text.Token) bool {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
	}
	name := strings.Join(parts, " ")
	key := names.Key(name)
	t := names.Tables()
	return t.Country(name, key) >= 0 || t.KnownPlace(key) || names.IsRegion(key)
}
