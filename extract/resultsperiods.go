package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17v) widens tail17p's results headlines to the year's and
// the months' reports ("ZELL CORP YEAR NET", "<QUARBIN LTD> NINE MTHS
// LOSS"), keeps the firm such a headline names when the body names other
// things ([resultsFirm]), and lets a company suffix stand before "OF" in a
// firm's name written in capitals ([ofAfterSuffix]).

// reportPeriod returns how many words, a and b, open a results report's
// period in a headline: 2 for a quarter ("4TH QTR") or months ("NINE
// MTHS"), 1 for the year ("YEAR NET"), 0 for none, and -1 for a quarter
// or months counted some other way ("FIRST QTR", "TEN MTHS"), which the
// headline rules leave.
func reportPeriod(a, b string) int {
	switch b {
	case "QTR":
		switch a {
		case "1ST", "2ND", "3RD", "4TH":
			return 2
		}
		return -1
	case "MTHS":
		switch a {
		case "THREE", "SIX", "NINE", "3", "6", "9":
			return 2
		}
		return -1
	}
	if a == "YEAR" {
		return 1
	}
	return 0
}

// resultsTailWords reports whether ws, the words after a headline's
// period, are only a results report's (NET, LOSS, a month, a figure:
// [resultsTail]); after "YEAR", which opens other headlines too ("YEAR
// AGO"), one of them must say what is reported (NET, LOSS, PROFIT, OPER,
// SHR).
func resultsTailWords(ws []string, yearly bool) bool {
	reported := !yearly
	for _, w := range ws {
		l := strings.ToLower(w)
		if !resultsTail[l] && strings.Trim(w, "0123456789") != "" {
			return false
		}
		switch l {
		case "net", "loss", "profit", "oper", "shr":
			reported = true
		}
	}
	return reported
}

// resultsFirm reports whether m, a mention of the headline that ends at
// titleEnd, is the whole name of a results headline's firm: only "<", "(",
// "THE" or a tag and a dash ("CORRECTED -") before it, only ">" or ")" and
// the report's period and words after it ("<ZELL CORP OF TERVANIA> 4TH QTR
// NET", "QUARBIN BANK OF TERVANIA YEAR LOSS"). Such a headline is the
// firm's report, whatever else its body names, so [dropHeadlineNoise]
// keeps the name. A name the body writes in a form of its own ("ZELL
// BANK" of the body's "Zell Bank Income Trust": [bodyShares]) is left to
// the body's: the two need not merge, and the body's stands for the firm.
// Cost: asked only of a headline's
// organization the body does not name; a few string cuts of the headline,
// then one walk over the article's mentions.
func resultsFirm(text string, titleEnd int, m *mention, ms []*mention) bool {
	if m.typ != Org || titleEnd > len(text) || m.End > titleEnd || m.Start > 40 {
		return false
	}
	rest := strings.Fields(strings.TrimLeft(text[m.End:titleEnd], ">) "))
	if len(rest) < 2 {
		return false
	}
	n := reportPeriod(rest[0], rest[1])
	if n <= 0 || !resultsTailWords(rest[n:], n == 1) {
		return false
	}
	before := strings.TrimRight(text[:m.Start], "<( ")
	before = strings.TrimSpace(strings.TrimSuffix(before, "THE"))
	if before == "" {
		return !bodyShares(m, ms)
	}
	if tag, dash := strings.CutSuffix(before, " -"); !dash || strings.ContainsAny(strings.TrimSpace(tag), " \n") {
		return false
	}
	return !bodyShares(m, ms)
}

// bodyShares reports whether a mention after the headline shares a word
// with m, a headline's, that is not a company's or a body's generic word
// (a suffix, "Industries", "Bank", "First", a small word): the body names
// the firm in a form of its own ("Zell Bank Income Trust", a garbled
// "vell industries Inc." of "TERVANE VELL INDUSTRIES"), and the two need
// not merge.
func bodyShares(m *mention, ms []*mention) bool {
	return slices.ContainsFunc(ms, func(o *mention) bool {
		return o.Start > m.End && slices.ContainsFunc(o.words, func(w string) bool {
			return len(w) > 2 && slices.Contains(m.words, w) && !names.CorpSuffixes[w] && !names.CompanyWords[w] &&
				!names.GenericOrgWords[w] && !names.MinorWords[w]
		})
	})
}

// ofAfterSuffix reports whether next, the word after the company suffix
// suffix, is "of" in any case and the suffix one that opens longer names
// ("Co", "Corp", "Cos": not a closing legal form, [seatForm]): "ZELL CORP
// OF TERVANIA" in a headline's capitals is one firm's name, as "Zell Corp
// of Tervania" is in the body, and no second firm starts at "OF"
// ([corpCut]). After "LTD" or "INC" the words are the firm's seat, which
// the capitals leave as they were ([legalFormSeat] reads "of" as written).
func ofAfterSuffix(suffix, next word) bool {
	return names.Key(next.text) == "of" && !seatForm(suffix.text)
}

// seatForm reports whether w is a closing legal form ([seatLegalForms]),
// dots ignored: "Ltd", "N.V.".
func seatForm(w string) bool {
	return seatLegalForms[strings.ToLower(strings.ReplaceAll(w, ".", ""))]
}
