package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14k) joins a body's name cut at its "and" when one
// person's title and name follow it: "Tervane and Quarbin chairman Ann
// Vell", where the recognizer spans "Quarbin" alone and leaves
// "Tervane" out. Two bodies share no one chairman, so the words before
// "and" are the same name's.

// andTitleNouns are a body's one officer or staff member whose title
// stands between the body's name and the holder's: "Tervane and Quarbin
// chairman Ann Vell". Not "president" nor "minister": "Vell and
// Bundesbank President Karl Rusk" names two people.
var andTitleNouns = names.Set{"chairman": true, "chairwoman": true, "partner": true, "analyst": true,
	"economist": true, "spokesman": true, "spokeswoman": true}

// andTitleSpans widens each span of [andTitleStart] to the capitalized
// word before its "and", typed ORG.
func (r *Resolver) andTitleSpans(sents []text.Sentence, spans []Span) []Span {
	for i, sp := range spans {
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End >= len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		// the cheap first question: "and" before the span, a title after it
		if toks[sp.Start-1].Text != "and" || !andTitleNouns.Has(strings.ToLower(toks[sp.End].Text)) {
			continue
		}
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > sp.Start-2 {
			continue // the word before "and" is in a name of its own
		}
		if r.andTitleStart(toks, sp) {
			spans[i].Start, spans[i].Type = sp.Start-2, Org
		}
	}
	return spans
}

// givenName reports whether the gazetteer knows w as a person's given
// name.
func givenName(w string) bool {
	g := placeGaz()
	return g != nil && g.FirstName(strings.ToLower(w))
}

// andTitleStart reports whether sp, of one or two capitalized words
// typed ORG, "and" and one capitalized word before it, and a title of
// [andTitleNouns] and a capitalized name after it, is the end of one
// body's name: "Tervane and Quarbin chairman Ann Vell". The word before
// "and" is no person's given name, place, month or function word ("Vell
// and Quarbin analyst" with Vell a person the recognizer missed would
// need a given name to be told apart; a surname alone is left to the
// span's own type).
func (r *Resolver) andTitleStart(toks []text.Token, sp Span) bool {
	if sp.Type != Org || sp.End-sp.Start > 2 || sp.End+1 >= len(toks) || !upperWord(toks[sp.End+1].Text) {
		return false
	}
	for _, tk := range toks[sp.Start:sp.End] {
		if !upperWord(tk.Text) || allCaps(tk.Text) {
			return false
		}
	}
	x := toks[sp.Start-2].Text
	if !upperWord(x) || allCaps(x) || strings.ContainsAny(x, ".,'0123456789") {
		return false
	}
	k := names.Key(x)
	return !names.NoExtend[strings.ToLower(x)] && !r.t.KnownPlace(k) && !givenName(x) && r.firmWords(toks[sp.Start-2:sp.Start-1])
}
