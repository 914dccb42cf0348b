package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"

	"golang.org/x/text/unicode/norm"
)

// slug turns a key into the readable part of an id: "kim jong un" →
// "kim-jong-un".
func slug(key string) string { return strings.ReplaceAll(key, " ", "-") }

// edgePunct is trimmed from both ends of a mention.
func edgePunct(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‘', '’', '\'', '«', '»', '(', ')', '[', ']', '{', '}',
		',', ';', ':', '!', '?', '-', '–', '—', '*', '|', '/', '\\', '`', '…':
		return true
	}
	return unicode.IsSpace(r)
}

// word is one whitespace-separated word of a mention.
type word struct {
	text       string // cleaned: entities fixed, edge punctuation trimmed
	start, end int    // byte offsets of the cleaned word in the document text
}

// splitWords splits text[start:end] at white space, repairs lost HTML
// entities and trims quotes and punctuation from the first and last word and
// a sentence period from the last. Empty words are dropped.
func splitWords(text string, start, end int) []word {
	ws := make([]word, 0, 4)
	i := start
	for i < end {
		r, n := decodeRune(text[i:end])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := decodeRune(text[j:end])
			if isSpace(r) {
				break
			}
			j += n
		}
		// "quot;Kim" and "missilesnbsp;and" are leftovers of entities.
		s, e := i, j
		if strings.IndexByte(text[s:e], ';') >= 0 {
			for _, p := range [...]string{"quot;", "#39;", "nbsp;", "amp;"} {
				if strings.HasPrefix(text[s:e], p) {
					s += len(p)
				}
			}
		}
		ws = append(ws, word{text: text[s:e], start: s, end: e})
		i = j
	}
	if len(ws) == 0 {
		return nil
	}
	// Trim the edges; a word that trims away leaves its neighbour at the edge.
	for len(ws) > 0 {
		first := &ws[0]
		for first.start < first.end {
			r, n := utf8.DecodeRuneInString(text[first.start:first.end])
			if !edgePunct(r) {
				break
			}
			first.start += n
		}
		if first.start < first.end {
			break
		}
		ws = ws[1:]
	}
	for len(ws) > 0 {
		last := &ws[len(ws)-1]
		trimEnd(text, last)
		if last.start < last.end {
			break
		}
		ws = ws[:len(ws)-1]
	}
	out := ws[:0]
	for _, w := range ws {
		if w.start < w.end {
			w.text = text[w.start:w.end]
			if strings.IndexByte(w.text, ';') >= 0 {
				w.text = names.FixEntities(w.text)
			}
			out = append(out, w)
		}
	}
	return out
}

// decodeRune is utf8.DecodeRuneInString with a fast path for ASCII.
func decodeRune(s string) (rune, int) {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// isSpace is unicode.IsSpace with a fast path for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// trimEnd trims quotes, punctuation and a sentence period from the end of
// the last word of a mention.
func trimEnd(text string, last *word) {
	for last.end > last.start {
		seg := text[last.start:last.end]
		trimmed := false
		for _, p := range [...]string{"quot;", "nbsp;"} {
			if strings.HasSuffix(seg, p) {
				last.end -= len(p)
				trimmed = true
			}
		}
		if trimmed {
			continue
		}
		if strings.HasSuffix(seg, "..") || strings.HasSuffix(seg, "…") {
			// An ellipsis: "U.S..." is "U.S." cut short.
			t := strings.TrimRight(seg, ".…")
			last.end = last.start + len(t)
			if strings.Contains(t, ".") && last.end < len(text) {
				last.end++ // the abbreviation's own period
			}
			continue
		}
		r, n := utf8.DecodeLastRuneInString(seg)
		if r == '\'' || r == '’' {
			// Keep "Jones'" whole here; the possessive is stripped later.
			if strings.HasSuffix(strings.TrimRight(seg, "'’"), "s") {
				return
			}
		}
		if r == '.' && keepPeriod(seg) {
			return
		}
		if !edgePunct(r) && r != '.' {
			return
		}
		last.end -= n
	}
}

// keepPeriod reports whether a word's final period belongs to it: "U.S.",
// "W.", "Inc.".
func keepPeriod(w string) bool {
	base := strings.TrimSuffix(w, ".")
	if strings.Contains(base, ".") || utf8.RuneCountInString(base) == 1 {
		return true
	}
	return names.NameAbbrevs[strings.ToLower(base)]
}

// titleCase writes an all-capitals word with only its first letter in
// capitals, keeping "O'NEAL" → "O'Neal" and "JONG-UN" → "Jong-Un".
func titleCase(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r) && r != '.'
		if r == '\'' || r == '’' {
			up = true
		}
	}
	return b.String()
}

// fixCase repairs the display form of a name written in capitals by a
// headline or a wire dateline: "SHAQUILLE O'Neal" → "Shaquille O'Neal",
// "NEW YORK" → "New York"; acronyms ("KCNA", "U.S.") are kept.
func fixCase(words []string, acronyms names.Set) []string {
	allUpper := true
	for _, w := range words {
		if !names.IsUpperWord(w) {
			allUpper = false
			break
		}
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if base, ok := strings.CutSuffix(w, "."); ok && names.IsUpperWord(w) && len(base) > 1 && !strings.Contains(base, ".") && names.NameAbbrevs[strings.ToLower(base)] {
			out[i] = titleCase(w) // "ST. Louis" → "St. Louis"
			continue
		}
		if !names.IsUpperWord(w) || strings.Contains(w, ".") || acronyms.Has(w) {
			continue
		}
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		switch {
		case allUpper && len(words) > 1 && letters > 1:
			out[i] = titleCase(w)
		case !allUpper && letters > 3:
			out[i] = titleCase(w)
		}
	}
	return out
}

// caseScore ranks display forms of one name: mixed case beats all capitals
// and all lower case.
func caseScore(s string) int {
	score, first := 0, true
	for w := range strings.FieldsSeq(s) {
		inner := !first
		first = false
		switch {
		case inner && innerCapital(w): // tail12u: "Bank Of Boston" below "Bank of Boston"
			score--
		case names.IsUpperWord(w) && utf8.RuneCountInString(w) > 4:
			score -= 2
		case !names.IsCapitalized(w) && !names.MinorWords[strings.ToLower(w)]:
			score--
		}
	}
	return score
}

// nfc returns s in Unicode normal form C.
func nfc(s string) string {
	if isASCII(s) {
		return s
	}
	return norm.NFC.String(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// innerCapital reports whether w, a word inside a name, is a small word
// written with a capital ("Of", "And"): a headline's capitals recased, a
// worse display form than the body's "Bank of Boston" (tail12u).
func innerCapital(w string) bool {
	return len(w) <= maxMinorWord && names.IsCapitalized(w) && !names.IsUpperWord(w) && names.MinorWords[strings.ToLower(w)]
}

// maxMinorWord is the length in bytes of the longest of [names.MinorWords]:
// a longer word is none, without lowering its case (caseScore runs in every
// comparison of longestName).
var maxMinorWord = func() int {
	n := 0
	for w := range names.MinorWords {
		n = max(n, len(w))
	}
	return n
}()
