package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// angleMax bounds the words between Reuters' angle brackets that are
// read as one firm's name (bracketFirmSpans' bound).
const angleMax = 16

// angleFirmSpans makes one firm of the words inside Reuters' angle
// brackets when the recognizer found only a part of them: the brackets
// hold one company's name, so "<Quarbin Electronics (M) Sdn Bhd>",
// "<Dorfel of Ohio Inc>", "<Halver's Marine Co>" and "<ZORBIT OF THE VINE
// INC>", which the recognizer cuts at a bracket, a small word, a
// possessive or a headline's capitals, are each one name. It runs where
// a span lies inside the brackets and some word between them is in no
// span: the brackets whose words are all in spans parted by commas and
// "and" are [bracketFirmSpans]' to join or to leave as two firms. A
// leading "The" and a trailing possessive stay out. Left as they are: a
// name and its acronym after a dash ("<Zorbit Institute - ZIN>"); a
// firm and its town after its suffix and "of" ("<Zorbit Corp of
// Dallas>"), or a head of two words, "of" and a country ("<Zorbit Life
// Society of the U.S.>"); a description ("<Zorbit, an Ohio Corp>"); a
// name opening with a place the article names alone ("North Varnland"
// and "<North Varnland Resources (Ventures) Ltd>"); words after the
// suffix that ends the recognizer's firm ("<Zorbit Fund LP Q-One>"); a
// name opening with a suffix or holding two "and"s (the source's bracket
// misplaced: "Zorbit GmbH and Co <KG and Quarbin and Lunmark Inc>"); and
// a span running out of the brackets. The result is sorted.
func (r *Resolver) angleFirmSpans(txt string, sents []text.Sentence, spans []Span) []Span {
	if strings.IndexByte(txt, '<') < 0 {
		return spans
	}
	changed := false
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		open, close, ok := angleAround(toks, sp)
		if !ok || i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > open {
			continue
		}
		k := i
		for k < len(spans) && spans[k].Sentence == sp.Sentence && spans[k].Start < close {
			k++
		}
		if spans[k-1].End > close+1 || spans[k-1].End == close+1 && toks[close].Text != ">" {
			continue // a span running out of the brackets
		}
		lo, hi := angleName(toks, open, close)
		if hi-lo < 2 || angleCovered(toks, spans[i:k], lo, hi) || !angleFirm(toks[lo:hi]) || opensWithPlace(sents, spans, toks[lo:hi]) || r.angleTown(toks[lo:hi]) || suffixTail(toks, spans[k-1], hi) {
			continue
		}
		spans[i] = Span{Sentence: sp.Sentence, Start: lo, End: hi, Type: Org}
		for j := i + 1; j < k; j++ {
			spans[j].End = spans[j].Start // emptied: dropped below
		}
		changed = true
		i = k - 1
	}
	return dropEmptied(spans, changed)
}

// angleAround returns the tokens of the angle brackets around sp ("<"
// before or at its start, ">" after it, at most angleMax words apart, no
// other bracket between).
func angleAround(toks []text.Token, sp Span) (open, close int, ok bool) {
	open = -1
	for j := sp.Start; j >= 0 && sp.Start-j <= angleMax; j-- {
		if w := toks[j].Text; w == "<" {
			open = j
			break
		} else if w == ">" {
			return 0, 0, false
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for j := open + 1; j < len(toks) && j-open <= angleMax; j++ {
		switch toks[j].Text {
		case ">":
			return open, j, j >= sp.End || j == sp.End-1
		case "<":
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// angleName returns the name's words between the brackets at open and
// close: without a leading "The" and a trailing possessive or period.
func angleName(toks []text.Token, open, close int) (lo, hi int) {
	lo, hi = open+1, close
	if lo < hi && (toks[lo].Text == "The" || toks[lo].Text == "the") {
		lo++
	}
	for hi > lo {
		switch toks[hi-1].Text {
		case "'s", "'", "’s", "’", ".":
			hi--
			continue
		}
		break
	}
	return lo, hi
}

// angleCovered reports whether every word of lo..hi is in one of the
// spans, or is a comma, "and" or "&" between two of them.
func angleCovered(toks []text.Token, spans []Span, lo, hi int) bool {
	s := 0
	for j := lo; j < hi; j++ {
		for s < len(spans) && spans[s].End <= j {
			s++
		}
		if s < len(spans) && spans[s].Start <= j {
			continue
		}
		if w := toks[j].Text; w != "," && w != "&" && !strings.EqualFold(w, "and") || j == lo || j == hi-1 {
			return false
		}
	}
	return true
}

// angleFirm reports whether ws read as one firm's name: its first word
// opens with a capital or a figure and is no company suffix, no dash
// parts a name from its acronym, no "of" follows a company suffix (a
// firm and its town), no "a" or "an" (nor a comma and "the") opens a
// description ("Zorbit, an Ohio Corp"), no second "and" makes a list or
// the source's misplaced bracket ("KG and Quarbin and Lunmark Inc"), and
// no word holds a stray bracket or a control mark ("SA(A", "^M").
func angleFirm(ws []text.Token) bool {
	r, _ := utf8.DecodeRuneInString(ws[0].Text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) || names.CorpSuffixes.Has(ws[0].Text) {
		return false
	}
	ands := 0
	for j, w := range ws {
		switch w.Text {
		case "-", "--", "—", "–", ";", ":":
			return false
		case "and", "AND", "And", "&":
			if ands++; ands > 1 {
				return false
			}
		}
		if j > 0 && (strings.EqualFold(w.Text, "a") || strings.EqualFold(w.Text, "an")) {
			return false
		}
		if len(w.Text) > 1 && strings.ContainsAny(w.Text, "()^") {
			return false
		}
		if j+1 < len(ws) && strings.EqualFold(ws[j+1].Text, "of") && names.CorpSuffixes.Has(w.Text) {
			return false
		}
		if w.Text == "," && j+1 < len(ws) && strings.EqualFold(ws[j+1].Text, "the") {
			return false
		}
	}
	return true
}

// opensWithPlace reports whether ws open with a place the article names
// alone, a span typed LOCATION of one or two words ("Nova Scotia" of
// "<Nova Scotia Resources (Ventures) Ltd>"): once whole, the firm would
// take those mentions of the place for its short name.
func opensWithPlace(sents []text.Sentence, spans []Span, ws []text.Token) bool {
	for _, sp := range spans {
		n := sp.End - sp.Start
		if sp.Type != Location || n > 2 || n >= len(ws) || !sp.within(sents) {
			continue
		}
		if slices.Equal(foldWords(sents[sp.Sentence].Tokens[sp.Start:sp.End]), foldWords(ws[:n])) {
			return true
		}
	}
	return false
}

// angleTown reports whether ws end in "of" and a country after a head of
// two words or more ("Quarbin Life Society of the U.S."): the firm's
// name and where it is, which the corpus knows by the head alone.
func (r *Resolver) angleTown(ws []text.Token) bool {
	for j := len(ws) - 2; j >= 2; j-- {
		if !strings.EqualFold(ws[j].Text, "of") {
			continue
		}
		rest := ws[j+1:]
		if len(rest) > 1 && strings.EqualFold(rest[0].Text, "the") {
			rest = rest[1:]
		}
		pt := joinTokens(rest)
		return r.t.Country(pt, names.Key(pt)) >= 0
	}
	return false
}

// suffixTail reports whether the last span inside the brackets, last,
// ends in a company suffix with words in no span after it, up to hi:
// the recognizer's firm is whole and the words after it are another
// thing ("<Zorbit Fund LP Q-One>").
func suffixTail(toks []text.Token, last Span, hi int) bool {
	return last.End < hi && last.End > last.Start && names.CorpSuffixes.Has(toks[last.End-1].Text)
}
