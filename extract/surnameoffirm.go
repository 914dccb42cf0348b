package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// surnameOfFirm cuts at "of" an organization's span that opens with a
// speaker's surname alone, the article naming him whole elsewhere:
// "Okafor of Quarbin Securities said" after "said Ann Okafor, an
// economist with Quarbin Securities" is the economist and his firm, as
// [personOfFirm] cuts them when the given name comes too. The speaker
// speaks ([reportedBeside]); the surname is capitalized, no acronym, no
// common word, no organization's word, place or demonym ("Bank of
// Quarbin said", "Volkswagen of America said"), and a person's span of
// two words or more ends in it. The part after "of" keeps the span's
// type, or is a place when the tables know it ("Okafor of Tervane said").
// It returns the person's span and the rest's, or nil.
func (r *Resolver) surnameOfFirm(sents []text.Sentence, spans []Span, toks []text.Token, sp Span) []Span {
	if sp.Type != Org || sp.End-sp.Start < 3 || toks[sp.Start+1].Text != "of" || !names.IsCapitalized(toks[sp.Start+2].Text) {
		return nil
	}
	surname := toks[sp.Start].Text
	k := names.Key(surname)
	if !names.IsCapitalized(surname) || names.IsAcronym(surname) || orgWord(k) || ner.CommonWord(surname) ||
		r.t.KnownPlace(k) || r.t.IsDemonym(k) || !reportedBeside(toks, sp) || !wholeNameElsewhere(sents, spans, surname) {
		return nil
	}
	rest := Span{Sentence: sp.Sentence, Start: sp.Start + 2, End: sp.End, Type: sp.Type}
	if r.t.KnownPlace(names.Key(joinTokens(toks[sp.Start+2 : sp.End]))) {
		rest.Type = Location
	}
	return []Span{{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start + 1, Type: Person}, rest}
}

// wholeNameElsewhere reports whether a span of the article typed a person,
// of two words or more, ends in surname: "Ann Okafor".
func wholeNameElsewhere(sents []text.Sentence, spans []Span, surname string) bool {
	for _, o := range spans {
		if o.Type != Person || o.Sentence < 0 || o.Sentence >= len(sents) || o.End-o.Start < 2 || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		if sents[o.Sentence].Tokens[o.End-1].Text == surname {
			return true
		}
	}
	return false
}
