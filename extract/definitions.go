package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// definedSpans finds the acronyms an article defines in parentheses, "the
// General Agreement on Tariffs and Trade (GATT)", and makes the name and
// its acronym one span, so that the acronym is linked to the name however
// the recognizer cut them ("General Agreement" MISC and "GATT" ORG). The
// name is the shortest run of capitalized words (and the small words
// between them) before the parenthesis whose initials spell the acronym.
// Spans inside the new one give way to it. The result is sorted.
func definedSpans(sents []text.Sentence, spans []Span) []Span {
	for si, s := range sents {
		toks := s.Tokens
		for i := 2; i+1 < len(toks); i++ {
			if toks[i-1].Text != "(" || toks[i+1].Text != ")" || !names.IsAcronym(toks[i].Text) {
				continue
			}
			start := definedName(toks[:i-1], acronymLetters(toks[i].Text))
			if start < 0 {
				continue
			}
			typ := Org
			for _, sp := range spans {
				if sp.Sentence == si && sp.Start <= i && start < sp.End && sp.Type != Misc {
					typ = sp.Type
				}
			}
			spans = slices.DeleteFunc(spans, func(sp Span) bool {
				return sp.Sentence == si && sp.Start < i+2 && start < sp.End
			})
			spans = append(spans, Span{Sentence: si, Start: start, End: i + 2, Type: typ})
		}
	}
	slices.SortFunc(spans, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	return spans
}

// definedName returns the index of the first of the last tokens of toks
// that spell letters by their initials, skipping small words ("of",
// "and", "on"), or -1.
func definedName(toks []text.Token, letters string) int {
	var ini []byte
	for j := len(toks) - 1; j >= 0 && len(toks)-j <= 12; j-- {
		w := toks[j].Text
		k := names.Key(w)
		switch {
		case names.MinorWords[k] || w == "&":
			if j == len(toks)-1 {
				return -1 // "the GATT (GATT)" ends in no name
			}
			continue
		case !names.IsCapitalized(w) || k == "":
			return -1
		}
		ini = append([]byte{k[0]}, ini...)
		if string(ini) == letters && !names.MinorWords[names.Key(toks[j].Text)] {
			return j
		}
		if len(ini) >= len(letters) {
			return -1
		}
	}
	return -1
}

// connectorSpans makes one span of the names that hold "and" or "&" and
// that the tables know ([names.ConnectorNames]: "Standard and Poor's
// Corp", "Procter & Gamble"), however the recognizer cut them ("Standard"
// and "Poor's Corp"). Spans inside the name give way to it. The result is
// sorted.
func connectorSpans(sents []text.Sentence, spans []Span) []Span {
	added := false
	for si, s := range sents {
		toks := s.Tokens
		for k := 1; k+1 < len(toks); k++ {
			if t := toks[k].Text; t != "and" && t != "&" {
				continue
			}
			start, end, ok := connectorName(toks, k)
			if !ok {
				continue
			}
			spans = slices.DeleteFunc(spans, func(sp Span) bool {
				return sp.Sentence == si && sp.Start < end && start < sp.End
			})
			spans = append(spans, Span{Sentence: si, Start: start, End: end, Type: Org})
			added = true
		}
	}
	if added {
		slices.SortFunc(spans, func(a, b Span) int {
			return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
		})
	}
	return spans
}

// connectorName finds a name of [names.ConnectorNames] around the "and" at
// token k: up to three capitalized words before it and three after, with
// the company suffixes that follow. It returns its tokens [start, end).
func connectorName(toks []text.Token, k int) (int, int, bool) {
	for l := 1; l <= 3 && k-l >= 0; l++ {
		if !names.IsCapitalized(toks[k-l].Text) {
			break
		}
		for r := 1; r <= 3 && k+r < len(toks); r++ {
			if !names.IsCapitalized(toks[k+r].Text) {
				break
			}
			var words []string
			for _, t := range toks[k-l : k+r+1] {
				words = append(words, names.StripPossessive(t.Text))
			}
			if !names.ConnectorNames[names.OrgKey(names.Key(strings.Join(words, " ")))] {
				continue
			}
			end := k + r + 1
			for end < len(toks) && (names.CorpSuffixes.Has(toks[end].Text) || toks[end].Text == "'s") {
				end++
			}
			return k - l, end, true
		}
	}
	return 0, 0, false
}
