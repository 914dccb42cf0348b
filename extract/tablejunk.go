package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// tableCut mends the spans that tables, headings and modifiers make of
// words that are no name, before a mention is built of them. It returns
// the words left, their type, and false when nothing of the span names
// anything:
//   - a word negated by "non-" ("non-Cortland members", "Non-callable")
//     names no one: the span is dropped;
//   - what a market trades, alone ("Treasuries", "Equities"), is no name
//     (after a country, "U.S. Treasuries", [names.CountryNouns] keep the
//     country);
//   - a trade term of a price table ("Crude FOB Elkton", "CIF Gulf") ends
//     in the delivery point: the place after the term is kept, as a place,
//     when the tables know it, and nothing otherwise;
//   - a market heading ("ELKTON EXCHANGES CLOSING", "Elkton Indices
//     Opening") is the market's town and the session: the town is kept
//     when the tables know it, and nothing otherwise; so are the words
//     before a table's marks ([tableMark]: "ELKTON INDICES CLSG",
//     "Portfolio Trade N/A", "ELKTON GOODS -APR");
//   - a month after a market's town ("the Elkton May price", "Elkton Apr
//     futures") is the contract's delivery month: the town is kept;
//   - a compound adjective at the end ("United States-flag ship",
//     "Elkton-based") is the name before its hyphen.
func (r *Resolver) tableCut(ws []word, typ Type) ([]word, Type, bool) {
	ws = slugCut(ws) // tail11o
	n := len(ws)
	if n == 0 {
		return ws, typ, true
	}
	// The last word's key, folded once into a buffer on the stack: most
	// spans end in none of these words, and a map lookup of string(bytes)
	// does not allocate.
	var buf [64]byte
	last := names.AppendKey(buf[:0], ws[n-1].text)
	if negatedWord(ws[0].text) || n == 1 && assetWords[string(last)] && (typ != Person || !surnameAssets[string(last)]) {
		return nil, typ, false
	}
	if out, found, ok := r.periodCut(ws); found { // tail11o
		return out, Location, ok
	}
	if i := lastTradeTerm(ws); i >= 0 && n > 1 {
		rest := ws[i+1:]
		if len(rest) == 0 || !r.knownPlaceName(joinWords(rest)) {
			return nil, typ, false
		}
		return rest, Location, true
	}
	if mark := tableMark(ws[n-1].text); mark || sessionWords[string(last)] { // tableMark: tail10ys
		k := n
		for k > 0 && (sessionWords.Has(ws[k-1].text) || headingWords.Has(ws[k-1].text) || headingPair(ws[k-1].text) || tableMark(ws[k-1].text)) {
			k--
		}
		if k == 0 || !r.knownPlaceName(joinWords(ws[:k])) || mark && !r.knownTown(joinWords(ws[:k])) {
			return nil, typ, false
		}
		return ws[:k], Location, true
	}
	if r.townStocks(ws, last) {
		return ws[:n-1], Location, true
	}
	if exchsWords[string(last)] {
		return r.exchsHeading(ws, typ)
	}
	if n > 1 && typ != Person && tradeMonths[string(last)] && r.knownPlaceName(joinWords(ws[:n-1])) {
		return ws[:n-1], Location, true
	}
	if head, ok := adjectiveHead(ws[n-1].text); ok {
		last := ws[n-1]
		last.text, last.end = head, last.start+len(head)
		out := append(ws[:n-1:n-1], last)
		if name := joinWords(out); r.knownPlaceName(name) {
			typ = Location
		}
		return out, typ, true
	}
	return ws, typ, true
}

// negatedWord reports whether w is a word negated by "non-": "non-ICO",
// "Non-bank".
func negatedWord(w string) bool {
	return len(w) > 4 && (strings.HasPrefix(w, "non-") || strings.HasPrefix(w, "Non-"))
}

// lastTradeTerm returns the index of the last word of ws that is a trade
// term of price tables (free on board, cost insurance and freight), or -1.
// Only the capitals count: "fob" in prose is rare, and "Fas" may be a
// name.
func lastTradeTerm(ws []word) int {
	for i := len(ws) - 1; i >= 0; i-- {
		switch ws[i].text {
		case "FOB", "Fob", "CIF", "FAS", "C&F", "CFR":
			return i
		}
	}
	return -1
}

// sessionWords end the headings of market tables: "AMSTERDAM EXCHANGES
// CLOSING", "TORONTO INDICES OPENING".
var sessionWords = names.Set{"closing": true, "opening": true}

// headingWords stand between a market's town and its session in the
// headings of tables: "LONDON INTERBANK STERLING CLOSING", "FOREIGN EXCH
// CLOSING".
var headingWords = names.Set{"exchanges": true, "exchange": true, "exch": true, "indices": true,
	"index": true, "interbank": true, "sterling": true, "foreign": true, "gold": true,
	"stocks": true, "rates": true, "money": true, "bullion": true, "fixing": true}

// headingPair reports whether w is two heading words joined by a slash,
// "Gold/Exchange".
func headingPair(w string) bool {
	a, b, ok := strings.Cut(w, "/")
	return ok && headingWords.Has(a) && headingWords.Has(b)
}

// adjectiveHead returns the name before the hyphen of a compound adjective
// ("United States-flag", "Elkton-based"), and false for any other word.
func adjectiveHead(w string) (string, bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || !compoundAdjective(w) && !flagTails[strings.ToLower(w[i+1:])] {
		return "", false
	}
	head := w[:i]
	if r := []rune(head); len(r) == 0 || !unicode.IsUpper(r[0]) {
		return "", false
	}
	return head, true
}

// flagTails end the compound adjectives of ships and goods that stand
// after a country: "United States-flag", "Liberian-flagged".
var flagTails = names.Set{"flag": true, "flagged": true, "made": true, "built": true}

// knownPlaceName reports whether the tables know name as a country or a
// place.
func (r *Resolver) knownPlaceName(name string) bool {
	k := names.Key(name)
	if k == "" {
		return false
	}
	if r.t.Country(name, k) >= 0 || r.t.CityCountry[k] != "" || r.t.Places[k] || names.IsRegion(k) {
		return true
	}
	return !strings.Contains(k, " ") && r.knownPlaceKey(k)
}

// commonAcronyms drops the acronyms an article defines by common words in
// lower case, "exchanges for physicals (EFPS)", "the consumer price index
// (CPI)": they abbreviate a term, not a name, wherever the article uses
// them. Acronyms the tables know (countries, agencies) and those given by
// an alias rule stay.
func commonAcronyms(text string, ms []*mention) []*mention {
	var common []string
	for _, m := range ms {
		if orDefinedAcronym(text, m) { // tail13r
			common = append(common, m.key)
			continue
		}
		if !m.acronym || m.Start < 2 || m.End >= len(text) || text[m.Start-1] != '(' || text[m.End] != ')' {
			continue
		}
		if lowerDefinition(text[:m.Start-1], m.Name) {
			common = append(common, m.key)
		} else if mixedDefinition(text[:m.Start-1], m.Name) {
			common = append(common, m.key)
		}
	}
	if len(common) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.acronym && m.forced == "" && m.canon == "" && m.country < 0 && m.agency < 0 && containsString(common, m.key) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lowerDefinition reports whether the words that end before (the text
// before an acronym's parenthesis) are words in lower case whose initials
// spell the acronym, with or without the small words between them, and
// with or without a plural "s" at the acronym's end: "exchanges for
// physicals" for EFPS, "official development assistance" for ODA.
func lowerDefinition(before, acr string) bool {
	letters := definitionLetters(acr)
	if len(letters) < 2 {
		return false
	}
	fields := lastFields(before, len(letters)+3)
	var all, content []byte
	for j := len(fields) - 1; j >= 0; j-- {
		w := fields[j]
		if !lowerWord(w) {
			return false
		}
		all = append([]byte{w[0]}, all...)
		if !names.MinorWords[w] {
			content = append([]byte{w[0]}, content...)
		}
		for _, ini := range [][]byte{all, content} {
			s := string(ini)
			if s == letters || s+"s" == letters {
				return true
			}
		}
		if len(all) > len(letters) && len(content) > len(letters) {
			return false
		}
	}
	return false
}

// lowerWord reports whether w is a word of letters in lower case (a hyphen
// may join two).
func lowerWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// tradeMonths are the months, written out or short, that name a futures
// contract after its market's town.
var tradeMonths = names.Set{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"jly": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// assetWords are the kinds of assets markets trade, written with a capital
// in market reports: alone they name nothing.
var assetWords = names.Set{"treasuries": true, "equities": true, "gilts": true, "bunds": true,
	"futures": true, "securities": true, "shares": true, "stocks": true, "bonds": true}

// surnameAssets are the asset words that are surnames too: a person's
// "Bonds" alone keeps his name.
var surnameAssets = names.Set{"bonds": true, "stocks": true, "shares": true}
