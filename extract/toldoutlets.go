package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// outletUnits are the words of a broadcaster's service after its name:
// "BBC News Online", "BBC Radio 4", "BBC Five Live", "BBC World Service".
var outletUnits = names.Set{"news": true, "online": true, "radio": true, "sport": true, "one": true,
	"two": true, "three": true, "four": true, "five": true, "live": true, "world": true, "service": true,
	"1": true, "2": true, "3": true, "4": true, "24": true}

// clauseVerbs are the verbs and modals that open a reported clause right
// after its subject: "told BBC Tervane were unlikely to win".
var clauseVerbs = names.Set{"was": true, "were": true, "is": true, "are": true, "would": true,
	"will": true, "had": true, "has": true, "have": true, "could": true, "should": true,
	"might": true, "may": true, "must": true, "did": true, "does": true}

// toldOutlet cuts a broadcaster, "BBC" and the words of its service
// ([outletUnits]), off a span it opens right after "told" or "told the",
// when capitalized words follow the service in the span and a verb of the
// reported clause ([clauseVerbs]) or a member's title ("MPs",
// [titleStarts]) follows the span (tail10yv): in "she told BBC News
// Tervane MPs would vote" the outlet is the one told and Tervane's members
// the subject of what it was told. "told BBC Radio Tervane." (a local
// station), "told BBC News Online that" and "told the BBC Tervane
// programme" are left. It returns the outlet's span and the rest's, or
// nil.
func toldOutlet(toks []text.Token, sp Span) []Span {
	if toks[sp.Start].Text != "BBC" || sp.Start == 0 {
		return nil
	}
	if p := toks[sp.Start-1].Text; p != "told" && (p != "the" || sp.Start < 2 || toks[sp.Start-2].Text != "told") {
		return nil
	}
	k := sp.Start + 1
	for k < sp.End && outletUnits.Has(toks[k].Text) {
		k++
	}
	if k >= sp.End || !names.IsCapitalized(toks[k].Text) || sp.End >= len(toks) {
		return nil
	}
	if next := toks[sp.End].Text; !clauseVerbs.Has(next) && !titleStarts.Has(next) {
		return nil
	}
	return []Span{
		{Sentence: sp.Sentence, Start: sp.Start, End: k, Type: Org},
		{Sentence: sp.Sentence, Start: k, End: sp.End, Type: sp.Type},
	}
}
