package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail16x) cuts a dotted country and a firm's kind from the
// firm's name after them. Wire copy capitalizes the word after "U.S." or
// "U.K." ("with the U.S. Firm Vellmar Corp", "its U.K. Subsidiary Tervane
// Ltd", "U.K. Smelter Quarbin Metals denied"): the recognizer then reads
// the country, the kind and the firm's name as one name. tail10ya's
// [countryWordSpans] and tail13n's [countryKindSpans] cut two-word spans
// ("a U.K. Bank"); this one cuts the two words before a name.

// countryFirmKinds are the capitalized kinds of firm that, between a dotted
// country and a name, describe the firm and are no word of its name:
// "the U.S. Group Vellmar", "two U.S. Subsidiaries Tervane Co and ...".
// They are matched as written: a headline's "GROUP" is not one.
// "Company" (tail17d): "the U.S. Company Vellworks" is the firm Vellworks,
// described, as "the U.S. Firm Vellworks" is; tail15m's [companyNameTail]
// read it as a firm "U.S. Company" and a second one.
var countryFirmKinds = map[string]bool{"Firm": true, "Firms": true, "Group": true, "Company": true,
	"Concern": true, "Subsidiary": true, "Subsidiaries": true, "Unit": true, "Affiliate": true, "Smelter": true,
	"Bank": true, "Banks": true, "Broker": true, "Stockbroker": true, "Insurer": true, "Carrier": true,
	"Retailer": true, "Conglomerate": true, "Giant": true, "Rival": true}

// countryKindFirmSpans cuts a span that opens with a dotted country
// ([dottedCountries]) and a kind of firm ([countryFirmKinds]) to the name after
// them, an organization's, and gives the country a place's span of its
// own. The name must open with a capitalized word that is none of a
// firm's suffixes or company words nor a body's head ([countryKindName]):
// "U.S. Group Inc", "U.S. Bank Holdings", "U.S. Unit Trust", "U.S. Group
// Insurance" and "U.S. Bank for Vell Exports" are names of their own and stay
// whole; so does a headline's "U.S. GROUP BUYS", whose kind is in
// capitals. Cost: a map test of each span's first word; the rest only
// after "U.S." or "U.K.". It returns the spans (tail16x).
func countryKindFirmSpans(sents []text.Sentence, spans []Span) []Span {
	spans = possessiveCountryFirmSpans(sents, spans) // tail17d: "the U.K.'s Vellmar Plc"
	var add []Span
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 3 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil || !dottedCountries[toks[sp.Start].Text] || !countryFirmKinds[toks[sp.Start+1].Text] || !countryKindName(toks[sp.Start+2].Text) {
			continue
		}
		add = append(add, Span{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start + 1, Type: Location})
		sp.Start += 2
		sp.Type = Org
	}
	if len(add) == 0 {
		return spans
	}
	return placeWholeSpans(spans, add)
}

// countryKindName reports whether w may open a firm's name after a
// country and a kind ([countryKindFirmSpans]): a capitalized word, or one
// in capitals ("ATT"), that is no company suffix, company word or body's
// head, and no joining word.
func countryKindName(w string) bool {
	if !upperWord(w) {
		return false // "for", a digit, a bracket
	}
	k := strings.ToLower(strings.TrimSuffix(w, "."))
	return !names.CorpSuffixes[k] && !names.CompanyWords[k] && !names.OrgHeads[k] && !formTails[k]
}
