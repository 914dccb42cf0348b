package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// gluedSpans cuts from a span the words that are glued to a name but are no
// part of it, and returns the spans, sorted:
//   - a credit rating before a company ("cut to CCC from B-minus Zentor
//     Corp's debentures"): the rating goes;
//   - the town after a company's suffix and "of" when a state, province or
//     country follows the town ("Quarbin Holdings Corp of Elkton, Md."): the
//     company ends at its suffix and the town becomes a place of its own.
//     Where no such place follows, "of" and its name stay, as in "Aluminum
//     Co of America" or "Power Corp of Canada".
func (r *Resolver) gluedSpans(sents []text.Sentence, spans []Span) []Span {
	var towns []Span
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End > len(sents[sp.Sentence].Tokens) || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if ratingBefore(toks, *sp) {
			sp.Start++
		}
		if town, ok := r.townAfterFirm(toks, *sp); ok {
			sp.End = town.Start - 1
			towns = append(towns, town)
		}
	}
	if len(towns) == 0 {
		return spans
	}
	// Each town sits right after its company's span: merge the two sorted
	// lists.
	out := make([]Span, 0, len(spans)+len(towns))
	j := 0
	for _, sp := range spans {
		for j < len(towns) && spanBefore(towns[j], sp) {
			out = append(out, towns[j])
			j++
		}
		out = append(out, sp)
	}
	return append(out, towns[j:]...)
}

// spanBefore reports whether a begins before b.
func spanBefore(a, b Span) bool {
	return a.Sentence < b.Sentence || a.Sentence == b.Sentence && a.Start < b.Start
}

// ratingBefore reports whether the span's first word is a credit rating
// glued to the company after it: a rating with "plus", "minus" or a digit
// ("B-minus", "BBB-plus", "Baa-3"), or a rating of several letters right
// after "from" or "to" ("raised to A from BBB Quarbin Co's notes"). A single
// letter is left alone: "from A Ministry" may be an article.
func ratingBefore(toks []text.Token, sp Span) bool {
	w := toks[sp.Start].Text
	base, graded := ratingForm(w)
	if base == "" || !upperWord(toks[sp.Start+1].Text) {
		return false
	}
	if graded {
		return true
	}
	if len(base) < 2 || sp.Start == 0 {
		return false
	}
	prev := toks[sp.Start-1].Text
	return prev == "from" || prev == "to"
}

// creditGrades are the letters of the agencies' long-term ratings, S&P's
// and Moody's.
var creditGrades = map[string]bool{"AAA": true, "AA": true, "A": true, "BBB": true, "BB": true, "B": true,
	"CCC": true, "CC": true, "C": true, "Aaa": true, "Aa": true, "Baa": true, "Ba": true, "Caa": true, "Ca": true}

// ratingForm splits a word into a credit grade and its modifier: "B-minus"
// is ("B", true), "Baa3" and "Baa-3" ("Baa", true), "BBB" ("BBB", false).
// It returns "" for a word that is no rating.
func ratingForm(w string) (string, bool) {
	n := 0
	for n < len(w) && (w[n] == 'A' || w[n] == 'B' || w[n] == 'C' || n > 0 && w[n] == 'a') {
		n++
	}
	base, rest := w[:n], w[n:]
	if !creditGrades[base] {
		return "", false
	}
	switch rest {
	case "":
		return base, false
	case "-plus", "-minus", "+", "-", "1", "2", "3", "-1", "-2", "-3":
		return base, true
	}
	return "", false
}

// townAfterFirm finds the town glued to a company's name: the span ends in
// "<suffix> of Town" (one or two words), and a comma and a state, province
// or country follow it. The town must be no state, country or region
// itself: "Public Service Co of Indiana, Inc." keeps its state. It returns
// the town's span.
func (r *Resolver) townAfterFirm(toks []text.Token, sp Span) (Span, bool) {
	if sp.Type != Org || sp.End+1 >= len(toks) || toks[sp.End].Text != "," {
		return Span{}, false
	}
	for n := 1; n <= 2; n++ {
		of := sp.End - n - 1
		if of-1 <= sp.Start || toks[of].Text != "of" || !names.CorpSuffixes.Has(trimDot(toks[of-1].Text)) {
			continue
		}
		town := toks[of+1 : sp.End]
		if !upperWords(town) || r.bigPlace(joinTokens(town)) || !r.placeAfterComma(toks, sp.End+1) {
			return Span{}, false
		}
		return Span{Sentence: sp.Sentence, Start: of + 1, End: sp.End, Type: Location}, true
	}
	return Span{}, false
}

// placeAfterComma reports whether the words from i on begin with a state,
// a province or a country: "Md.", "N.J.", "Colorado", "Rhode Island", "Ont.",
// "Australia".
func (r *Resolver) placeAfterComma(toks []text.Token, i int) bool {
	for n := 1; n <= 2 && i+n <= len(toks); n++ {
		ws := toks[i : i+n]
		if !upperWords(ws) {
			return false
		}
		name := joinTokens(ws)
		k := names.Key(name)
		if n == 1 {
			if _, ok := names.StateAbbrevs[k]; ok {
				return true
			}
			if _, ok := names.ProvinceAbbrevs[k]; ok {
				return true
			}
		}
		if r.bigPlace(name) {
			return true
		}
	}
	return false
}

// bigPlace reports whether name is a country, an American state or a region.
func (r *Resolver) bigPlace(name string) bool {
	k := names.Key(name)
	return names.IsRegion(k) || r.t.Country(name, k) >= 0
}

// upperWords reports whether every word of ws begins with a capital.
func upperWords(ws []text.Token) bool {
	for _, w := range ws {
		if !upperWord(w.Text) {
			return false
		}
	}
	return len(ws) > 0
}

// joinTokens joins the words of ws with single spaces.
func joinTokens(ws []text.Token) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w.Text
	}
	return s
}

// trimDot drops a final period: "Co." is "Co".
func trimDot(w string) string {
	if len(w) > 1 && w[len(w)-1] == '.' {
		return w[:len(w)-1]
	}
	return w
}
