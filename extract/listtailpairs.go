package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// listTailMax bounds the bytes [listTailPair] reads back before a name.
const listTailMax = 240

// listTailPair reports whether m, an organization's name that joins left
// and right at its one "and", is the end of a list that a plural noun
// opens, so that its "and" is the list's and the halves two names (tail18d):
// "three of the biggest lenders -- Tervane Bank, Quarbin Trust and Lunmark
// Savings Bank", "some brokers, including Vell Capital, Amble Partners and
// Dunmore Securities", "rival carriers such as Elkmoor Air and Quarbin
// Airways". The cue is the opener: a plural noun ("lenders", "carriers")
// before "--", ":", "including", "as" or "such as", then no item or
// items of capitalized words each ended by a comma, then m. Each half
// holds two words or more, not counting a company suffix at the end: a
// firm of partners ends in one surname or a partner's word ("Tervane,
// Quarbin and Sons Inc", "Vell Lunmark and Amble"); a name whose part
// after "and" begins with a word of one firm's second part ([pairTails]:
// "Tervane Savings and Loan Association") or whose halves meet at two
// common words ("Quarbin Oil and Gas Corp") is one.
//
// Cost: called only for an organization's name with one "and" between
// capitalized halves; the cheap questions (the words' count) first, then
// at most [listTailMax] bytes read back once.
func listTailPair(text string, m *mention, left, right []word) bool {
	core := len(right)
	for core > 0 && names.CorpSuffixes[names.Key(right[core-1].text)] {
		core--
	}
	if len(left) < 2 || core < 2 {
		return false
	}
	if a, b := strings.ToLower(left[len(left)-1].text), strings.ToLower(right[0].text); pairTails[b] || ner.CommonWord(a) && ner.CommonWord(b) {
		return false // "Tervane Savings and Loan Association", "Quarbin Oil and Gas Corp"
	}
	lo := max(0, m.Start-listTailMax)
	if m.Start > len(text) {
		return false
	}
	ws := listTokens(text[lo:m.Start])
	i := len(ws) - 1
	items := 0
	for i >= 0 && ws[i] == "," {
		// One item ended by this comma: capitalized words back to the
		// comma before it or the opener.
		i--
		n := 0
		for i >= 0 && ws[i] != "," && listItemWord(ws[i]) {
			i--
			n++
		}
		if n == 0 || n > 6 {
			return false
		}
		items++
		if items > 8 {
			return false
		}
	}
	return listOpener(ws, i)
}

// listItemWord reports whether w may stand in a list item's name: a
// capitalized word, a minor word ("of", "and") or an ampersand.
func listItemWord(w string) bool {
	return names.IsCapitalized(w) || names.MinorWords[w] || w == "&"
}

// listOpener reports whether ws[i] ends a list's opener: "--", ":",
// "including", "as" or "such as" after a plural noun (a comma between
// them allowed: "lenders, including").
func listOpener(ws []string, i int) bool {
	if i < 1 {
		return false
	}
	switch ws[i] {
	case "--", ":", "including", "as":
	default:
		return false
	}
	j := i - 1
	if ws[i] == "as" && ws[j] == "such" {
		j--
	} else if ws[i] != "as" && ws[j] == "," {
		j--
	}
	return j >= 0 && pluralNoun(ws[j])
}

// pluralNoun reports whether w reads as a lower-case plural noun:
// "banks", "companies"; not "was", "this", "less", "status".
func pluralNoun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	switch w {
	case "does", "says", "goes", "sees", "has", "was", "its", "ones", "news", "others", "whereas":
		return false
	}
	return true
}

// listTokens splits s at white space and sets commas and colons apart as
// tokens of their own: "lenders, including" is "lenders" "," "including".
func listTokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		var tail []string
		for len(f) > 1 && (strings.HasSuffix(f, ",") || strings.HasSuffix(f, ":")) {
			tail = append(tail, f[len(f)-1:])
			f = f[:len(f)-1]
		}
		out = append(out, f)
		for k := len(tail) - 1; k >= 0; k-- {
			out = append(out, tail[k])
		}
	}
	return out
}
