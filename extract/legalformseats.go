package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail17j's rule for a firm's seat glued after its closing
// legal form (issue 10): "a venture with Quarbin Ltd of Australia", "Tervane
// Avionics Limited of Elkton said". A legal form that closes a firm's name
// (Ltd, Inc, Plc, NV, ...) ends the name: the "of" and the place after it
// are the firm's seat, not more of its name, even where no comma and state
// follow (`townAfterFirm` asks for those). The forms that open a
// longer name, "Co", "Corp", "Company", "Corporation" ("Aluminum Co of
// America", "Power Corp of Canada"), and "Holdings" are not in the set, so
// such names stay whole.

// seatLegalForms are the folded legal forms that close a firm's name:
// nothing of the name follows them. "fsb" is an American savings bank's
// charter written after its name ("Vell Savings Bank FSB").
var seatLegalForms = names.Set{"inc": true, "incorporated": true, "ltd": true, "limited": true,
	"llc": true, "plc": true, "ag": true, "sa": true, "nv": true, "gmbh": true, "spa": true,
	"lp": true, "llp": true, "bv": true, "ab": true, "asa": true, "oyj": true, "bhd": true,
	"kk": true, "sarl": true, "srl": true, "fsb": true}

// legalFormSeat finds the seat glued to an organization's span after a
// closing legal form and "of": one to three capitalized words at the span's
// end, none a legal form, a company word or an institution's head (a
// second firm, "Vell Inc of Tervane Holdings", is no seat). A state's
// abbreviation written without its comma after the town's words is left
// out of the town ("of Glen Vell Fla"). The legal form
// must not be the span's first word. It returns the seat's span, a place;
// the caller ends the firm before "of". Cost: a length test and, for each
// of at most three places, a string test for "of" before any map test.
func legalFormSeat(toks []text.Token, sp Span) (Span, bool) {
	if sp.Type != Org || sp.End-sp.Start < 4 || sp.End > len(toks) {
		return Span{}, false
	}
	for n := 1; n <= 3; n++ {
		of := sp.End - n - 1
		if of-1 <= sp.Start {
			break
		}
		if toks[of].Text != "of" {
			continue
		}
		if !seatLegalForms[strings.ToLower(strings.ReplaceAll(toks[of-1].Text, ".", ""))] {
			return Span{}, false
		}
		town := toks[of+1 : sp.End]
		if !upperWords(town) {
			return Span{}, false
		}
		for _, w := range town {
			k := strings.ToLower(trimDot(w.Text))
			if names.CorpSuffixes[k] || names.CompanyWords[k] || names.OrgHeads[k] {
				return Span{}, false
			}
		}
		end := sp.End
		if _, state := names.StateAbbrevs[names.Key(town[len(town)-1].Text)]; state && len(town) > 1 {
			end-- // "of Lake Vell Fla": the state's abbreviation is no part of the town
		}
		return Span{Sentence: sp.Sentence, Start: of + 1, End: end, Type: Location}, true
	}
	return Span{}, false
}
