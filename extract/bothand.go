package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13b) cuts at its "and" a span typed a person that "both"
// or "each" follows: "Ann Vell and Quarbin, who have both worked with
// him", "Tervane and Lemmox each said". The words after it count the names
// as two, and no one person's name holds "and", so the span holds two
// people the recognizer glued. A firm's name often holds its own "and"
// ("Tervane Light and Power Co each"): spans of other types are left.

// bothAndSpans cuts each span of [bothAndCut] into its two names, each
// typed as the span was.
func bothAndSpans(sents []text.Sentence, spans []Span) []Span {
	first := -1
	for i, sp := range spans {
		if bothAndCut(sents, sp) >= 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return spans // the usual case: nothing cut, nothing copied
	}
	out := make([]Span, 0, len(spans)+2)
	out = append(out, spans[:first]...)
	for _, sp := range spans[first:] {
		if a := bothAndCut(sents, sp); a >= 0 {
			left, right := sp, sp
			left.End, right.Start = a, a+1
			out = append(out, left, right)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// countAfterWords may stand between two names and "both" or "each":
// "Tervane and Lemmox, who have both", "Tervane and Lemmox will each".
var countAfterWords = names.Set{",": true, "who": true, "which": true, "that": true, "have": true, "has": true,
	"had": true, "are": true, "were": true, "will": true, "would": true, "could": true}

// bothAndCut returns the token of the one "and" inside sp, a span typed a
// person, when "both" or
// "each" follows sp, with at most three words of [countAfterWords]
// between, and the words on either side of "and" begin with capitals;
// else -1. The last name of a list is left, and so is a name whole of
// "and": a firm's "and Co" or "and Sons", a well-known pair ("Procter and
// Gamble", "Tyne and Wear"), a country ("Trinidad and Tobago").
func bothAndCut(sents []text.Sentence, sp Span) int {
	if sp.Type != Person || !sp.within(sents) || sp.End-sp.Start < 3 {
		return -1
	}
	toks := sents[sp.Sentence].Tokens
	if !countFollows(toks, sp.End) { // the cheap first question
		return -1
	}
	if sp.Start > 0 && (toks[sp.Start-1].Text == "," || toks[sp.Start-1].Text == "and") {
		// the last name of a list, which "each" counts whole: "Ostra,
		// Vell and Tervane Light and Power Co each"
		return -1
	}
	a := -1
	for k := sp.Start + 1; k < sp.End-1; k++ {
		if toks[k].Text == "and" || toks[k].Text == "&" {
			if a >= 0 {
				return -1
			}
			a = k
		}
	}
	if a < 0 || !upperWord(toks[a-1].Text) || !upperWord(toks[a+1].Text) || names.CorpSuffixes.Has(toks[a+1].Text) ||
		toks[a+1].Text == "Sons" || toks[a+1].Text == "Company" {
		return -1
	}
	ws := make([]string, 0, sp.End-sp.Start)
	for _, tk := range toks[sp.Start:sp.End] {
		ws = append(ws, tk.Text)
	}
	whole := strings.Join(ws, " ")
	k := names.Key(whole)
	if names.ConnectorNames[k] || names.PlaceConnectorNames[k] {
		return -1
	}
	if _, ok := names.Known(whole); ok {
		return -1
	}
	if _, ok := names.LookupCountry(whole); ok {
		return -1
	}
	return a
}

// countFollows reports whether "both" or "each" stands at token e of
// toks or after at most three words of [countAfterWords].
func countFollows(toks []text.Token, e int) bool {
	for k := e; k < len(toks) && k <= e+3; k++ {
		if w := toks[k].Text; w == "both" || w == "each" {
			return true
		} else if !countAfterWords[strings.ToLower(w)] {
			return false
		}
	}
	return false
}
