package extract

import (
	"slices"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// bracketClubSpans makes one club of the names in brackets after an
// athlete in a results list: "Ann Vell (Tervane and Quarby), Bo Lemm
// (Marlow Harriers)". Each athlete's brackets hold his one club, so
// names there joined by "and" or by commas and "and" ("(Elkmoor,
// Ostby and District)") are one club's name, whatever pieces the
// recognizer cut it into. The cue: a person's span, "(", capitalized words,
// commas and "and" only, with one "and" at least, then ")" and a comma,
// a semicolon, a full stop or the sentence's end; the recognizer's spans
// inside, two or more, the first at the bracket; and another athlete with
// a club in brackets in the same sentence (a list). A side that is a
// country or a home nation ("(Tervane and England)": a player's club and
// his country), a demonym or a state, or a person's full name, leaves
// the brackets alone. The club is typed an organization. The result is
// sorted.
func (r *Resolver) bracketClubSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span // nil until a club is joined
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Type == Person && sp.Sentence >= 0 && sp.Sentence < len(sents) {
			toks := sents[sp.Sentence].Tokens
			if e, n := r.bracketClub(toks, spans, i); n >= 2 && bracketAthletes(toks, spans, i) >= 2 {
				if out == nil {
					out = append(make([]Span, 0, len(spans)), spans[:i]...)
				}
				out = append(out, sp, Span{Sentence: sp.Sentence, Start: sp.End + 1, End: e, Type: Org})
				i += n
				continue
			}
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

// bracketContent returns the index of the ")" that closes the brackets
// right after span p, when they hold only capitalized words, commas and
// "and", begin and end with a capitalized word and hold an "and" if and
// is true; and a comma, a semicolon, a full stop or the sentence's end
// follows the ")". It returns -1 otherwise.
func bracketContent(toks []text.Token, p Span, and bool) int {
	if p.End+2 >= len(toks) || toks[p.End].Text != "(" {
		return -1
	}
	hasAnd := false
	for e := p.End + 1; e < len(toks) && e-p.End <= 12; e++ {
		w := toks[e].Text
		switch {
		case w == ")":
			if e == p.End+1 || !names.IsCapitalized(toks[e-1].Text) || and && !hasAnd {
				return -1
			}
			if e+1 < len(toks) && !slices.Contains([]string{",", ";", "."}, toks[e+1].Text) {
				return -1
			}
			return e
		case w == "and":
			if e == p.End+1 {
				return -1
			}
			hasAnd = true
		case w == ",":
			if e == p.End+1 {
				return -1
			}
		case !names.IsCapitalized(w):
			return -1
		}
	}
	return -1
}

// bracketClub returns, for the person's span spans[i], the end of the club
// in brackets after it ([bracketClubSpans]) and how many of the spans
// after spans[i] lie inside the brackets; n < 2 when the brackets are no
// such club's. The recognizer's cut must show: a piece it typed a person
// ("(Elkmoor, Ostby|PER and District)") or a capitalized word it left out
// of every span ("District"). Brackets whose every word is in a club's or
// a place's span of its own are left: the pieces may each be a club the
// corpus knows, and graphstore reads a town's club by them (tail12k
// measured the looser rule: a town's lone mention elsewhere then joined
// its club).
func (r *Resolver) bracketClub(toks []text.Token, spans []Span, i int) (end, n int) {
	p := spans[i]
	e := bracketContent(toks, p, true)
	if e < 0 || i+1 >= len(spans) || spans[i+1].Sentence != p.Sentence || spans[i+1].Start != p.End+1 {
		return 0, 0
	}
	cut := false
	next := p.End + 1 // the first token no span inside has covered
	for k := i + 1; k < len(spans) && spans[k].Sentence == p.Sentence && spans[k].Start < e; k++ {
		c := spans[k]
		if c.End > e {
			return 0, 0
		}
		name := joinTokens(toks[c.Start:c.End])
		key := names.Key(name)
		if _, abbr := names.StateAbbrevs[key]; abbr || r.t.Country(name, key) >= 0 || homeNations[key] || r.t.IsDemonym(key) ||
			c.Type == Person && c.End-c.Start >= 2 {
			return 0, 0
		}
		cut = cut || c.Type == Person || uncoveredName(toks[next:c.Start])
		next = c.End
		n++
	}
	if cut = cut || uncoveredName(toks[next:e]); !cut {
		return 0, 0
	}
	return e, n
}

// uncoveredName reports whether toks, words no span covers, hold a
// capitalized word.
func uncoveredName(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool { return names.IsCapitalized(t.Text) })
}

// bracketAthletes counts the person's spans of spans[i]'s sentence, itself
// included, that brackets of capitalized words follow ([bracketContent]):
// the athletes of a results list.
func bracketAthletes(toks []text.Token, spans []Span, i int) int {
	si := spans[i].Sentence
	lo := i
	for lo > 0 && spans[lo-1].Sentence == si {
		lo--
	}
	count := 0
	for k := lo; k < len(spans) && spans[k].Sentence == si; k++ {
		if spans[k].Type == Person && bracketContent(toks, spans[k], false) >= 0 {
			count++
		}
	}
	return count
}
