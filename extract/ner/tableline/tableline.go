// Package tableline tells lines of tables and lists from lines of prose:
// price tables, sports results and standings, company earnings ("Shr 12
// cts vs 10 cts"), lines with dotted leaders ("Irving Securities....7.10").
// In such lines capitalized words are row labels, units and column
// headings as often as names, so the recognizer treats them apart, and the
// text stage can flag them.
//
// The tests are pure functions of a line's tokens (as the CoNLL-2003
// tokenization splits them), so that they give the same answer wherever
// they are called.
package tableline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a table line looks like.
type Kind uint8

// Kinds of lines.
const (
	Prose   Kind = iota // not a table line
	Numbers             // mostly numbers and names: results, standings, prices
	Versus              // earnings: "Net 807,000 vs 2,858,000"
	Leaders             // dotted leaders: "Irving Securities....7.10"
)

// Classify tells whether tokens form a table line, and of which kind.
func Classify(tokens []string) Kind {
	if len(tokens) == 0 {
		return Prose
	}
	nums, words, prose := 0, 0, 0
	versus := false
	for i, t := range tokens {
		if isLeader(tokens, i) {
			return Leaders
		}
		if prose >= 2 {
			// Prose, unless a dotted leader comes: the counts no longer
			// matter, and looking words up in unitWords was most of the
			// time of tagging a sentence of prose here.
			continue
		}
		switch {
		case isNumber(t):
			nums++
		case isWord(t):
			words++
			if (strings.EqualFold(t, "vs") || strings.EqualFold(t, "vs.")) && i > 0 && i+1 < len(tokens) {
				versus = true
			}
			if len(t) >= 3 && isLowerWord(t) && !unitWords[t] {
				prose++
			}
		}
	}
	if versus && nums >= 1 && prose <= 1 {
		return Versus
	}
	switch {
	case nums >= 2 && prose == 0 && 5*nums >= len(tokens):
		return Numbers
	case nums >= 4 && 2*nums >= len(tokens) && prose <= 1:
		return Numbers
	}
	return Prose
}

// Is reports whether tokens form a table line of any kind.
func Is(tokens []string) bool { return Classify(tokens) != Prose }

// IsLabelWord reports whether a word (in lower case) is, in a table line,
// a row label, unit or period rather than a name: "shr", "revs", "mths",
// "nine", "apr", "fob". The recognizer never makes such a word part of an
// entity in a table line.
func IsLabelWord(lower string) bool { return labelWords[lower] || unitWords[lower] }

var labelWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`shr shrs shr. shares share oper net revs rev revenue revenues sales qtr qtrly qtly quarter
		mths mth months month wks weeks year yr yrs annual div dividend avg avge average note notes assets deposits loans
		profit loss income operating extraordinary gain gains tax credit pretax prior period periods ended
		crude fob cif fas spot chg change pct vol volume
		jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
		october november december mon tue tues wed thu thur thurs fri sat sun
		one two three four five six seven eight nine ten eleven twelve 1st 2nd 3rd 4th
		vs vs. cts dlrs dlr mln bln pct n/a na nil est estimated ytd`) {
		m[w] = true
	}
	return m
}()

// unitWords are lower-case words of table lines that are not prose.
var unitWords = map[string]bool{
	"cts": true, "dlrs": true, "mln": true, "bln": true, "billion": true, "million": true, "pct": true,
	"mths": true, "shrs": true, "shr": true, "vs": true, "avg": true, "qtr": true, "yr": true, "wks": true,
	"pts": true, "min": true, "sec": true, "secs": true, "lbs": true, "kg": true, "tonnes": true, "points": true,
	"and": true, "pence": true, "per": true, "share": true, "net": true, "profit": true, "loss": true,
	"not": true, "n/a": true, "nil": true, "vol": true, "rev": true, "revs": true, "oper": true,
	"dlr": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
}

// isLeader reports whether tokens[i] is or holds a dotted leader: three
// dots or more glued to a word or number ("Securities....7.10"), or
// standing between a word, number or bracket and a number that no prose
// follows ("Securities .... 7.10", "( FOB ) ... 6.95", as the tokenizer of
// package text splits them; not "and then ... 5 people left").
func isLeader(tokens []string, i int) bool {
	t := tokens[i]
	if !hasDots(t) {
		return false
	}
	if strings.Trim(t, ".") != "" {
		return hasAlnum(t)
	}
	if i == 0 || i+1 >= len(tokens) || !isNumber(tokens[i+1]) {
		return false
	}
	if p := tokens[i-1]; !hasAlnum(p) && p != ")" {
		return false
	}
	if i+2 == len(tokens) {
		return true
	}
	n := tokens[i+2]
	return !(len(n) >= 3 && isLowerWord(n) && !unitWords[n] && !trendWords[n])
}

// hasDots is strings.Contains(t, "...") written out: isLeader asks it of
// every token, and tokens are short.
func hasDots(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		if t[i+2] != '.' {
			i += 2 // no "..." starts at i, i+1 or i+2
			continue
		}
		if t[i] == '.' && t[i+1] == '.' {
			return true
		}
	}
	return false
}

// trendWords follow a number in a table of changes ("614 down ..... 131").
var trendWords = map[string]bool{"up": true, "down": true, "unch": true, "unchanged": true, "off": true}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isNumber: digits with separators ("1,234", "3.5", "12-5", "1:30.2",
// "+0.5", "10/11", "23%", "1/2").
func isNumber(t string) bool {
	digits := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case strings.IndexByte(",.-+:/%()", c) >= 0:
		default:
			return false
		}
	}
	return digits > 0
}

func isWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r)
}

func isLowerWord(t string) bool {
	for _, r := range t {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
