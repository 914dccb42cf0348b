package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// saintHeads end the name of a building, a street or a school named after
// a saint in the possessive, and give its type: "St Quarn's Chapel" is a
// place, "St Quarn's Middle School" an organization.
var saintHeads = map[string]Type{
	"Chapel": Location, "Church": Location, "Cathedral": Location, "Abbey": Location,
	"Palace": Location, "Road": Location, "Street": Location, "Square": Location,
	"Centre": Location, "Center": Location, "Park": Location,
	"School": Org, "College": Org, "Academy": Org, "Hospital": Org,
}

// saintPossessiveSpans grows a span that begins with "St" or "Saint" and
// stops before a possessive "'s" over the possessive and the one to three
// capitalized words after it when the last of them is one of
// [saintHeads]: the recognizer cuts "St Egwin's Middle School" to a place
// "St Egwin" and "St George's Chapel" to "St George". A span the words
// run into must end inside them ("Middle School" taken as its own name);
// the overlap is then dropped by repairSpans as any other.
func saintPossessiveSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if first := toks[sp.Start].Text; first != "St" && first != "St." && first != "Saint" {
			continue
		}
		p := sp.End
		if p >= len(toks) || toks[p].Text != "'s" && toks[p].Text != "’s" || toks[p].Start != toks[p-1].End {
			continue
		}
		var end int
		var typ Type
		for j := p + 1; j < len(toks) && j <= p+3; j++ {
			if !names.IsCapitalized(toks[j].Text) || toks[j].Start-toks[j-1].End > 1 {
				break
			}
			if t, ok := saintHead(toks, sp, j); ok { // tail15e: a company suffix, "St Quarn's Paper Inc"
				end, typ = j+1, t
			}
		}
		if end == 0 {
			continue
		}
		ok := true
		for k := i + 1; k < len(spans) && spans[k].Sentence == sp.Sentence && spans[k].Start < end; k++ {
			if spans[k].End > end {
				ok = false
			}
		}
		if ok {
			sp.End, sp.Type = end, typ
		}
	}
}
