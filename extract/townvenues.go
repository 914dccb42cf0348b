package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// namedVenueHeads end a venue's name whose words before the head are only
// [namedVenueWords], and give the joined name's type, as [ownerVenueHeads]
// do: "Velby County Hospital" is a body, "Velby International Airport" a
// place.
var namedVenueHeads = map[string]Type{
	"Hospital": Org, "Infirmary": Org, "School": Org, "College": Org, "Court": Org,
	"Airport": Location, "Station": Location, "Stadium": Location, "Arena": Location,
	"Theatre": Location, "Theater": Location, "Hall": Location, "Cathedral": Location,
	"Prison": Location,
}

// namedVenueWords are the common words that come between a town's (or a
// founder's) name and a venue's head and name no venue by themselves:
// "County Hospital", "International Airport", "Crown Court".
var namedVenueWords = names.Set{
	"county": true, "general": true, "royal": true, "international": true, "central": true,
	"memorial": true, "city": true, "community": true, "district": true, "regional": true,
	"municipal": true, "civic": true, "grammar": true, "crown": true, "magistrates": true,
	"sheriff": true, "infant": true, "junior": true, "primary": true, "comprehensive": true,
}

// townVenueSpans joins a span of common venue words and a venue's head
// ("County Hospital", "International Airport": [namedVenueWords],
// [namedVenueHeads]) to the span right before it, one space apart on the
// same line, which names the town or the person the venue is named after:
// the recognizer cut "Velby County Hospital" into a town "Velby" and a
// place "County Hospital", "Tom Q. Okafor International Airport" into a
// person and a place. The span before grows over the venue and takes the
// head's type; the venue's span is left for repairSpans to drop as an
// overlap. Left: a span before in capitals throughout or a country's
// word of the tables ("US District Court" is the US's court, written as
// the recognizer found it), a possessive between them ("Velby's County
// Hall" is ownerVenueSpans'), a venue's words that go on in capitals
// ("County Hospital Trust"), and a head alone ("Velby Airport": the
// recognizer's own) (tail15d).
func townVenueSpans(sents []text.Sentence, spans []Span) []Span {
	for i := 1; i < len(spans); i++ {
		sp, prev := spans[i], &spans[i-1]
		if sp.End-sp.Start < 2 || prev.Sentence != sp.Sentence || prev.End != sp.Start || sp.Sentence < 0 || sp.Sentence >= len(sents) {
			continue // the usual case, decided at once
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End > len(toks) || prev.Start < 0 || prev.Start >= prev.End {
			continue
		}
		typ, ok := townVenue(toks, sp)
		if !ok || toks[sp.Start].Start-toks[prev.End-1].End != 1 {
			continue
		}
		last := toks[prev.End-1].Text
		if allCaps(last) || possessiveMark(last) || names.Tables().Country(last, names.Key(last)) >= 0 {
			continue
		}
		prev.End, prev.Type = sp.End, typ
	}
	return spans
}

// townVenue reports whether the words of sp are one or more of
// [namedVenueWords] and a head of [namedVenueHeads] with no capitalized word
// right after it, and the head's type.
func townVenue(toks []text.Token, sp Span) (Type, bool) {
	typ, ok := namedVenueHeads[toks[sp.End-1].Text]
	if !ok {
		return "", false
	}
	for k := sp.Start; k < sp.End-1; k++ {
		if !namedVenueWords.Has(toks[k].Text) {
			return "", false
		}
	}
	if sp.End < len(toks) && names.IsCapitalized(toks[sp.End].Text) && toks[sp.End].Start-toks[sp.End-1].End <= 1 {
		return "", false
	}
	return typ, true
}
