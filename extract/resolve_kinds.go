package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"
)

// isTitleWord reports whether every part of a word ("Secretary-General")
// is a title word, and whether one of them is an office.
func isTitleWord(w string) (title, role bool) {
	if strings.IndexFunc(w, isWordBreak) < 0 {
		// One part: look it up without folding it into a new string.
		if !names.Titles.Has(w) {
			return false, false
		}
		return true, names.Offices.Has(w)
	}
	k := names.Key(w)
	if k == "" {
		return false, false
	}
	title = true
	for part := range strings.FieldsSeq(k) {
		if !names.Titles[part] {
			return false, false
		}
		role = role || names.Offices[part]
	}
	return title, role
}

// splitRole finds a title inside the words of an organization or place span:
// "U.N. Secretary-General", "Commission President Ursula von der Leyen",
// "Governor Arnold Schwarzenegger". It returns the words before the title,
// the title and the words after it; ok is false when the span holds no
// title or is itself a name made of title words ("Premier League", "Coach
// Inc.").
func splitRole(ws []word) (before []word, title string, after []word, ok bool) {
	for i := 0; i < len(ws); i++ {
		if i > 0 {
			p := strings.ToLower(ws[i-1].text)
			if names.MinorWords[p] || p == "for" {
				continue // "Department of Energy", "Office of the President"
			}
		}
		if !names.IsCapitalized(ws[i].text) {
			continue
		}
		j, role := i, false
		for j < len(ws) && names.IsCapitalized(ws[j].text) {
			t, r := isTitleWord(ws[j].text)
			if !t {
				break
			}
			role = role || r
			j++
		}
		if !role || j == i {
			continue
		}
		before, after = ws[:i], ws[j:]
		if len(before) == 0 && len(after) == 0 {
			return nil, "", nil, false
		}
		if len(after) > 0 {
			// The rest must read as a person's name: capitalized words that
			// are no organization ("Premier League", "Chief Executives Club").
			m := &mention{words: strings.Fields(names.Key(joinWords(after)))}
			if len(m.words) == 0 || looksLikeOrg(m) || names.OrgHeads[m.words[len(m.words)-1]] || names.CorpSuffixes[m.words[len(m.words)-1]] || !names.IsCapitalized(after[0].text) || !allCapitalized(after) {
				if len(before) == 0 {
					return nil, "", nil, false
				}
				after = nil
			}
		}
		var parts []string
		for _, w := range ws[i:j] {
			if names.Key(w.text) != "former" {
				parts = append(parts, w.text)
			}
		}
		return before, strings.Join(parts, " "), after, true
	}
	return nil, "", nil, false
}

// isTicker reports whether w is a stock symbol with its exchange, as wire
// copy writes them after a company: "JNJ.N", "ENB.TO", "CYBX.O".
func isTicker(w string) bool {
	sym, ex, ok := strings.Cut(w, ".")
	if !ok || len(sym) < 2 || len(sym) > 6 || len(ex) < 1 || len(ex) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}

// tickerBlocks returns the byte ranges of the parentheses that give a
// company's stock symbol: "(JNJ.N: Quote, Profile, Research)", "(ENB.TO)".
// The words in them name nothing.
func tickerBlocks(text string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '(')
		if j < 0 {
			return out
		}
		s := i + j
		e := strings.IndexByte(text[s:], ')')
		if e < 0 {
			return out
		}
		e += s
		inner := text[s+1 : e]
		first := inner
		if k := strings.IndexAny(inner, ": ,;"); k >= 0 {
			first = inner[:k]
		}
		if e-s < 80 && (isTicker(first) || strings.Contains(inner, "Quote, Profile")) {
			out = append(out, [2]int{s, e + 1})
		}
		i = s + 1
	}
}

// stateAfterCity returns the state an abbreviation names when it follows a
// city and a comma, as in a dateline ("SANTA MARIA, Calif. -"), or "".
func stateAfterCity(text string, m *mention) string {
	st, ok := names.StateAbbrevs[m.key]
	if !ok || len(m.words) != 1 {
		return ""
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	p, _ := prevWord(text, len(before)-1)
	if !names.IsCapitalized(p) {
		return ""
	}
	return st
}

// cutLowerTail drops the words of a person's name from the first one in
// lower case that no name holds: "Donald sinks" is "Donald".
func cutLowerTail(ws []word) []word {
	for i := 1; i < len(ws); i++ {
		w := ws[i].text
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || names.MinorWords[w] || names.Titles[w] || strings.ContainsAny(w, "-'’") {
			continue
		}
		return ws[:i]
	}
	return ws
}

// corpCut splits an organization span after a company suffix that is not
// its last word, or drops a stock symbol after it: "Microsoft Corp. AOL" is
// two companies, "Enbridge Inc. ENB.TO" one.
func corpCut(ws []word) (first, rest []word) {
	for i := 1; i < len(ws)-1; i++ {
		k := names.Key(ws[i].text)
		if !names.CorpSuffixes[k] || k == "holdings" || k == "co" && names.Key(ws[i+1].text) == "ltd" {
			continue
		}
		if names.CorpSuffixes.Has(names.StripPossessive(ws[i+1].text)) || !names.IsCapitalized(ws[i+1].text) {
			continue
		}
		return ws[:i+1], ws[i+1:]
	}
	return ws, nil
}

// isWordBreak reports whether Key would split a word at r.
func isWordBreak(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '.' && r != '’'
}
