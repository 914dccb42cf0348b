package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// commonAndMax bounds the capitalized words [commonAndSpans] reads on the
// far side of "and": a longer run is more often a second title ("X and
// Strictly Come Dancing") than the end of one.
const commonAndMax = 2

// commonAndSpans joins a name to the capitalized words across an "and"
// when those words are no name of their own but common words written in
// Title Case: "the Quarbin Tervane and Lonely Hearts" ("hearts" is a
// common word the recognizer left out), "the Scattered and Vellmark
// Review", "group Neighbours and Lemmo Against Litter". A reader takes the
// capitals of a word nearly always written in lower case ([ner.MostlyLower])
// in the middle of a sentence, beside "and", for the cue of one title: a
// work's, a report's, a law's or a campaign's, never a person's or a
// place's, so the joined span is a thing (MISC) and leaves the graph; a
// span of an organization's words stays one ("the Lemmo College of
// Further and Higher Education"). The far side must be one or two
// capitalized words in no span, with no small word written capitalized
// ("and The Quarns" opens a second title), no title ("and Lord Justice
// Tervane") and no word of an organization's name ("and Sons", "and
// Partners": the firms of the "and" rules); the two halves must not stand
// in a list (a comma before them) nor run on into more capitalized words
// either way ("Meet The Quarns and ...", "and Touching the Lemmo"); a
// person named in full is left ("Ann Rigby and Lonely Hearts" are two). A
// headline is left: it may capitalize every word. It returns the spans
// (tail13p).
func commonAndSpans(titleEnd int, sents []text.Sentence, spans []Span) []Span {
	var gone []int
	for i := range spans {
		sp := &spans[i]
		if sp.Type == Misc || !sp.within(sents) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.Type == Person && sp.End-sp.Start > 1 || sp.End-sp.Start == 1 && !casedWord(toks[sp.Start].Text) ||
			inTitle(titleEnd, toks[sp.Start].Start) || slices.Contains(gone, i) {
			continue
		}
		typ := Misc
		if sp.Type == Org && sp.End-sp.Start > 1 && orgWordIn(toks[sp.Start:sp.End]) {
			typ = Org
		}
		if e, j := commonAndAfter(toks, spans, i); e > 0 && !orgSpanLeft(spans, i, j, typ) && (j >= 0 || !wordInSpans(sents, spans, toks[sp.End+1:e])) {
			sp.End, sp.Type = e, typ
			if j >= 0 {
				gone = append(gone, j)
			}
		} else if s, j := commonAndBefore(toks, spans, i); s >= 0 && !orgSpanLeft(spans, i, j, typ) && (j >= 0 || !wordInSpans(sents, spans, toks[s:sp.Start])) {
			sp.Start, sp.Type = s, typ
			if j >= 0 {
				gone = append(gone, j)
			}
		}
	}
	return dropIndexed(spans, gone)
}

// commonAndAfter returns the end of the common words' run after spans[i]'s
// "and" (maybe "and the"), as [commonAndSpans] reads it, or -1; and the
// index of the span the run is, or -1 when it is in none.
func commonAndAfter(toks []text.Token, spans []Span, i int) (int, int) {
	sp := spans[i]
	k := sp.End
	if k >= len(toks) || toks[k].Text != "and" || sp.Start > 0 && !openBefore(toks, sp.Start-1) {
		return -1, -1
	}
	k++
	if k < len(toks) && toks[k].Text == "the" {
		k++
	}
	e, j := k, wholeSpanAt(spans, i, k, true)
	if j >= 0 && !commonHalves(toks, sp, spans[j]) {
		return -1, -1
	}
	if j >= 0 {
		e = spans[j].End
	} else {
		for e < len(toks) && e-k < commonAndMax && casedWord(toks[e].Text) && !spanAt(spans, i, e) {
			e++
		}
	}
	if e == k || e-k > commonAndMax || e < len(toks) && (names.IsCapitalized(toks[e].Text) || spanAt(spans, i, e)) || !commonRun(toks[k:e]) {
		return -1, -1
	}
	if e+1 < len(toks) && smallWords[toks[e].Text] && names.IsCapitalized(toks[e+1].Text) {
		return -1, -1 // "and Touching the Lemmo": a title of its own
	}
	return e, j
}

// commonAndBefore returns the start of the common words' run before
// spans[i]'s "and" (maybe "and the"), as [commonAndSpans] reads it, or -1;
// and the index of the span the run is, or -1 when it is in none.
func commonAndBefore(toks []text.Token, spans []Span, i int) (int, int) {
	sp := spans[i]
	k := sp.Start - 1
	if k >= 1 && toks[k].Text == "the" {
		k--
	}
	if k < 1 || toks[k].Text != "and" {
		return -1, -1
	}
	s, j := k, wholeSpanAt(spans, i, k, false)
	if j >= 0 && !commonHalves(toks, sp, spans[j]) {
		return -1, -1
	}
	if j >= 0 {
		s = spans[j].Start
	} else {
		for s > 0 && k-s < commonAndMax && casedWord(toks[s-1].Text) && !spanAt(spans, i, s-1) {
			s--
		}
	}
	if s == k || k-s > commonAndMax || s == 0 || s == 1 && quoteToken(toks[0].Text) || !openBefore(toks, s-1) || spanAt(spans, i, s-1) || !commonRun(toks[s:k]) {
		return -1, -1
	}
	return s, j
}

// orgSpanLeft reports whether spans[i] is an organization's span of two
// tokens or more that the join would make a thing (typ MISC: it holds no
// organization's word) while the far side is in no span (j < 0): such a
// span is a firm's or a broadcaster's name the recognizer found whole, and
// the untagged capitalized words across its "and" are a firm's tail
// ("Halvex Exploration and Production") or a second name ("Lemmo Nights
// and Quarn 4"); it is left to the firms' rules. A far side that is a span
// of common words itself ("Neighbours and Tenants Against Vandalism") is
// still one name.
func orgSpanLeft(spans []Span, i, j int, typ Type) bool {
	sp := spans[i]
	return sp.Type == Org && sp.End-sp.Start > 1 && typ == Misc && j < 0
}

// wholeSpanAt returns the index of the span other than spans[i] of its
// sentence that begins at token k (after) or ends there (before), or -1.
func wholeSpanAt(spans []Span, i, k int, after bool) int {
	for j, sp := range spans {
		if j != i && sp.Sentence == spans[i].Sentence && (after && sp.Start == k || !after && sp.End == k) {
			return j
		}
	}
	return -1
}

// commonHalves reports whether a span and the span across its "and" are
// the halves of one title of common words: the other a thing's span or
// words all nearly always written in lower case ("Scattered Hearts"), the
// span one such word at least, neither an organization's word. Two names
// the recognizer found stay two: "Quarbin International and Liberty",
// "Ann Rigby and Lemmo Bank".
func commonHalves(toks []text.Token, sp, other Span) bool {
	if orgWordIn(toks[sp.Start:sp.End]) || orgWordIn(toks[other.Start:other.End]) || !anyMostlyLower(toks[sp.Start:sp.End]) ||
		sharedWord(toks[sp.Start:sp.End], toks[other.Start:other.End]) {
		return false
	}
	if other.Type == Misc {
		return true
	}
	for _, t := range toks[other.Start:other.End] {
		if !ner.MostlyLower(strings.ToLower(t.Text)) {
			return false
		}
	}
	return true
}

// wordInSpans reports whether a capitalized word of run is a word of a
// span of the article: "Quarn" after "AB Quarn" elsewhere is a firm's
// name, not a common word in Title Case.
func wordInSpans(sents []text.Sentence, spans []Span, run []text.Token) bool {
	for _, t := range run {
		if !casedWord(t.Text) {
			continue
		}
		for _, sp := range spans {
			if !sp.within(sents) {
				continue
			}
			for _, w := range sents[sp.Sentence].Tokens[sp.Start:sp.End] {
				if w.Text == t.Text {
					return true
				}
			}
		}
	}
	return false
}

// sharedWord reports whether a word of a is also a word of b, in any
// case: "the Quarn and the Quarn on Sunday" are two of a kind.
func sharedWord(a, b []text.Token) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x.Text, y.Text) {
				return true
			}
		}
	}
	return false
}

// anyMostlyLower reports whether a word of ws is nearly always written in
// lower case.
func anyMostlyLower(ws []text.Token) bool {
	for _, t := range ws {
		if ner.MostlyLower(strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}

// openBefore reports whether toks[j], the token before a title's first
// half, lets the title begin after it: not a capitalized word (the title
// would run on), not a comma (a list), and not a small word after a
// capitalized one ("Sport on Five and the Quarbin Sport").
func openBefore(toks []text.Token, j int) bool {
	w := toks[j].Text
	if names.IsCapitalized(w) || w == "," || listIntros[w] || w == "as" && j > 0 && toks[j-1].Text == "such" {
		return false
	}
	return !smallWords[w] || j == 0 || !names.IsCapitalized(toks[j-1].Text)
}

// listIntros open a list of examples, whose items are names of their own
// however common their words: "labels such as Quarn and Rough Lemmo",
// "shows including Vell and Tervane Hearts".
var listIntros = map[string]bool{"including": true, "include": true, "includes": true, "included": true, "like": true}

// smallWords are the short words a title in Title Case writes in lower
// case between its capitalized words; written capitalized inside a run
// they open a title of their own ("and The Quarns").
var smallWords = map[string]bool{"the": true, "of": true, "and": true, "for": true, "in": true, "on": true,
	"to": true, "at": true, "with": true, "a": true, "an": true, "by": true, "from": true}

// casedWord reports whether w is a capitalized word of three letters or
// more (a hyphen allowed) with lower-case letters after its first:
// "Lonely", "Far-Away"; not "NASA", "2005", "No" (a number's) or "I".
func casedWord(w string) bool {
	if len(w) < 3 || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case r == '-' || unicode.IsUpper(r):
		default:
			return false
		}
	}
	return lower
}

// commonRun reports whether the run's words are all capitalized words
// ([casedWord]), one of them nearly always written in lower case, and none
// a small word, a title or an organization's word.
func commonRun(run []text.Token) bool {
	common := false
	for _, t := range run {
		lw := strings.ToLower(t.Text)
		if !casedWord(t.Text) || smallWords[lw] || names.Titles.Has(t.Text) || orgWords.Has(t.Text) {
			return false
		}
		if ner.MostlyLower(lw) {
			common = true
		}
	}
	return common
}

// quoteToken reports whether w is a quotation mark.
func quoteToken(w string) bool {
	return w == `"` || w == "'" || w == "``" || w == "“" || w == "‘"
}
