package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// partnerFirmSpans makes one organization's span of a partnership's name
// that lists its partners' surnames with commas and ends in "and Co" or
// "& Co" ("the accounting firm of Kelmar, Dorvane, Tessing and Co"), which
// recognizers cut at the commas into people. Each partner is one
// capitalized word: no company suffix ("Quarbin Inc, Kelmar and Co" is two
// firms), no day or month ("On Monday, Kelmar, Dorvane and Co"), no place
// or people, no word in capitals ("makes QX-5, Kelmar and Co": a
// product's), no surname of a person the article names in full ("the
// deal between Kelmar and Ann Dorvane, Tessing and Co ..."); the last is
// not written alone before in the sentence ("between Kelmar and Dorvane,
// Kelmar and Co would hold": a list's end and the firm "Kelmar and Co");
// the first is not run on from a capitalized word before it ("Halvex Lynn, Kelmar and Co": a firm's name of two words
// ends at the comma, and the rule needs two partners). Spans inside the
// name go.
func partnerFirmSpans(sents []text.Sentence, spans []Span) []Span {
	people := fullNameSurnames(sents, spans)
	partner := func(w string) bool { return partnerWord(w) && !people[w] }
	var add []Span
	for si, s := range sents {
		toks := s.Tokens
		for j := 3; j+1 < len(toks); j++ {
			if toks[j].Text != "and" && toks[j].Text != "&" || !partnerTail(toks[j+1].Text) {
				continue
			}
			if first := partnersStart(toks, j, partner); first >= 0 {
				end := j + 2
				for end < len(toks) && names.CorpSuffixes.Has(trimDot(toks[end].Text)) {
					end++ // "and Co Inc"
				}
				add = append(add, Span{Sentence: si, Start: first, End: end, Type: Org})
			}
		}
	}
	if len(add) == 0 {
		return spans
	}
	return withSpans(func(i int) []text.Token { return sents[i].Tokens }, spans, add)
}

// fullNameSurnames returns the last words of the spans of people of two
// words or more.
func fullNameSurnames(sents []text.Sentence, spans []Span) map[string]bool {
	var people map[string]bool
	for _, sp := range spans {
		if sp.Type == Person && sp.End-sp.Start >= 2 && sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.End <= len(sents[sp.Sentence].Tokens) {
			if people == nil {
				people = map[string]bool{}
			}
			people[sents[sp.Sentence].Tokens[sp.End-1].Text] = true
		}
	}
	return people
}

// partnersStart returns where the partners' list before toks[j], "and",
// begins, or -1 when there is none of two partners or more (see
// [partnerFirmSpans]).
func partnersStart(toks []text.Token, j int, partner func(string) bool) int {
	first := j - 1
	if !partner(toks[first].Text) {
		return -1
	}
	for first >= 2 && toks[first-1].Text == "," && partner(toks[first-2].Text) {
		first -= 2
	}
	if first == j-1 || first > 0 && upperWord(toks[first-1].Text) && !names.NoExtend.Has(toks[first-1].Text) ||
		slices.ContainsFunc(toks[:first], func(t text.Token) bool { return t.Text == toks[j-1].Text }) {
		return -1
	}
	return first
}

// withSpans returns spans with the spans of add in place of those that
// begin inside them, sorted; a span that runs into one of add from before
// is cut where that one begins, before its comma, and goes when only
// days, months and small words ([names.NoExtend]) are left of it. toks
// gives a sentence's tokens.
func withSpans(toks func(int) []text.Token, spans, add []Span) []Span {
	out := make([]Span, 0, len(spans)+len(add))
	for _, sp := range spans {
		inside := false
		for i := range add {
			a := &add[i]
			if sp.Sentence == a.Sentence && sp.Start >= a.Start && sp.Start < a.End {
				inside = true
				a.End = max(a.End, sp.End)
			} else if sp.Sentence == a.Sentence && sp.Start < a.Start && sp.End > a.Start {
				sp.End = a.Start // "Monday," of "Monday, Kelmar, Dorvane and Co"
				for sp.End > sp.Start && toks(sp.Sentence)[sp.End-1].Text == "," {
					sp.End--
				}
				inside = !slices.ContainsFunc(toks(sp.Sentence)[sp.Start:sp.End], func(t text.Token) bool { return !names.NoExtend.Has(t.Text) })
			}
		}
		if !inside {
			out = append(out, sp)
		}
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b Span) int {
		if a.Sentence != b.Sentence {
			return a.Sentence - b.Sentence
		}
		return a.Start - b.Start
	})
	return out
}

// partnerTail reports whether w ends a partnership's name after "and":
// "Co", "Co.", "Company".
func partnerTail(w string) bool {
	w = strings.ToLower(trimDot(w))
	return w == "co" || w == "company"
}

// partnerWord reports whether w may be a partner's surname in a firm's
// name: capitalized, no company suffix, day, month, place or people.
func partnerWord(w string) bool {
	if !upperWord(w) || len(w) < 2 || strings.ToUpper(w) == w || strings.ContainsAny(w, ".'’") {
		return false
	}
	if names.CorpSuffixes.Has(w) || orgWord(names.Key(w)) || names.NoExtend.Has(w) {
		return false
	}
	t := names.Tables()
	k := names.Key(w)
	return !t.KnownPlace(k) && !t.IsDemonym(k) && t.Country(w, k) < 0
}
