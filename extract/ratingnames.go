package extract

import (
	"strings"
)

// This file keeps the agencies' credit ratings out of the graph. A rating
// written alone ("rated AAA by Moody's", "cut to BB-plus from BBB",
// "affirmed the AA senior debt") is a grade of a debt, no entity; the
// recognizer takes its capitals for an organization's acronym. gluedSpans
// (glued.go) takes a rating off the company it is glued to; this is the
// rating alone.

// ratingContext is how far around a rating, in bytes, a word of the
// agencies' trade is looked for.
const ratingContext = 160

// ratingCues are the words (lower case) of the agencies' trade, one of
// which must stand near a rating: the rating's own nouns and verbs and
// the agencies' names.
var ratingCues = []string{"rating", "rated", "moody's", "poor's", "s and p", "s/p", "s&p",
	"creditwatch", "downgrad", "upgrad", "investment grade", "duff and phelps", "fitch", "affirm", "top-flight",
	"senior debt", "subordinated", "commercial paper"}

// creditRatingName reports whether a mention of one word is a credit
// rating: the letters of a grade ("AAA", "BBB", Moody's "Baa", "Caa"), of
// two letters or more or with a modifier ("A-plus", "BB+", "Baa-3"), and a
// word of the agencies' trade beginning within [ratingContext] bytes ("rated AAA by
// Moody's", "senior debt to BB from BBB"). A grade written in capitals
// that is only a Moody's grade ("CAA" for "Caa") must also follow "to" or
// "from": "BAA" and "BA" are firms too. A rating right after another and
// "to" or "from" ("to BB-plus from BBB") needs no other word. A possessive ("AA's members") and
// a name of a grade's letters without such words ("the AAA indoor
// title", the athletics body) are left.
func creditRatingName(text string, m *mention) bool {
	if len(m.words) != 1 || m.forced != "" || m.canon != "" || len(m.Name) < 2 || len(m.Name) > 9 {
		return false
	}
	c := m.Name[0]
	if c != 'A' && c != 'B' && c != 'C' {
		return false
	}
	base, graded := ratingForm(m.Name)
	moodysCaps := false
	if base == "" {
		base, graded = ratingForm(m.Name[:1] + strings.ToLower(m.Name[1:]))
		moodysCaps = base != "" && m.Name == strings.ToUpper(m.Name)
		if !moodysCaps {
			return false
		}
	}
	if len(base) < 2 && !graded {
		return false
	}
	if strings.HasPrefix(text[m.End:], "'s") || strings.HasPrefix(text[m.End:], "’s") {
		return false
	}
	p, at := prevWord(text, m.Start)
	p = strings.ToLower(p)
	if p == "to" || p == "from" {
		if q, _ := prevWord(text, at); ratingGrade(strings.TrimRight(q, ",")) {
			return true // "to BB-plus from BBB"
		}
	} else if moodysCaps {
		return false
	}
	return wordNear(text, m.Start, m.End, ratingContext, ratingCues)
}

// ratingGrade reports whether a word is a rating of two letters or more
// or with a modifier: "BB-plus", "AA", "Baa-3".
func ratingGrade(w string) bool {
	base, graded := ratingForm(w)
	return base != "" && (graded || len(base) > 1)
}

// wordNear reports whether one of cues (lower case) begins a word within
// span bytes of text[start:end], in any case: "rated" in "rated AAA", not
// in "accelerated".
func wordNear(text string, start, end, span int, cues []string) bool {
	lo, hi := max(0, start-span), min(len(text), end+span)
	win := strings.ToLower(text[lo:hi])
	for _, c := range cues {
		for i := 0; i < len(win); {
			j := strings.Index(win[i:], c)
			if j < 0 {
				break
			}
			if k := i + j; k == 0 || !isLetterByte(win[k-1]) {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// isLetterByte reports whether b is an ASCII letter or a byte of a
// multi-byte character.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// securityClasses end the name of a class of securities: "Tervane Savings
// Bonds", "Sinking Fund Debentures", "Cotton Certificates".
var securityClasses = map[string]bool{"bonds": true, "debentures": true, "certificates": true, "warrants": true}

// securityClass reports whether a name typed as a firm is a class of
// securities, no entity: two words or more, the last of [securityClasses]
// ("Quarbin Savings Bonds", "Specialised Lending Institution Bonds"). A
// person ("Dora Bonds") keeps the recognizer's type; a firm's name with a
// suffix before the class ("Quarbin Corp Warrants") is cut at its suffix
// before this rule.
func securityClass(m *mention) bool {
	n := len(m.words)
	return n >= 2 && m.typ == Org && m.canon == "" && m.forced == "" && securityClasses[m.words[n-1]]
}
