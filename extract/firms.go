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
	var firms []firm
	var joined []Span
	for i := range spans {
		next := -1
		if i+1 < len(spans) && spans[i+1].Sentence == spans[i].Sentence {
			next = spans[i+1].Start
		}
		if i+1 < len(spans) {
			if sp, f, ok := r.firmAtAny(sents, spans[i], spans[i+1]); ok {
				joined = append(joined, sp)
				firms = append(firms, f)
				continue
			}
		}
		if sp, f, ok := r.firmAtBareAny(sents, spans[i], next); ok {
			joined = append(joined, sp)
			firms = append(firms, f)
			continue
		}
		prev := -1
		if i > 0 && spans[i-1].Sentence == spans[i].Sentence {
			prev = spans[i-1].End
		}
		if sp, f, ok := r.firmBeforeBareAny(sents, spans[i], prev); ok {
			joined = append(joined, sp)
			firms = append(firms, f)
		} else if sp, f, ok := r.bodyBeforeBare(sents, spans[i], prev); ok { // tail10yv
			joined = append(joined, sp)
			firms = append(firms, f)
		}
	}
	if len(firms) == 0 {
		return spans
	}
	joined = append(joined, firmMentions(sents, firms)...)
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

// firm is a firm's name joined at its "and": the words before and after
// it, folded.
type firm struct{ a, b []string }

// firmAt returns the firm's span that the spans a, "and", b make, if they
// make one.
func (r *Resolver) firmAt(sents []text.Sentence, a, b Span) (Span, firm, bool) {
	if a.Sentence != b.Sentence || a.Sentence < 0 || a.Sentence >= len(sents) || b.End > len(sents[a.Sentence].Tokens) || a.End+1 != b.Start {
		return Span{}, firm{}, false
	}
	toks := sents[a.Sentence].Tokens
	if and := toks[a.End].Text; and != "and" && and != "&" {
		return Span{}, firm{}, false
	}
	// One word, then a company suffix ("Betts Corp", "Credit Corp of
	// Jordan"), or one the span left out ("Betts" "Inc").
	end := b.End
	if b.End-b.Start == 1 {
		end = suffixesEnd(toks, end)
	}
	if b.End-b.Start == 1 && end == b.End || b.End-b.Start > 1 && !names.CorpSuffixes.Has(toks[b.Start+1].Text) {
		return Span{}, firm{}, false
	}
	// A place of two words is a place: "Nova Scotia and Empire Co".
	if a.End-a.Start > 2 || a.Type == Misc || a.Type == Location && a.End-a.Start > 1 || !r.firmWords(toks[a.Start:a.End]) || !r.firmWords(toks[b.Start:b.Start+1]) {
		return Span{}, firm{}, false
	}
	// Named alone elsewhere, the first part is a firm of its own ("Ford and
	// Mazda Corp" when Ford comes up again), unless the verb says one firm:
	// "Turner and Newall Plc said it planned", then "Turner's shares".
	if alone(sents, toks[a.Start:a.End]) && !singularVerb(toks, end) {
		return Span{}, firm{}, false
	}
	return Span{Sentence: a.Sentence, Start: a.Start, End: end, Type: Org}, firm{foldWords(toks[a.Start:a.End]), foldWords(toks[b.Start : b.Start+1])}, true
}

// suffixesEnd returns the end of the company suffixes at token i.
func suffixesEnd(toks []text.Token, i int) int {
	for i < len(toks) && names.CorpSuffixes.Has(toks[i].Text) {
		i++
	}
	return i
}

// firmMentions returns spans of the firms elsewhere in the article, in any
// case, with or without their suffix.
func firmMentions(sents []text.Sentence, firms []firm) []Span {
	var out []Span
	for si, s := range sents {
		toks := s.Tokens
		for k := 1; k+1 < len(toks); k++ {
			if and := toks[k].Text; and != "&" && !strings.EqualFold(and, "and") {
				continue
			}
			for _, f := range firms {
				start, end := k-len(f.a), k+1+len(f.b)
				if start >= 0 && end <= len(toks) && slices.Equal(foldWords(toks[start:k]), f.a) && slices.Equal(foldWords(toks[k+1:end]), f.b) {
					out = append(out, Span{Sentence: si, Start: start, End: suffixesEnd(toks, end), Type: Org})
					break
				}
			}
		}
	}
	return out
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
