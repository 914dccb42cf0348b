package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// placeAppositionAfter returns the words after an apposition that opens
// with a country's or a known place's possessive right after a name
// (", Tervane's biggest software firm,"), or "": [Resolver.firmApposition]
// reads its kind as it reads ", a ...". A person's apposition ends in a
// person's word ("Ann Vell, Tervane's finance minister") and is left by
// the kinds.
func placeAppositionAfter(rest string) string {
	after, ok := strings.CutPrefix(rest, ", ")
	if !ok || after == "" || !upperWord(after) {
		return ""
	}
	i := strings.Index(after[:min(len(after), 34)], "'s ") // bounded: asked of every name typed a person or a place
	if i < 2 || i > 30 {
		return ""
	}
	place := after[:i]
	if strings.ContainsAny(place, ",;:()\"\n") {
		return ""
	}
	t := names.Tables()
	k := names.Key(place)
	if _, ok := names.LookupCountry(place); !ok && !t.KnownPlace(k) {
		return ""
	}
	return after[i+3:]
}
