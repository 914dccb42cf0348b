package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11r) cuts a demonym the recognizer glued before a
// person's name, the cases [Resolver.demonymSurnames] leaves: a surname
// whose full name the article writes with a given name the gazetteer does
// not know ("Tervanian Quarbello" beside "Timo Quarbello"), a full name
// ("Tervanian Evans Okafor") and a people in the plural before a full
// name ("Tervanians Evans Okafor and Ann Lunmark took the titles").

// openerCuts cuts the words glued before persons' names in spans, a
// demonym ([Resolver.demonymOpeners]) and the end of a job title
// ([officeOpeners]), a party's short name ([partyOpeners]) and
// "Parliament for" before a seat ([parliamentSeat]), and returns spans.
func (r *Resolver) openerCuts(sents []text.Sentence, spans []Span) []Span {
	r.demonymOpeners(sents, spans)
	officeOpeners(sents, spans)
	partyOpeners(sents, spans)      // tail11z
	parliamentSeat(sents, spans)    // tail11z
	return partyTails(sents, spans) // tail12e
}

// demonymOpeners cuts the first word of a person's span of two words or
// more when it is a demonym that the gazetteer knows as no given name
// ("Christian" is one) and that follows no office ("the economy minister
// German Gref": a given name after the title), the span ends in no company suffix and its other
// words are capitalized, and what is left is a person's name: any words
// after a people in the plural ("Tervanians", never a given name), else a
// given name the gazetteer knows and a surname ("Evans Okafor"), or one
// word that the article names in full elsewhere ("Timo Quarbello").
func (r *Resolver) demonymOpeners(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.End-sp.Start < 2 || !sp.within(sents) {
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
		if plural || len(rest) >= 2 && placeGaz().FirstName(rest[0].Text) || len(rest) == 1 && r.personEndsIn(sents, spans, i, rest[0].Text) {
			sp.Start++
		}
	}
}

// personEndsIn reports whether a person's span of the article other than
// spans[skip] is two words or more ending in the word w and opening with
// a capitalized word that is no title and no demonym: "Timo Quarbello" for
// "Quarbello". A name of one word alone is no evidence: the corpus links
// it to any full name that ends in it ("Tervanian Quarbello" is then
// joined to another Quarbello of another article).
func (r *Resolver) personEndsIn(sents []text.Sentence, spans []Span, skip int, w string) bool {
	for j, o := range spans {
		if j == skip || o.Type != Person || o.Sentence < 0 || o.Sentence >= len(sents) || o.Start < 0 || o.End-o.Start < 2 || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		ot := sents[o.Sentence].Tokens
		if g := ot[o.Start].Text; ot[o.End-1].Text == w && upperWord(g) && !names.Titles.Has(g) && !r.t.IsDemonym(names.Key(g)) {
			return true
		}
	}
	return false
}
