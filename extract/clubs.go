package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// clubsInSquads types as clubs the towns in brackets after players' names
// in a squad list: "Julien Laharrague (Brive), Damien Traille (Biarritz),
// Nicolas Mas (Perpignan)". A club named by its town is an organization.
// The evidence is three or more players in the sentence, each a person's
// name and a bracketed name right after it, then a comma, a semicolon or
// the end. Countries ("(France)"), states and regions ("(S Yorkshire)")
// keep their type.
func (r *Resolver) clubsInSquads(sents []text.Sentence, spans []Span) {
	for i := 0; i < len(spans); {
		si := spans[i].Sentence
		j := i
		for j < len(spans) && spans[j].Sentence == si {
			j++
		}
		if si >= 0 && si < len(sents) {
			r.squadClubs(sents[si].Tokens, spans[i:j])
		}
		i = j
	}
}

// squadClubs is clubsInSquads for one sentence's spans, in order.
func (r *Resolver) squadClubs(toks []text.Token, spans []Span) {
	var clubs []int
	players := 0
	for k := 0; k+1 < len(spans); k++ {
		p, c := spans[k], spans[k+1]
		if p.Type != Person || c.Start != p.End+1 || c.End >= len(toks) || toks[p.End].Text != "(" {
			continue
		}
		end := squadClubEnd(toks, spans, k+1) // the ")"
		if toks[end].Text == "," && end+2 < len(toks) && (toks[end+1].Text == "capt" || toks[end+1].Text == "captain") {
			end += 2 // "(Perpignan, capt)"
		}
		if toks[end].Text != ")" || end+1 < len(toks) && !strings.Contains(",;.", toks[end+1].Text) {
			continue
		}
		players++
		if c.Type != Location && !r.squadTownPerson(toks, c) && !squadNamedClub(toks, c) { // tail14y: squadTownPerson; tail15l: squadNamedClub
			continue
		}
		parts := make([]string, 0, c.End-c.Start)
		for _, t := range toks[c.Start:c.End] {
			parts = append(parts, t.Text)
		}
		name := strings.Join(parts, " ")
		key := names.Key(name)
		if first, _, two := strings.Cut(name, " "); two && len(first) == 1 && strings.Contains("NSEW", first) {
			continue // "(S Africa)", "(S Yorkshire)": a country or a region, shortened
		}
		if _, abbr := names.StateAbbrevs[key]; abbr || r.t.Country(name, key) >= 0 || names.IsRegion(key) || names.Shires[key] || r.t.IsDemonym(key) {
			continue
		}
		clubs = append(clubs, k+1)
	}
	if players < 3 {
		return
	}
	for _, k := range clubs {
		spans[k].Type = Org
		spans[k].End = squadClubEnd(toks, spans, k)
	}
}

// squadClubEnd returns where the club's name in brackets after a player
// ends: the end of its span, or past the capitalized words that follow the
// span up to the bracket, "Glasgow" of "(Glasgow Rugby)", which the
// recognizer may leave out.
func squadClubEnd(toks []text.Token, spans []Span, k int) int {
	end := spans[k].End
	e := end
	for e < len(toks) && e-end < 3 && toks[e].Text != ")" && names.IsCapitalized(toks[e].Text) {
		e++
	}
	if e == end || e >= len(toks) || toks[e].Text != ")" || k+1 < len(spans) && spans[k+1].Start < e {
		return end
	}
	return e
}
