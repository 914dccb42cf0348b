package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// firmPartSpans rejoins the parts of firms' names that the recognizer
// took for names of their own, where the words of the firm say they are
// one: the first partner of a firm "X, Y and Co" that came out as a span
// of its own ("Johnston" of "Johnston, Lemon and Co Inc"; [firmCommaSpans]
// joins it only when it is in no span), and the letters of "B and W
// Electric Supply Co" (the recognizer keeps "W Electric Supply Co"). The
// result is sorted.
func (r *Resolver) firmPartSpans(sents []text.Sentence, spans []Span) []Span {
	var drop []int
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		prev := -1
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > sp.Start-2 {
			prev = i - 1
			if p := spans[prev]; p.Start != sp.Start-2 || p.End != sp.Start-1 {
				continue // a longer name, or one that reaches into sp
			}
		}
		if !r.commaFirm(toks, *sp) && !letterFirm(toks, *sp) {
			continue
		}
		sp.Start -= 2
		sp.Type = Org
		before := i - 1 // the span before sp and prev
		if prev >= 0 {
			before = prev - 1
		}
		for sp.Start > 0 && capitalLetter(toks[sp.Start].Text) && capitalLetter(toks[sp.Start-1].Text) &&
			(before < 0 || spans[before].Sentence != sp.Sentence || spans[before].End < sp.Start) {
			sp.Start-- // "E D and F Man"
		}
		if prev >= 0 {
			drop = append(drop, prev)
		}
	}
	return dropIndexed(spans, drop)
}

// commaFirm reports whether the span sp is a firm "Y and Co" or "Y and
// Sons" (perhaps with suffixes: "Lemon and Co Inc") after a capitalized
// word and a comma: "Johnston, Lemon and Co Inc", "Alex, Brown and Sons
// Inc". The word is the firm's first partner. A place before the comma
// ("in London, Smith and Co") is not.
func (r *Resolver) commaFirm(toks []text.Token, sp Span) bool {
	if sp.End-sp.Start < 3 {
		return false
	}
	end := sp.End
	for end > sp.Start && names.CorpSuffixes.Has(toks[end-1].Text) && !strings.EqualFold(toks[end-1].Text, "co") {
		end-- // "Inc" after "Co"
	}
	if end-sp.Start < 3 || !strings.EqualFold(strings.TrimSuffix(toks[end-1].Text, "."), "co") && toks[end-1].Text != "Sons" || toks[end-2].Text != "and" && toks[end-2].Text != "&" {
		return false
	}
	if end-sp.Start != 3 {
		return false // "Citicorp, J.P. Morgan and Co" is two firms
	}
	first := toks[sp.Start-2]
	if sp.Start >= 3 && listWord(toks[sp.Start-3].Text) && !(sp.Start >= 4 && toks[sp.Start-3].Text != "," && names.CorpSuffixes.Has(toks[sp.Start-4].Text)) {
		return false // "between Jefferies and Boesky, Jefferies and Co"; not "Bear Stearns and Co Inc and Ladenburg, Thalmann and Co"
	}
	if _, known := names.Known(first.Text); known {
		return false // "Lloyds, Samuel Montagu and Co Ltd"
	}
	return toks[sp.Start-1].Text == "," && upperWord(first.Text) && !allCaps(first.Text) && r.firmWords(toks[sp.Start-2:sp.Start-1])
}

// listWord reports whether w joins the items of a list: "and", "&", ",".
func listWord(w string) bool {
	return w == "and" || w == "&" || w == ","
}

// letterFirm reports whether the span sp begins with a capital letter
// alone that "and" and another capital letter alone come before: "B and W
// Electric Supply Co", "A and W Brands". Letters so joined are one name.
func letterFirm(toks []text.Token, sp Span) bool {
	return sp.End-sp.Start >= 2 && capitalLetter(toks[sp.Start].Text) && capitalLetter(toks[sp.Start-2].Text) &&
		(toks[sp.Start-1].Text == "and" || toks[sp.Start-1].Text == "&")
}

// capitalLetter reports whether w is one capital letter: "B".
func capitalLetter(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}
