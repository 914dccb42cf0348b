package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// andJoinSpans joins two spans that "and" parts when the words around them
// say they are one firm, in one of three ways:
//   - the article names the pair whole elsewhere, in one span:
//     "Hambrecht's Hambrecht" "and" "Quist Venture Partners" when
//     "Hambrecht and Quist Group" comes up before;
//   - one word, then a firm of several words ending in a company suffix
//     ("The Woolwich" "and" "Equitable Building Society is",
//     "Power Co's Indiana" "and" "Michigan Electric Co said"): the word
//     after "the" or a possessive, or at the start of a sentence before
//     what one firm does ("Belden and Blake Energy Co, a partnership,"),
//     not taken for a firm unless a place or one firm follows, never
//     named alone in the article, no well-known name, a place only when
//     the firm begins with one too;
//   - a firm, then one word that ends the name, after a firm's staff ("an
//     economist at Credit Suisse Buckmaster and Moore,"), the word named
//     nowhere else;
//   - one word, then a word and "P.C.", a professional corporation: "Berger
//     and Montague P.C.".
//
// [firmSpans] joins the easier case of one word after "and" and a suffix
// ("Thomas and Betts Corp"). The result is sorted.
func (r *Resolver) andJoinSpans(sents []text.Sentence, spans []Span) []Span {
	var wholes [][]string // spans of three words or more with an "and", made when first needed
	made := false
	joined := false
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if a.Sentence != b.Sentence || a.Sentence < 0 || a.Sentence >= len(sents) || a.Start < 0 || b.End > len(sents[a.Sentence].Tokens) || a.End+1 != b.Start {
			continue
		}
		toks := sents[a.Sentence].Tokens
		if and := toks[a.End].Text; and != "and" && and != "&" {
			continue
		}
		if names.CorpSuffixes.Has(toks[b.Start].Text) {
			continue // "Mitsui and Co USA Inc": firmSpans' case
		}
		if !made {
			wholes, made = andWholes(sents, spans), true
		}
		if !namedWhole(wholes, foldWords(toks[a.Start:a.End]), names.Key(toks[b.Start].Text)) &&
			!r.firmAfterWord(sents, toks, a, b) && !r.placePairFirm(toks, a, b) && !r.firmBeforeWord(sents, toks, a, b) && !professionalFirm(toks, a, b) &&
			!r.firmOfOne(sents, toks, a, b) && !r.repeatedFirm(toks, a, b) && !r.partnersFirm(sents, spans, toks, a, b) &&
			!r.repeatedSuffixFirm(toks, a, b) { // tail15e: repeatedSuffixFirm
			continue
		}
		joinOrgPair(spans, i, b.End)
		joined = true
		i++
	}
	return dropEmptied(spans, joined)
}

// andWholes returns the folded words of the spans of three words or more
// with an "and": "Hambrecht and Quist Group".
func andWholes(sents []text.Sentence, spans []Span) [][]string {
	var wholes [][]string
	for _, sp := range spans {
		if !sp.within(sents) || sp.End-sp.Start < 3 {
			continue
		}
		toks := sents[sp.Sentence].Tokens[sp.Start:sp.End]
		if slices.ContainsFunc(toks, func(t text.Token) bool { return t.Text == "&" || strings.EqualFold(t.Text, "and") }) {
			wholes = append(wholes, foldWords(toks))
		}
	}
	return wholes
}

// namedWhole reports whether one of wholes holds the words a, "and", b in
// a row.
func namedWhole(wholes [][]string, a []string, b string) bool {
	n := len(a) + 2
	for _, ws := range wholes {
		for k := 0; k+n <= len(ws); k++ {
			if slices.Equal(ws[k:k+len(a)], a) && ws[k+len(a)] == "and" && ws[k+n-1] == b {
				return true
			}
		}
	}
	return false
}

// firmAfterWord reports whether a, "and", b is "The Woolwich and Equitable
// Building Society" (see [Resolver.andJoinSpans]).
func (r *Resolver) firmAfterWord(sents []text.Sentence, toks []text.Token, a, b Span) bool {
	if a.End-a.Start != 1 || b.End-b.Start < 3 || b.Type != Org {
		return false
	}
	if last := toks[b.End-1].Text; !names.CorpSuffixes.Has(last) && last != "Society" {
		return false
	}
	one := singular(toks, b.End)
	if a.Start == 0 && !one || a.Start > 0 && toks[a.Start-1].Text != "The" && toks[a.Start-1].Text != "the" && toks[a.Start-1].Text != "'s" {
		return false // at the start of a sentence, only what one firm does: "Belden and Blake Energy Co, a partnership,"
	}
	if w := toks[a.Start].Text; a.Type == Org && !one && !r.t.KnownPlace(names.Key(w)) && !placeGaz().PlaceName([]string{w}) {
		return false // a firm of its own: "DuPont's Conoco and Atlantic Richfield Co are"; not "The Hongkong and Shanghai Banking Corp"
	}
	w := toks[a.Start].Text
	if !upperWord(w) || allCaps(w) || alone(sents, toks[a.Start:a.End]) {
		return false
	}
	if _, known := names.Known(w); known {
		return false
	}
	if r.firmWords(toks[a.Start:a.End]) {
		return true
	}
	// Two places: "Indiana and Michigan Electric Co".
	k, bk := names.Key(w), names.Key(toks[b.Start].Text)
	return r.t.KnownPlace(k) && r.t.KnownPlace(bk)
}

// firmBeforeWord reports whether a, "and", b is "an economist at Credit
// Suisse Buckmaster and Moore," (see [Resolver.andJoinSpans]).
func (r *Resolver) firmBeforeWord(sents []text.Sentence, toks []text.Token, a, b Span) bool {
	if a.End-a.Start < 2 || b.End-b.Start != 1 || a.Type != Org || a.Start < 2 || b.End >= len(toks) {
		return false
	}
	if next := toks[b.End].Text; next != "," && next != "." && next != "said" {
		return false
	}
	if !staffPreps[toks[a.Start-1].Text] || !staffRoles[strings.ToLower(toks[a.Start-2].Text)] {
		return false
	}
	if closedName(toks[a.End-1].Text) || !r.firmWords(toks[b.Start:b.End]) || allCaps(toks[b.Start].Text) {
		return false
	}
	if _, known := names.Known(toks[b.Start].Text); known {
		return false
	}
	return !aloneAfter(sents, toks[a.End-1].Text, toks[b.Start].Text)
}

// professionalFirm reports whether a, "and", b is "Berger and Montague
// P.C." (see [Resolver.andJoinSpans]).
func professionalFirm(toks []text.Token, a, b Span) bool {
	return a.End-a.Start == 1 && b.End-b.Start == 2 && upperWord(toks[a.Start].Text) && !allCaps(toks[a.Start].Text) &&
		(toks[b.End-1].Text == "P.C." || toks[b.End-1].Text == "PC")
}

// singular reports whether the words at token i say that one firm comes
// before them: "is", "has", "was", "said it", ", a".
func singular(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Text {
	case "is", "has", "was":
		return true
	case "said":
		return i+1 < len(toks) && (toks[i+1].Text == "it" || toks[i+1].Text == "its")
	case ",":
		return i+1 < len(toks) && (toks[i+1].Text == "a" || toks[i+1].Text == "an")
	}
	return false
}

// joinOrgPair makes spans[i] an organization's span reaching to end and
// empties spans[i+1], which [dropEmptied] then takes out.
func joinOrgPair(spans []Span, i, end int) {
	spans[i].End, spans[i].Type = end, Org
	spans[i+1].End = spans[i+1].Start
}

// dropIndexed returns spans without the spans at the indexes in gone, in
// place; spans as they are when gone is empty.
func dropIndexed(spans []Span, gone []int) []Span {
	if len(gone) == 0 {
		return spans
	}
	out := spans[:0]
	for i, sp := range spans {
		if !slices.Contains(gone, i) {
			out = append(out, sp)
		}
	}
	return out
}

// dropEmptied returns spans without the spans a join emptied (Start ==
// End), when a join was made (changed); spans as they are otherwise.
func dropEmptied(spans []Span, changed bool) []Span {
	if !changed {
		return spans
	}
	return slices.DeleteFunc(spans, func(sp Span) bool { return sp.Start == sp.End })
}
