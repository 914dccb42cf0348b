package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// andTailMax bounds the capitalized words [andCommonTailSpans] reads after
// "and": a body's name goes on by a word or three ("and Supplies", "and
// Body Repair Schools"); a longer run is a second name.
const andTailMax = 3

// andCommonTailSpans gives a body's name back the words after its own
// "and" that the recognizer cut off: "its Tervane Fabrics and Supplies
// unit", "the Institute of Hearing and Inner Ear Disease", "the Women in
// Farming and Finance". A reader takes one name for three cues together:
// the name is introduced as one thing (after "the", a possessive, or a
// unit's noun: "its", "Quarbin's", "a new division"); the words after
// "and" are one to three capitalized words that begin and end in a common
// word ([ner.CommonWord]: "Supplies", "Inner Ear Disease", "Finance") and
// name no body of their own (no organization's head, no company suffix); and the run ends
// where the name does, at a lower-case word or a stop, not at a plural of
// units ("its Tervane Paper and Packaging divisions" are two) nor at
// another capitalized word ("and Finance Minister Ann Vell" is a title).
// The first half is an organization's span of two words or more that ends
// in no head or suffix of its own ("the Tervane Council and Treasury" are
// two bodies), so a person's pair ("Smith and Jones said") and a firm named
// whole ("Johnson and Johnson") are left. The far side may be a span of
// its own (the recognizer's second "name", dropped) or words in none. A
// headline is left: it capitalizes every word. It returns the spans
// (tail16d).
//
// Cost: the cheap question first, an organization's span followed by the
// token "and"; then at most [andTailMax] tokens read and one pass over
// the spans for the one that starts after "and".
func andCommonTailSpans(titleEnd int, sents []text.Sentence, spans []Span) []Span {
	var gone []int
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 1 || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End+1 >= len(toks) || toks[sp.End].Text != "and" || inTitle(titleEnd, toks[sp.Start].Start) || slices.Contains(gone, i) {
			continue
		}
		if !andTailOpener(toks, sp.Start-1) || bodyHeadWord(toks[sp.End-1].Text) {
			continue
		}
		e, j := andCommonTail(toks, spans, i)
		if e < 0 {
			continue
		}
		sp.End = e
		if j >= 0 {
			gone = append(gone, j)
		}
	}
	return dropIndexed(spans, gone)
}

// andCommonTail returns the end of the words after spans[i]'s "and" that
// end its name, as [andCommonTailSpans] reads them, or -1; and the index
// of the span they are, or -1 when they are in none.
func andCommonTail(toks []text.Token, spans []Span, i int) (int, int) {
	sp := spans[i]
	k := sp.End + 1
	j := wholeSpanAt(spans, i, k, true)
	e := k
	if j >= 0 {
		e = spans[j].End
	} else {
		for e < len(toks) && e-k < andTailMax && casedWord(toks[e].Text) && !spanAt(spans, i, e) {
			e++
		}
	}
	if e == k || e-k > andTailMax || e > len(toks) {
		return -1, -1
	}
	for _, t := range toks[k:e] {
		if !casedWord(t.Text) || bodyHeadWord(t.Text) || smallWords[strings.ToLower(t.Text)] {
			return -1, -1
		}
	}
	if !ner.CommonWord(strings.ToLower(toks[k].Text)) || !ner.CommonWord(strings.ToLower(toks[e-1].Text)) {
		return -1, -1 // "and Vellmark Diplomat": a brand's or a name's first word opens a second name
	}
	if e < len(toks) {
		next := toks[e].Text
		if names.IsCapitalized(next) || spanAt(spans, i, e) || unitPlurals[next] || next == "and" || next == "&" {
			return -1, -1
		}
	}
	return e, j
}

// bodyHeadWord reports whether w ends a body's or a firm's name of its
// own: an organization's head ([names.OrgHeads], [names.GenericOrgHeads])
// or a company suffix ("Council", "Bank", "Corp").
func bodyHeadWord(w string) bool {
	return names.OrgHeads.Has(w) || names.GenericOrgHeads.Has(w) || names.CorpSuffixes.Has(w)
}

// andTailOpener reports whether toks[j], the token before a body's name,
// introduces it as one thing: "the", a possessive ("its", "Quarbin's") or
// a unit's noun ("a new division Tervane Corporate and Financial").
func andTailOpener(toks []text.Token, j int) bool {
	w := toks[j].Text
	return andTailOpeners[w] || strings.HasSuffix(w, "'s")
}

// andTailOpeners are the words [andTailOpener] reads as a name's opener.
var andTailOpeners = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"division": true, "unit": true, "subsidiary": true, "affiliate": true, "arm": true}

// unitPlurals are the plural nouns of units after which the two halves
// across "and" are two units ("its Tervane Paper and Packaging
// divisions").
var unitPlurals = map[string]bool{"units": true, "divisions": true, "subsidiaries": true, "businesses": true,
	"operations": true, "companies": true, "firms": true, "groups": true, "segments": true, "plants": true,
	"stores": true, "chains": true, "affiliates": true, "arms": true, "products": true, "brands": true}
