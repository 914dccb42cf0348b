package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17p) holds the rule that reads a quarterly results
// headline's firm whole. A wire's results headline is the firm's name, its
// quarter and the report's words, and nothing else: "QUARBIN TOOL AND DIE
// CO 1ST QTR NET", "<ZELL CORP OF TERVANIA> 4TH QTR JAN 31 LOSS". The
// recognizer cuts such a name at "AND", "OF" or a comma, or takes a piece
// of it for a person or a place ("HELEN" of "HELEN OF TROY CORP"); the
// headline's form says where the name ends.

// resultsHeadlineSpans makes the words that open a headline in capitals
// and stand before its quarter ("1ST QTR" … "4TH QTR") one organization's
// span, when only the report's words follow the quarter (NET, LOSS,
// PROFIT, OPER, SHR, a month, a day) and the recognizer took at least a
// piece of the words. Reuters' "<" or "(" around the name and a leading
// "THE" stay out. The words are capitals, "AND", "OF", "FOR", "&", a
// hyphen or a comma; a modal, another small word ("IN 4TH QTR"), a figure
// or a verb's third person after the first word makes them a clause
// ("QUARBIN SEES 1ST QTR NET") and the headline is left. Two spans of the
// recognizer in the words are taken together only when a joining word
// ("AND", "OF", "FOR", "&", a hyphen or a comma) stands between them: two
// names side by side are left to the other rules. Words with no joining
// word must end in a company suffix or a body's head ([firmEnd]): a span
// grown over plain words ("ZELL CONSOLIDATED MINING 4TH QTR", the
// headline's short form of "Zell Consolidated Mining and Trading Corp") or
// a legal form the ids keep ("ZELL BANK FSB") would part the headline from
// the firm's node that its first words link to, and a ticker glued after
// the suffix ("ZELL CORP ZELC") is no name's end. A word and a dash opening
// the headline are a tag ("CORRECTED - "), not the name's. More than three
// words before the first span are left too
// ([Resolver.headlineStartSpans] grows a name back over three at most), and
// so is a closing legal form before "OF" ("ZELL LTD OF TERVANIA", a firm and
// its seat: [seatForm]); "ZELL CORP OF TERVANIA" is one name (tail17v:
// [ofAfterSuffix] keeps the mention rules from cutting it at "OF" again).
// The period may be the year's or the months' too ("YEAR NET", "NINE
// MTHS LOSS": [reportPeriod], tail17v). The spans stay sorted.
func resultsHeadlineSpans(titleEnd int, sents []text.Sentence, spans []Span) []Span {
	if titleEnd < 0 || len(sents) == 0 || len(spans) == 0 || spans[0].Sentence != 0 {
		return spans
	}
	toks := sents[0].Tokens
	q := quarterAt(titleEnd, toks)
	if q < 0 {
		return spans
	}
	lo, hi := 0, q
	if lo < hi && (toks[lo].Text == "<" || toks[lo].Text == "(") {
		lo++
		if toks[hi-1].Text != ">" && toks[hi-1].Text != ")" {
			return spans
		}
		hi--
	}
	if lo+2 < hi && toks[lo+1].Text == "-" {
		lo += 2 // a tag before a dash: "CORRECTED - ZELL CORP 1ST QTR"
	}
	if lo < hi && toks[lo].Text == "THE" {
		lo++
	}
	if hi-lo < 2 || !resultsNameWords(toks, lo, hi) || !joinedRun(toks, lo, hi) && !firmEnd(toks[hi-1].Text) {
		return spans
	}
	first, last := -1, -1
	for i, sp := range spans {
		if sp.Sentence != 0 || sp.End <= lo || sp.Start >= hi {
			continue
		}
		if sp.Start < lo || sp.End > hi || last >= 0 && !joinedRun(toks, spans[last].End, sp.Start) {
			return spans
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 || spans[first].Start-lo > 3 || first == last && spans[first].Start == lo && spans[first].End == hi && spans[first].Type == Org {
		return spans
	}
	spans[first] = Span{Sentence: 0, Start: lo, End: hi, Type: Org}
	return append(spans[:first+1], spans[last+1:]...)
}

// quarterAt returns the index of the quarter's ordinal ("1ST" … "4TH")
// followed by "QTR", of the months' number before "MTHS" or of "YEAR"
// ([reportPeriod]) in a headline whose words after the period are only a
// results report's ([resultsTailWords]), or -1.
func quarterAt(titleEnd int, toks []text.Token) int {
	for k := 1; k+1 < len(toks) && inTitle(titleEnd, toks[k+1].Start); k++ {
		n := reportPeriod(toks[k].Text, toks[k+1].Text) // tail17v: the year's and the months' too
		if n == 0 {
			continue
		}
		if n < 0 {
			return -1
		}
		var tail []string
		for _, t := range toks[k+n:] {
			if !inTitle(titleEnd, t.Start) {
				break
			}
			tail = append(tail, t.Text)
		}
		if !resultsTailWords(tail, n == 1) {
			return -1
		}
		return k
	}
	return -1
}

// resultsTail are the words a results headline writes after its quarter:
// "4TH QTR JAN 31 OPER NET".
var resultsTail = names.Set{"net": true, "loss": true, "profit": true, "oper": true, "shr": true,
	"jan": true, "feb": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"aug": true, "sept": true, "oct": true, "nov": true, "dec": true}

// resultsNameWords reports whether the headline's tokens lo..hi-1 read as
// a firm's name (see [resultsHeadlineSpans]).
func resultsNameWords(toks []text.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := strings.ToLower(toks[k].Text)
		switch {
		case nameJoiner(w):
			if k == lo || k == hi-1 || w == "of" && seatForm(toks[k-1].Text) { // tail17v: "CORP OF" whole, "LTD OF" left
				return false
			}
		case !capsWord(toks[k].Text) || names.MinorWords[w] || headlineModals[w] || names.NoExtend.Has(w):
			return false
		case k > lo && thirdPersonVerb(w):
			return false
		}
	}
	return true
}

// firmEnd reports whether w ends a firm's name by itself: a company suffix
// ("INC", "CO") or a body's head ("BANK", "SYSTEMS", "BANCORP").
func firmEnd(w string) bool {
	return firmSuffix(w) || names.OrgHeads.Has(w)
}

// nameJoiner reports whether w (lower case) joins the words of one name in
// a headline: "and", "of", "for", "&", a hyphen or a comma.
func nameJoiner(w string) bool {
	switch w {
	case "and", "of", "for", "&", "-", ",":
		return true
	}
	return false
}

// joinedRun reports whether a joining word stands among the tokens a..b-1
// between two spans (see [nameJoiner]); two spans side by side are no one
// name.
func joinedRun(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if nameJoiner(strings.ToLower(toks[k].Text)) {
			return true
		}
	}
	return false
}
