package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds cues of the trade news that make a firm of a name the
// recognizer took for a person, and a car of a brand's plural: a seller
// in a tender ("accepted offers from J. Vell for 50,000 tonnes"), a
// broker's name before "stockbrokers" ("Vell Tarrant stockbrokers") or
// with "Research" last ("Vell Tarrant Research said"), and a brand's
// plural ("Quarbins built abroad") in an article that writes the brand
// before a word for its line ("the Quarbin line").

// brokerNouns follow a broking firm's name as its trade: "Vell Tarrant
// stockbrokers".
var brokerNouns = names.Set{"stockbrokers": true, "stockbroker": true, "brokers": true, "brokerage": true}

// tradeFirm reports whether a name typed a person is a firm by a cue of
// the trade news: "offers from" (or "offer from") before it and "for" and
// a figure after it, the seller of a tender ("it accepted offers from J.
// Vell for 50,000 tonnes"); a word of [brokerNouns] right after it ("Vell
// Tarrant stockbrokers were not affected"); or, in a name of three words
// or more without a title, "Research" last ("Vell Tarrant Research said"),
// a research house; or a place in parentheses and a company suffix after
// it, the name of its unit cut before them ("Vell Tarrant (Far East)
// Ltd"), or a name of one word written so elsewhere in the article, the
// firm's short name ("Tarrant" of "Vell Tarrant (Far East) Ltd"), but
// not a common word or a word of the headline ("BANK" of a headline and
// "Quarbin Bank (Europe) SA" of the body).
func tradeFirm(text string, m *mention) bool {
	if m.typ != Person || m.canon != "" || m.forced != "" {
		return false
	}
	if n := len(m.words); n >= 3 && m.Title == "" && m.words[n-1] == "research" {
		return true
	}
	if m.End < len(text) && asciiSpace(text[m.End]) {
		if w, _ := nextWord(text, m.End); brokerNouns[strings.TrimRight(w, ",.;:")] {
			return true
		}
	}
	if suffixAfterParens(text, m.End) || len(m.words) == 1 && m.Start > strings.Index(text, "\n\n") && !ner.CommonWord(m.Name) && nameBeforeParens(text, m.Name) {
		return true
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "from" {
		return false
	}
	if o, _ := prevWordFast(text, ps); o != "offers" && o != "offer" {
		return false
	}
	f, fe := nextWord(text, m.End)
	d, _ := nextWord(text, fe)
	return f == "for" && d != "" && d[0] >= '0' && d[0] <= '9'
}

// lineNouns follow a brand's name as the range of goods it names: "the
// Quarbin line", "its Quarbin division".
var lineNouns = names.Set{"line": true, "lines": true, "model": true, "models": true, "division": true, "brand": true,
	"range": true, "cars": true}

// brandPlural reports whether a name of one capitalized word ending in
// "s" is the plural of a brand the article writes before a word of
// [lineNouns] ("two models of the company's Quarbin line ... Quarbins
// built abroad"): the goods, no entity. A name the tables know and a name
// an alias rule gives are left.
func brandPlural(text string, m *mention) bool {
	if len(m.words) != 1 || m.canon != "" || m.forced != "" || m.Title != "" {
		return false
	}
	name := m.Name
	if len(name) < 4 || !strings.HasSuffix(name, "s") || strings.HasSuffix(name, "ss") || !unicode.IsUpper(rune(name[0])) || !isLowerASCII(name[1]) {
		return false
	}
	if names.Tables().KnownPlace(m.key) {
		return false
	}
	stem := name[:len(name)-1]
	for _, e := range wholeWords(text, stem) {
		if e < len(text) && asciiSpace(text[e]) {
			if w, _ := nextWord(text, e); lineNouns[strings.TrimRight(w, ",.;:")] {
				return true
			}
		}
	}
	return false
}

// suffixAfterParens reports whether, after i, a space, one to three
// capitalized words in parentheses and a company suffix of
// [names.CorpSuffixes] follow: " (Far East) Ltd", " (U.K.) Plc".
func suffixAfterParens(text string, i int) bool {
	rest, ok := strings.CutPrefix(text[i:min(len(text), i+60)], " (")
	if !ok {
		return false
	}
	in, after, ok := strings.Cut(rest, ")")
	if !ok || in == "" || strings.ContainsAny(in, "(,;") {
		return false
	}
	ws := strings.Fields(in)
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !unicode.IsUpper(rune(w[0])) {
			return false
		}
	}
	if after == "" || !asciiSpace(after[0]) {
		return false
	}
	w, _ := nextWord(after, 0)
	return names.CorpSuffixes[strings.ToLower(strings.TrimRight(w, ",.;:"))]
}

// nameBeforeParens reports whether text writes name, as a whole word,
// right before a place in parentheses and a company suffix
// ([suffixAfterParens]).
func nameBeforeParens(text, name string) bool {
	for _, e := range wholeWords(text, name) {
		if suffixAfterParens(text, e) {
			return true
		}
	}
	return false
}
