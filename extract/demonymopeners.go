package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11r) cuts a demonym the recognizer glued before a
// person's name when the article does not name the person in full with a
// given name after it, the case [Resolver.demonymSurnames] leaves: a
// player known by one name ("the Tervanian Quarbello and England's Ann
// Okafor", with "Quarbello" alone elsewhere) and a people in the plural
// before a full name ("Tervanians Evans Okafor and Ann Lunmark took the
// titles").

// demonymOpeners cuts the first word of a person's span of two words or
// more when it is a demonym that the gazetteer knows as no given name
// ("Christian" is one) and that follows no office ("the economy minister
// German Gref": a given name after the title), the span ends in no company suffix and its other
// words are capitalized, and what is left is a person's name: any words
// after a people in the plural ("Tervanians", never a given name), else a
// given name the gazetteer knows and a surname ("Evans Okafor"), or one
// word that another person's span of the article, alone or after a given
// name, ends in ("Quarbello").
func (r *Resolver) demonymOpeners(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.End-sp.Start < 2 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		first := toks[sp.Start].Text
		key := names.Key(first)
		plural := pluralDemonym(r.t, key)
		if !plural && !r.t.IsDemonym(key) || placeGaz().FirstName(first) || sp.Start > 0 && names.TitleOffices.Has(toks[sp.Start-1].Text) {
			continue
		}
		rest := toks[sp.Start+1 : sp.End]
		if !upperWords(rest) || names.CorpSuffixes.Has(rest[len(rest)-1].Text) {
			continue
		}
		if plural || len(rest) >= 2 && placeGaz().FirstName(rest[0].Text) || len(rest) == 1 && personEndsIn(sents, spans, i, rest[0].Text) {
			sp.Start++
		}
	}
}

// personEndsIn reports whether a person's span of the article other than
// spans[skip] ends in the word w and begins with no demonym's word before
// it: "Quarbello" alone, or "Ann Quarbello".
func personEndsIn(sents []text.Sentence, spans []Span, skip int, w string) bool {
	for j, o := range spans {
		if j == skip || o.Type != Person || o.Sentence < 0 || o.Sentence >= len(sents) || o.Start < 0 || o.End <= o.Start || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		ot := sents[o.Sentence].Tokens
		if ot[o.End-1].Text == w && (o.End-o.Start == 1 || placeGaz().FirstName(ot[o.Start].Text)) {
			return true
		}
	}
	return false
}
