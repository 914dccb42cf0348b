package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// listAndSpans joins two spans that "and" parts inside one item of a list:
// "Elkmoor North, Quarbury and Tervane, Lunmark West, Amble": the "and"
// between Quarbury and Tervane cannot be the list's last, for a comma and
// another name follow them, so the two are one name (a constituency,
// "Haltemprice and Howden"; a firm, "Marks and Spencer"). The cue:
// a comma right before the first span, a comma right after the second and
// a span right after that comma, itself followed by a comma or "and" (the
// list goes on), in a sentence of four commas or more. A state after the
// pair ("Elkton and Marlow, Tenn., offices"), a lone compass word on
// either side of "and" ("Dunmore East and West", "South and Central
// Tervania": two names, the first cut short) and a town or a country the
// tables know before "and" (a list of stations and their towns) are left.
// Two people are left ("Ansel and Marle, Vell and Dunne": pairs). The
// joined span is a place's when either side was one (the list's items
// are typed at random, a seat most often a place), else an
// organization's when either side was one, else the first's type. The
// result is sorted.
func (r *Resolver) listAndSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span // nil until two spans are joined
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+2 < len(spans) && r.listAndPair(sents, spans[i], spans[i+1], spans[i+2]) {
			if out == nil {
				out = append(make([]Span, 0, len(spans)), spans[:i]...)
			}
			b := spans[i+1]
			sp.End = b.End
			switch {
			case sp.Type == Location || b.Type == Location:
				sp.Type = Location
			case sp.Type == Org || b.Type == Org:
				sp.Type = Org
			}
			out = append(out, sp)
			i++
			continue
		}
		if out != nil {
			out = append(out, sp)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// listAndPair reports whether spans a and b, and the span c after them,
// stand as "…, a and b, c" in one sentence of a list ([listAndSpans]).
func (r *Resolver) listAndPair(sents []text.Sentence, a, b, c Span) bool {
	if a.Sentence != b.Sentence || b.Sentence != c.Sentence || a.Sentence < 0 || a.Sentence >= len(sents) {
		return false
	}
	if b.Start != a.End+1 || c.Start != b.End+1 || a.Start < 1 || a.Type == Person && b.Type == Person {
		return false
	}
	toks := sents[a.Sentence].Tokens
	if c.End > len(toks) || toks[a.End].Text != "and" || toks[a.Start-1].Text != "," || toks[b.End].Text != "," {
		return false
	}
	// The list goes on after c: a comma or "and" follows it. A state
	// after the pair ("Elkton and Marlow, Tenn., offices") is the towns',
	// and a lone compass word after "and" ("Dunmore East and West") the
	// second of two seats.
	if c.End >= len(toks) || toks[c.End].Text != "," && toks[c.End].Text != "and" || usState(toks, c) {
		return false
	}
	if b.End-b.Start == 1 && compassWords[strings.ToLower(toks[b.Start].Text)] ||
		a.End-a.Start == 1 && compassWords[strings.ToLower(toks[a.Start].Text)] {
		return false
	}
	// A town or a country the tables know before "and" is an item of
	// its own: "KQRB-TV, Elkton, KMRL-TV, San Diego and KVLL-TV, Boston",
	// a station and its town.
	if knownPlaceName(joinTokens(toks[a.Start:a.End])) {
		return false
	}
	commas := 0
	for _, t := range toks {
		if t.Text == "," {
			commas++
		}
	}
	return commas >= 4
}

// usState reports whether span c is an American state's name or its
// abbreviation ([names.StateAbbrevs]).
func usState(toks []text.Token, c Span) bool {
	w := joinTokens(toks[c.Start:c.End])
	k := strings.ToLower(strings.ReplaceAll(w, ".", ""))
	if _, ok := names.StateAbbrevs[k]; ok {
		return true
	}
	for _, full := range names.StateAbbrevs {
		if strings.EqualFold(full, w) {
			return true
		}
	}
	return false
}
