package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// firmSpans joins a firm's name that the recognizer cut at its "and":
// "Thomas" "and" "Betts Corp", "Finance" "and" "Credit Corp of Jordan".
// The evidence is the company suffix after the one word behind the "and",
// and a first part that the article never names alone: "Ford and Mazda
// Corp" stays two when Ford comes up again by itself. Once joined, the
// same words elsewhere in the article, without the suffix or in capitals
// ("THOMAS AND BETTS"), are the firm too. The result is sorted.
func (r *Resolver) firmSpans(sents []text.Sentence, spans []Span) []Span {
	type firm struct{ a, b []string } // the words before and after "and", folded
	var firms []firm
	var joined []Span
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if a.Sentence != b.Sentence || a.Sentence < 0 || a.Sentence >= len(sents) || b.End > len(sents[a.Sentence].Tokens) || a.End+1 != b.Start {
			continue
		}
		toks := sents[a.Sentence].Tokens
		if and := toks[a.End].Text; and != "and" && and != "&" {
			continue
		}
		// One word, then a company suffix ("Betts Corp", "Credit Corp of
		// Jordan"), or one the span left out ("Betts" "Inc").
		end := b.End
		if b.End-b.Start == 1 {
			for end < len(toks) && names.CorpSuffixes.Has(toks[end].Text) {
				end++
			}
		}
		if b.End-b.Start == 1 && end == b.End || b.End-b.Start > 1 && !names.CorpSuffixes.Has(toks[b.Start+1].Text) {
			continue
		}
		// A place of two words is a place: "Nova Scotia and Empire Co".
		if a.End-a.Start > 2 || a.Type == Misc || a.Type == Location && a.End-a.Start > 1 || !r.firmWords(toks[a.Start:a.End]) || !r.firmWords(toks[b.Start:b.Start+1]) {
			continue
		}
		if alone(sents, toks[a.Start:a.End]) {
			continue
		}
		joined = append(joined, Span{Sentence: a.Sentence, Start: a.Start, End: end, Type: Org})
		firms = append(firms, firm{foldWords(toks[a.Start:a.End]), foldWords(toks[b.Start : b.Start+1])})
	}
	if len(firms) == 0 {
		return spans
	}
	// The same firm elsewhere in the article.
	for si, s := range sents {
		toks := s.Tokens
		for k := 1; k+1 < len(toks); k++ {
			if and := toks[k].Text; and != "&" && !strings.EqualFold(and, "and") {
				continue
			}
			for _, f := range firms {
				start, end := k-len(f.a), k+1+len(f.b)
				if start < 0 || end > len(toks) || !slices.Equal(foldWords(toks[start:k]), f.a) || !slices.Equal(foldWords(toks[k+1:end]), f.b) {
					continue
				}
				for end < len(toks) && names.CorpSuffixes.Has(toks[end].Text) {
					end++
				}
				joined = append(joined, Span{Sentence: si, Start: start, End: end, Type: Org})
				break
			}
		}
	}
	for _, j := range joined {
		spans = slices.DeleteFunc(spans, func(sp Span) bool {
			return sp.Sentence == j.Sentence && sp.Start < j.End && j.Start < sp.End && !(sp.Start <= j.Start && j.End <= sp.End && sp.Type == Org)
		})
	}
	for _, j := range joined {
		if !slices.ContainsFunc(spans, func(sp Span) bool { return sp.Sentence == j.Sentence && sp.Start < j.End && j.Start < sp.End }) {
			spans = append(spans, j)
		}
	}
	slices.SortFunc(spans, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	return spans
}

// firmWords reports whether words may be a part of a firm's name: each
// capitalized, and none a country, a town, an agency, a demonym, an
// institution's head or an acronym on its own.
func (r *Resolver) firmWords(ws []text.Token) bool {
	var parts []string
	for _, w := range ws {
		if !names.IsCapitalized(w.Text) || closedName(w.Text) || names.CorpSuffixes.Has(w.Text) {
			return false
		}
		parts = append(parts, w.Text)
	}
	s := strings.Join(parts, " ")
	k := names.Key(s)
	return r.t.Country(s, k) < 0 && r.t.Agency(s, k) < 0 && r.t.CityCountry[k] == "" && !r.t.Places[k] && !r.t.IsDemonym(k)
}

// alone reports whether the article names ws, in any case but capitals
// (headlines shorten names), somewhere other than right before "and": then
// they are a name of their own ("DuPont and Monsanto Co" when "Dupont"
// comes up again).
func alone(sents []text.Sentence, ws []text.Token) bool {
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+len(ws) <= len(toks); i++ {
			match := true
			for j, w := range ws {
				if t := toks[i+j].Text; t != w.Text && (allCaps(t) || names.Key(t) != names.Key(w.Text)) {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			if n := i + len(ws); n >= len(toks) || !strings.EqualFold(toks[n].Text, "and") && toks[n].Text != "&" {
				return true
			}
		}
	}
	return false
}

// allCaps reports whether w has letters, all capitals: "NORTHWOOD".
func allCaps(w string) bool {
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// foldWords is the folded text of each token.
func foldWords(ws []text.Token) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = names.Key(w.Text)
	}
	return out
}
