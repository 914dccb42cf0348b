package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"
)

// isDash reports whether s is a dash used in credits: "-", "--", "—", "–".
func isDash(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r != '-' && r != '—' && r != '–' {
			return false
		}
	}
	return true
}

// prevWord returns the non-space run ending before i and its start. An
// ASCII letter is stepped over in line (wordEndRune is not inlined).
func prevWord(text string, i int) (string, int) {
	j := i
	for j > 0 {
		r, n := wordEndRune(text[:j])
		if !wordSpace(r) {
			break
		}
		j -= n
	}
	k := j
	for k > 0 {
		if c := text[k-1]; c > ' ' && c < utf8.RuneSelf {
			k--
			continue
		}
		r, n := wordEndRune(text[:k])
		if wordSpace(r) {
			break
		}
		k -= n
	}
	return text[k:j], k
}

// nextWord returns the non-space run starting at or after i and its end.
// An ASCII byte is read in line (wordStartRune is not inlined); a rune
// outside ASCII is decoded.
func nextWord(text string, i int) (string, int) {
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !wordSpace(r) {
			break
		}
		j += n
	}
	k := j
	for k < len(text) {
		if c := text[k]; c > ' ' && c < utf8.RuneSelf {
			k++
			continue
		}
		r, n := wordStartRune(text[k:])
		if wordSpace(r) {
			break
		}
		k += n
	}
	return text[j:k], k
}

// wordStartRune and wordEndRune are utf8.DecodeRuneInString and
// utf8.DecodeLastRuneInString with the ASCII case in line: prevWord and
// nextWord step over most of a text's letters a byte at a time.
func wordStartRune(s string) (rune, int) {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s)
}

func wordEndRune(s string) (rune, int) {
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s)
}

// wordSpace is unicode.IsSpace with the ASCII case in line.
func wordSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// lineStart reports whether only spaces stand between the start of the line
// (or of the text) and i.
func lineStart(text string, i int) bool {
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		j -= n
	}
	return true
}

// lineEnd reports whether only spaces, periods and leftover entities stand
// between i and the end of the line (or of the text).
func lineEnd(text string, i int) bool {
	for j := i; j < len(text); {
		if strings.HasPrefix(text[j:], "nbsp;") {
			j += 5
			continue
		}
		if strings.HasPrefix(text[j:], "^M") { // a carriage return written out
			j += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) && r != '.' && r != '\u00a0' {
			return false
		}
		j += n
	}
	return true
}

// creditRole decides whether the mention text[start:end] is a credit or an
// attribution. outlet says whether the entity is a known agency or a media
// name; plain organizations are sources only in datelines and bylines.
func creditRole(text string, start, end int, outlet bool) bool {
	before, bstart := prevWord(text, start)
	after, _ := nextWord(text, end)
	// Bare or trailing "(Reuters)": the parenthesis is outside the span.
	openParen := strings.HasSuffix(before, "(") || strings.HasPrefix(text[start:end], "(")
	closeParen := strings.HasPrefix(after, ")") || strings.HasSuffix(text[start:end], ")")
	if openParen && closeParen {
		rest := strings.TrimPrefix(after, ")")
		// "WASHINGTON (Reuters) -" and a headline's "(AP)" at the end.
		if isDash(rest) || (rest == "" && isDash(nextAfter(text, end))) {
			return true
		}
		// "(AP)" at the end of a headline; "Referee: Mike Riley (Leeds)"
		// and "Ministry of Trade (MITI)" are no credits.
		if lineEnd(text, skipParen(text, end)) && (outlet || !definesAcronym(text, start)) {
			return true
		}
		return outlet && !definesAcronym(text, start)
	}
	// "— Reuters" at the end of a line.
	if isDash(before) && lineEnd(text, end) {
		return true
	}
	// "AP - Shaquille O'Neal ..." at the start of a line.
	if lineStart(text, start) && isDash(after) {
		return true
	}
	if !outlet {
		return false
	}
	// "CANBERRA, Aug 2 AAP - ": an outlet between a dateline's date and
	// its dash.
	if isDash(after) && strings.Trim(before, "0123456789") == "" {
		if m, _ := prevWord(text, bstart); names.NoExtend.Has(m) {
			return true
		}
	}
	// "Reuter" alone on the last line.
	if aloneOnLine(text, start, end) {
		return true
	}
	// "KCNA said", "according to KCNA".
	if names.SayVerbs[strings.ToLower(strings.Trim(after, ".,;:"))] {
		return true
	}
	// "according to the official Saudi Press Agency".
	for i := 0; i < 3 && beforeCredit.Has(before); i++ {
		before, bstart = prevWord(text, bstart)
	}
	switch strings.ToLower(before) {
	case "to":
		w, _ := prevWord(text, bstart)
		if strings.ToLower(w) == "according" {
			return true
		}
	case "by":
		// "released by Tass", "a statement carried by the official Saudi
		// Press Agency".
		w, _ := prevWord(text, bstart)
		return carriedBy[strings.ToLower(w)]
	}
	return false
}

// beforeCredit are the words between "according to" and an agency.
var beforeCredit = names.Set{"the": true, "official": true, "state": true, "state run": true}

// carriedBy are the verbs before "by" and an agency that credit it: "a
// statement carried by Tass".
var carriedBy = names.Set{"released": true, "carried": true, "reported": true, "quoted": true,
	"published": true, "issued": true, "distributed": true, "broadcast": true, "monitored": true}

// aloneOnLine reports whether text[start:end] is the whole of its line,
// as the "Reuter" that ends 1980s Reuters copy is.
func aloneOnLine(text string, start, end int) bool {
	if !lineEnd(text, end) {
		return false
	}
	if lineStart(text, start) {
		return true
	}
	// "... he said. REUTER": the sign-off run on to the last sentence.
	p, _ := prevWord(text, start)
	return names.IsUpperWord(text[start:end]) && (strings.TrimRight(p, `"'’”)`) != p || strings.HasSuffix(p, "."))
}

// nextAfter returns the word after the one starting at i.
func nextAfter(text string, i int) string {
	_, e := nextWord(text, i)
	w, _ := nextWord(text, e)
	return w
}

// skipParen returns the offset after a ")" that follows i.
func skipParen(text string, i int) int {
	for j := i; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == ')' {
			return j + n
		}
		if !unicode.IsSpace(r) {
			return i
		}
		j += n
	}
	return i
}

// definesAcronym reports whether the "(" before the mention at start follows
// a capitalized word, as in "Korean Central News Agency (KCNA)".
func definesAcronym(text string, start int) bool {
	p := strings.LastIndexByte(text[:min(start+1, len(text))], '(')
	if p < 0 {
		return false
	}
	w, _ := prevWord(text, p)
	return w != "" && names.IsCapitalized(w) && !isDash(w) && !strings.HasSuffix(w, ")")
}
