package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizer follows CoNLL-2003: punctuation apart, "'s" and "n't"
// apart, abbreviations, initials and dotted acronyms whole with their period,
// hyphenated words whole, "$" and "%" apart from numbers. It is our own and
// deliberately independent of extract.Tokenize, so that the gold file does not
// change when the tool's tokenizer does. One addition to CoNLL: a slash
// between two words ("REUTERS/Kim", "Smith/AP") is split, so that photo
// credits can be labeled; between digits ("1/2") it stays.

// abbreviations keep their period ("Inc.", "Mr.", "Jan.").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true, "adm": true, "rev": true,
	"st": true, "mt": true, "ft": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "bros": true, "plc": true, "vs": true, "no": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "ave": true, "dept": true, "approx": true, "est": true,
}

// clitics are split off the end of a word, longest first where one is the
// suffix of another.
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// currencies are split off the front of a number ("US$" "1.2").
var currencies = []string{"US$", "HK$", "NZ$", "A$", "C$", "S$", "$", "€", "£", "¥"}

const (
	leading  = "\"'`([{“‘«"
	trailing = "\"',;:!?)]}”’»"
)

// tokenize splits one segment of text (no markup) into tokens.
func tokenize(s string) []string {
	var out []string
	for _, chunk := range strings.Fields(s) {
		out = appendChunk(out, chunk)
	}
	return out
}

// isClitic reports whether w is a clitic written on its own, as after an
// entity: "[LOC Korea]'s".
func isClitic(w string) bool {
	for _, c := range clitics {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

func appendChunk(out []string, w string) []string {
	if len(w) > 2 && w[0] == '{' && w[len(w)-1] == '}' {
		return append(out, w[1:len(w)-1]) // verbatim token
	}
	// Leading punctuation.
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(leading, r) || n == len(w) || isClitic(trimTrailing(w)) {
			break
		}
		out = append(out, w[:n])
		w = w[n:]
	}
	// Currency before a number.
	for _, c := range currencies {
		if len(w) > len(c) && strings.HasPrefix(w, c) && isDigit(w[len(c)]) {
			out = append(out, c)
			w = w[len(c):]
			break
		}
	}
	// Trailing punctuation, collected innermost last.
	var trail []string
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if r == '.' {
			stem := w[:len(w)-1]
			if strings.HasSuffix(stem, "..") {
				k := len(w)
				for k > 0 && w[k-1] == '.' {
					k--
				}
				trail = append(trail, w[k:])
				w = w[:k]
				continue
			}
			if keepsPeriod(stem) {
				break
			}
		} else if r == '%' {
			if len(w) == 1 || !isDigit(w[len(w)-2]) {
				break
			}
		} else if !strings.ContainsRune(trailing, r) || n == len(w) || r == ';' && endsInEntity(w) {
			break
		}
		if r == '\'' && len(w) > 2 && (w[len(w)-2] == 's' || w[len(w)-2] == 'S') {
			trail = append(trail, "'") // plural possessive: "investors" "'"
			w = w[:len(w)-1]
			break
		}
		if isClitic(w) {
			break
		}
		trail = append(trail, w[len(w)-n:])
		w = w[:len(w)-n]
	}
	if w != "" {
		out = appendWord(out, w)
	}
	for k := len(trail) - 1; k >= 0; k-- {
		out = append(out, trail[k])
	}
	return out
}

// trimTrailing strips trailing punctuation, to see whether what is left is
// a clitic.
func trimTrailing(w string) string {
	return strings.TrimRight(w, ".,;:!?)]}\"")
}

// keepsPeriod reports whether word keeps a following period: an
// abbreviation, an initial or a dotted acronym ("U.S").
func keepsPeriod(word string) bool {
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") && !strings.Contains(word, "..") && !isDigit(word[len(word)-1]) {
		return true // U.S. a.m., but not 120.50
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// htmlEntities are the names of character references that scrapers leave
// behind without their "&" ("quot;", "#39;s"): debris stays one token.
var htmlEntities = []string{"quot", "amp", "lt", "gt", "apos", "nbsp"}

// endsInEntity reports whether w, which ends in ";", ends in the debris of a
// character reference: "quot;", "&gt;", "#39;".
func endsInEntity(w string) bool {
	stem := w[:len(w)-1]
	for _, e := range htmlEntities {
		if strings.HasSuffix(stem, e) {
			return true
		}
	}
	k := len(stem)
	for k > 0 && isDigit(stem[k-1]) {
		k--
	}
	return k < len(stem) && k > 0 && stem[k-1] == '#'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// appendWord splits a word without outer punctuation: dashes and slashes
// between words apart, then a clitic off the end.
func appendWord(out []string, w string) []string {
	for _, d := range []string{"—", "–", "--"} {
		if k := strings.Index(w, d); k >= 0 {
			if k > 0 {
				out = appendWord(out, w[:k])
			}
			out = append(out, d)
			if k+len(d) < len(w) {
				out = appendWord(out, w[k+len(d):])
			}
			return out
		}
	}
	if k := strings.IndexByte(w, '/'); k > 0 && k < len(w)-1 && !isDigit(w[k-1]) && !isDigit(w[k+1]) && !strings.ContainsAny(w, "&;") {
		out = appendWord(out, w[:k])
		out = append(out, "/")
		return appendWord(out, w[k+1:])
	}
	lw := strings.ToLower(w)
	for _, c := range clitics {
		if len(w) <= len(c) || !strings.HasSuffix(lw, c) {
			continue
		}
		k := len(w) - len(c)
		if c == "n't" {
			return append(out, w[:k], w[k:]) // "do" "n't", "ca" "n't"
		}
		if r, _ := utf8.DecodeLastRuneInString(w[:k]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return append(out, w[:k], w[k:])
		}
	}
	return append(out, w)
}
