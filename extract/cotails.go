package extract

import (
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12j) keeps a partnership's "X and Co" with the firm's
// words right after it: "Vell and Co Investments Inc", "Quarbin and Co
// Financial Services Pty Ltd". [corpCut] splits a name after a company
// suffix that is not its last word ("Tervane Corp. Quarbin" is two
// firms); "Co" after "and" is no suffix there but a partnership's word,
// and with no period after it, a company's word ("Investments",
// "Financial", [names.CompanyWords]) or a place's name opening the
// capitalized words after it and a company suffix ending them, the whole
// is one firm's name (its division's or its country's arm). Another firm's
// name after "and Co" is left to the cut: a list of offerings writes "led
// by Vell and Co" on one line and "Tervane Department Stores Inc" on the
// next. "Co." with its period is left to the cut: the wire copy
// writes it so at a sentence's end ("led by Vell and Co. Tervane Inc
// said"), and so are words after "and Co" that end in no suffix.

// coNameTail reports whether ws[i], a company suffix inside the words ws
// of a name, is the "Co" of "and Co" (or "& Co"), written without a
// period, that capitalized words follow, opening with a company's word or
// a place's name and ending in a company suffix.
func coNameTail(ws []word, i int) bool {
	if i < 2 || i+2 > len(ws) {
		return false
	}
	if co := ws[i].text; co != "Co" && co != "CO" {
		return false // the usual case, decided at once
	}
	if c := ws[i-1].text; c != "and" && c != "&" && c != "AND" {
		return false
	}
	rest := ws[i+1:]
	if !names.CorpSuffixes.Has(rest[len(rest)-1].text) {
		return false
	}
	for _, w := range rest {
		if !names.IsCapitalized(w.text) {
			return false
		}
	}
	if names.CompanyWords.Has(rest[0].text) {
		return true // "and Co Investments Inc"
	}
	// "and Co USA Inc": the words before the suffixes name a place.
	var region []string
	for _, w := range rest {
		if names.CorpSuffixes.Has(w.text) {
			break
		}
		region = append(region, names.Key(w.text))
	}
	return len(region) > 0 && len(region) <= 2 && armRegion(region)
}
