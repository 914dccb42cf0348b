package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file cuts a word glued before a name that the article gives in
// full elsewhere (tail13o): a previous firm's company suffix ("... Harlow
// and Co. Vell said", a full stop the splitter took for an abbreviation's),
// and a common word, a firm's first word or a place before a surname
// ("Sprinter Vell" beside "Dora Vell"; "Quarbin Vell said" beside "Dora
// Vell of Quarbin Futures"; "met in Varnholm Vell said" beside "Dora
// Vell").

// endSuffixes are the company suffixes that end a firm's name and begin
// none: "Ltd. Tervane" is the end of one name and the start of the next.
// "N.V." and "AG" may begin one ("N.V. Tervane") and are not here.
var endSuffixes = names.Set{"ltd": true, "co": true, "inc": true, "corp": true, "plc": true, "llc": true}

// leadSuffixSpans cuts a first word of [endSuffixes] from a span of two
// words or more, where it ends the name before: written with its full
// stop ("Harlow and Co. Vell said"), or after a closing bracket ("(Holdings)
// Plc Minority interests"). What is left of one common word of the case
// table ("Following", "Minority") is no name: the span is emptied.
func leadSuffixSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 2 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		w := toks[sp.Start].Text
		if len(w) < 2 || len(w) > 5 || !upperWord(w) {
			continue // the cheap test first: "Co." to "Corp."
		}
		bare, dot := strings.CutSuffix(w, ".")
		if !endSuffixes.Has(names.Key(bare)) || !dot && (sp.Start == 0 || toks[sp.Start-1].Text != ")") || !upperWord(toks[sp.Start+1].Text) {
			continue
		}
		sp.Start++
		if sp.End-sp.Start == 1 && ner.CommonWord(toks[sp.Start].Text) {
			sp.End = sp.Start
		}
	}
	return spans
}

// leadWordSurnameSpans cuts the first word of a person's span of two
// words, "W S", to the surname S, where the article writes S as the last
// word of another person's span of two words or more whose first word is
// a name's (capitalized, not W, none of the words taken here), and W is
// glued on: a capitalized common word of the case table or a demonym
// ([Resolver.kindWord]: "Sprinter Vell"), the first word of a firm's span
// of two words or more in the article ("Quarbin Vell said" beside
// "Quarbin Futures"), or a place of the gazetteer after "in" or "at"
// ("met in Varnholm Vell said", a full stop lost), where a first name of
// the gazetteer may be taken ("Atlanta"). Else W is no first name of the
// gazetteer (a sibling's "Venus Vell" beside "Serena Vell"); never an
// initial or a surname's particle ([surnameParticles]). It returns the
// spans.
func (r *Resolver) leadWordSurnameSpans(sents []text.Sentence, spans []Span) []Span {
	var g *ner.Model
	for i := range spans {
		sp := spans[i]
		if sp.Type != Person || sp.End-sp.Start != 2 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		w, s := toks[sp.Start].Text, toks[sp.Start+1].Text
		if len(w) < 2 || !names.IsCapitalized(w) || allCaps(w) || strings.HasSuffix(w, ".") || !upperWord(s) || surnameParticles.Has(names.Key(w)) {
			continue // an initial ("S Vell", "J.R. Vell") is a name's
		}
		if g == nil {
			if g = placeGaz(); g == nil {
				return spans
			}
		}
		if g.FirstName(w) && !placeAfterAt(g, toks, sp) {
			continue
		}
		if !r.kindWord(g, w) && !firmOpensWith(sents, spans, i, w) && !placeAfterAt(g, toks, sp) {
			continue
		}
		if r.otherFullName(g, sents, spans, i, w, s) {
			spans[i].Start++
		}
	}
	return spans
}

// placeAfterAt reports whether the span's first word is a place of the
// gazetteer after a lower-case "in" or "at" ("from" stands before a
// person as often: "a try from Brent Vell").
func placeAfterAt(g *ner.Model, toks []text.Token, sp Span) bool {
	if sp.Start == 0 {
		return false
	}
	switch toks[sp.Start-1].Text {
	case "in", "at":
		return g.PlaceName([]string{toks[sp.Start].Text})
	}
	return false
}

// firmOpensWith reports whether w begins an organization's span of two
// words or more other than spans[i].
func firmOpensWith(sents []text.Sentence, spans []Span, i int, w string) bool {
	for j, o := range spans {
		if j == i || o.Type != Org || o.End-o.Start < 2 || o.Start < 0 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		if sents[o.Sentence].Tokens[o.Start].Text == w {
			return true
		}
	}
	return false
}

// otherFullName reports whether a person's span other than spans[i], of
// two words or more, ends in s and begins with a capitalized word that is
// not w, no title's or honorific's ("Mr Vell" is no full name) and no word
// [Resolver.kindWord] takes.
func (r *Resolver) otherFullName(g *ner.Model, sents []text.Sentence, spans []Span, i int, w, s string) bool {
	for j, o := range spans {
		if j == i || o.Type != Person || o.End-o.Start < 2 || o.Start < 0 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		toks := sents[o.Sentence].Tokens
		first := toks[o.Start].Text
		if k := names.Key(strings.TrimSuffix(first, ".")); names.Titles.Has(k) || names.Honorifics.Has(k) || names.RoyalTitles.Has(k) {
			continue // "Mr Vell" is no full name
		}
		if strings.EqualFold(toks[o.End-1].Text, s) && upperWord(first) && !strings.EqualFold(first, w) && !r.kindWord(g, first) {
			return true
		}
	}
	return false
}
