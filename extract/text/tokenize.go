package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"
)

// Token is one token of cleaned text.
type Token struct {
	Text  string
	Start int // byte offset into the text
	End   int // byte offset into the text, exclusive
}

// Sentence is a run of tokens.
type Sentence struct {
	Start  int // byte offset of the first token
	End    int // byte offset after the last token
	Tokens []Token
}

// Tokenize splits cleaned text into sentences of tokens, the way the
// CoNLL-2003 data is tokenized: punctuation apart, a possessive "'s" and
// "n't" apart ("Korea 's"), abbreviations ("U.S.", "Gen.") and hyphenated
// words whole. A sentence ends after ".", "!" or "?" (with any closing quotes
// or brackets), at a paragraph break, and at a line that is a headline or
// dateline of its own.
func Tokenize(text string) []Sentence {
	var sents []Sentence
	// The tokens of every sentence are appended to one slice, sized for
	// news text (5 to 6 bytes a token), and each sentence is a piece of it:
	// growing a slice per sentence from nothing cost about half of the
	// tokenizer's time and nine in ten of its allocations. all[start:] is the
	// sentence being read.
	all := make([]Token, 0, len(text)/5+4)
	start := 0
	flush := func() {
		if len(all) > start {
			cur := all[start:len(all):len(all)] // a sentence's tokens cannot be appended over the next's
			sents = append(sents, Sentence{Start: cur[0].Start, End: cur[len(cur)-1].End, Tokens: cur})
			start = len(all)
		}
	}
	i := 0
	endPending := false // the last token ended a sentence, unless closers follow
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if c == '\n' {
			j := i
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\r' || text[j] == '\t') {
				j++
			}
			if strings.Count(text[i:j], "\n") >= 2 {
				flush() // paragraph break
				endPending = false
			}
			i = j
			continue
		}
		// A whitespace-delimited chunk.
		j := i
		for j < len(text) && !isSpaceByte(text[j]) {
			j++
		}
		n0 := len(all)
		all = appendChunk(all, text, i, j)
		// The chunk's tokens are read where appendChunk left them: each
		// is appended back over itself, so none is copied out first.
		chunk := all[n0:]
		all = all[:n0]
		for k, t := range chunk {
			if endPending && !isCloser(t.Text) {
				flush()
			}
			endPending = false
			all = append(all, t)
			if k+1 < len(chunk) && (isLeader(t.Text, chunk[k+1].Text) || gluedDots(t.Text, chunk[k+1].Text)) {
				continue // dotted leader: "Irving Securities....7.10" goes on, as "TEMP..MIN"
			}
			if t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "..." || t.Text == "…" {
				endPending = true
			} else if endPending = endPending && isCloser(t.Text); len(all)-start > 1 && isCloser(t.Text) {
				p := all[len(all)-2].Text
				endPending = p == "." || p == "!" || p == "?" || (isCloser(p) && sentenceEnded(all[start:]))
			}
		}
		i = j
	}
	flush()
	return sents
}

// sentenceEnded reports whether the tokens end with end punctuation followed
// only by closers.
func sentenceEnded(toks []Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		switch t := toks[k].Text; {
		case t == "." || t == "!" || t == "?":
			return true
		case isCloser(t):
		default:
			return false
		}
	}
	return false
}

func isCloser(t string) bool {
	switch t {
	case `"`, "'", "”", "’", ")", "]", "}", "''":
		return true
	}
	return false
}

// appendChunk appends the tokens of the whitespace-free text[i:j] to dst.
// A dotted leader glued between a word and a number is a token of its own
// ("Securities" "...." "7.10").
func appendChunk(dst []Token, text string, i, j int) []Token {
	if k, e := leaderAt(text[i:j]); k > 0 {
		dst = appendChunk(dst, text, i, i+k)
		dst = append(dst, Token{Text: text[i+k : i+e], Start: i + k, End: i + e})
		return appendChunk(dst, text, i+e, j)
	}
	if k, e := dotsGlueAt(text[i:j]); k > 0 {
		dst = appendChunk(dst, text, i, i+k)
		dst = append(dst, Token{Text: text[i+k : i+e], Start: i + k, End: i + e})
		return appendChunk(dst, text, i+e, j)
	}
	if k := commaGlueAt(text[i:j]); k > 0 {
		dst = appendChunk(dst, text, i, i+k)
		dst = append(dst, Token{Text: ",", Start: i + k, End: i + k + 1})
		return appendChunk(dst, text, i+k+1, j)
	}
	if k := periodGlueAt(text[i:j]); k > 0 {
		// The full stop is a token of its own even after an abbreviation
		// ("Calif.Zorbit"): the sentence ends there.
		dst = appendChunk(dst, text, i, i+k)
		dst = append(dst, Token{Text: ".", Start: i + k, End: i + k + 1})
		return appendChunk(dst, text, i+k+1, j)
	}
	var trailBuf [8]Token
	trail := trailBuf[:0]
	// Leading punctuation.
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:j])
		if !strings.ContainsRune("\"'`([{“‘«<", r) || i+n == j && r == '\'' {
			break
		}
		dst = append(dst, Token{Text: text[i : i+n], Start: i, End: i + n})
		i += n
	}
	// Trailing punctuation, innermost last.
	for i < j {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if r == '.' {
			word := text[i : j-1]
			if strings.HasSuffix(word, "..") { // ellipsis
				k := j
				for k > i && text[k-1] == '.' {
					k--
				}
				trail = append(trail, Token{Text: text[k:j], Start: k, End: j})
				j = k
				continue
			}
			if strings.HasSuffix(word, ".") {
				if keepsPeriod(word[:len(word)-1]) {
					// "U.S.." : the abbreviation's period, then the full stop.
					trail = append(trail, Token{Text: ".", Start: j - 1, End: j})
					j--
					break
				}
				// "Prime.." : two dots after a word are a token of their own.
				trail = append(trail, Token{Text: "..", Start: j - 2, End: j})
				j -= 2
				continue
			}
			if keepsPeriod(word) {
				break
			}
		} else if !strings.ContainsRune(`"',;:!?)]}”’»…>`, r) {
			break
		}
		if r == '\'' && j-i > 1 && (text[j-2] == 's' || text[j-2] == 'S') && j-i > 2 {
			// "countries'" : a possessive apostrophe, its own token like "'s".
			trail = append(trail, Token{Text: "'", Start: j - 1, End: j})
			j--
			break
		}
		trail = append(trail, Token{Text: text[j-n : j], Start: j - n, End: j})
		j -= n
	}
	if i < j {
		dst = appendWord(dst, text, i, j)
	}
	for k := len(trail) - 1; k >= 0; k-- {
		dst = append(dst, trail[k])
	}
	return dst
}

// keepsPeriod reports whether word keeps a following period: an
// abbreviation, an initial or a dotted acronym ("U.S").
func keepsPeriod(word string) bool {
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") && !strings.Contains(word, "..") {
		return true // U.S. a.m.
	}
	if len(word) == 1 && isUpper(word[0]) {
		return true // an initial: "James E. McGreevey"
	}
	return names.Abbreviations[strings.ToLower(word)] || names.FirmAbbrevsTitleCase[word]
}

// needsSplit reports a dash, an apostrophe or the first byte of a UTF-8
// dash or typographic apostrophe (E2 80 xx) in w.
func needsSplit(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c == '-' || c == '\'' || c == 0xe2 {
			return true
		}
	}
	return false
}

var clitics = []string{"n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m"}

// isLeader reports whether tok, followed in the same chunk by next, is a
// dotted leader: three dots or more before a number.
func isLeader(tok, next string) bool {
	return len(tok) >= 3 && strings.Trim(tok, ".") == "" && next != "" && isDigit(next[0])
}

// gluedDots reports whether tok, followed in the same chunk by next, is a
// run of dots [dotsGlueAt] cut from between two words: like a leader, it
// does not end the sentence.
func gluedDots(tok, next string) bool {
	return len(tok) >= 2 && strings.Trim(tok, ".") == "" && next != "" && (isUpper(next[0]) || next[0] == '(')
}

// leaderAt returns the bounds, in w, of a dotted leader glued between a
// word and a number ("Securities....7.10"), or -1, -1.
func leaderAt(w string) (int, int) {
	if len(w) < 5 { // a word, three dots and a digit at least
		return -1, -1
	}
	k := indexDots(w)
	if k <= 0 {
		return -1, -1
	}
	e := k + 3
	for e < len(w) && w[e] == '.' {
		e++
	}
	if e == len(w) || !isDigit(w[e]) || !isWordByte(w[k-1]) && w[k-1] != ')' {
		return -1, -1
	}
	return k, e
}

// dotsGlueAt returns the bounds, in w, of a run of two dots or more glued
// between a word and a capitalized word or a bracket ("TEMP..MIN",
// "Strip....They", "Bank...(Quarbin"), or -1, -1: the dots are a token of
// their own, so no name runs across them. A run before a lower-case word
// ("Wait...what") stays in its word, as one before a number is a leader.
func dotsGlueAt(w string) (int, int) {
	if len(w) < 4 { // a word, two dots and a capital at least
		return -1, -1
	}
	k := indexTwoDots(w)
	if k <= 0 {
		return -1, -1
	}
	e := k + 2
	for e < len(w) && w[e] == '.' {
		e++
	}
	if e == len(w) || !isUpper(w[e]) && w[e] != '(' || !isWordByte(w[k-1]) && w[k-1] != ')' {
		return -1, -1
	}
	return k, e
}

// indexTwoDots is strings.Index(w, "..") written out, as [indexDots]:
// every second byte is read, and a dot there is checked with its neighbours.
func indexTwoDots(w string) int {
	for i := 1; i < len(w); i += 2 {
		if w[i] != '.' {
			continue
		}
		if w[i-1] == '.' {
			return i - 1
		}
		if i+1 < len(w) && w[i+1] == '.' {
			return i
		}
	}
	return -1
}

// commaGlueAt returns the index in w of a comma glued between a word and a
// number through a lost space ("Appleton,31" of "Natalie Appleton,31,
// walked out"), or -1. The word is two letters at least and holds no
// digit, so a number's thousands ("155,221") and codes ("A4,5") stay whole.
func commaGlueAt(w string) int {
	k := strings.IndexByte(w, ',')
	if k < 2 || k+1 >= len(w) || !isDigit(w[k+1]) || !isLetter(w[k-1]) || !isLetter(w[k-2]) {
		return -1
	}
	for c := 0; c < k; c++ {
		if isDigit(w[c]) {
			return -1
		}
	}
	return k
}

// periodGlueAt returns the index in w of a full stop glued between two
// sentences through a lost space ("Division.Those" of "It should have been
// Quarbin Division.Those guys played"), or -1: two lower-case letters
// before it, and after it a word that opens sentences ([sentenceOpeners]:
// "The", "He", "Those") or, after an abbreviation ("Calif.Zorbit"), any
// capitalized word. A code name ("Downloader.Zorbit", a virus), an e-mail
// or web address ("ann.Rigby@quarbin.com", a chunk with another full stop,
// an "@" or a "/"), a ticker in angle brackets ("<Zorb.He>") and an initial ("St.Albans", whose "t" has a capital
// before it) stay whole.
func periodGlueAt(w string) int {
	k := strings.IndexByte(w, '.')
	if k < 2 || k+2 >= len(w) || !isLowerByte(w[k-1]) || !isLowerByte(w[k-2]) || !isUpper(w[k+1]) || !isLowerByte(w[k+2]) {
		return -1
	}
	rest := w[k+1:]
	if strings.ContainsAny(rest, "./@>") || strings.ContainsAny(w[:k], "/@<") {
		return -1 // an address, or a ticker in angle brackets ("<Zorb.He>", Helsinki)
	}
	e := 1
	for e < len(rest) && isLowerByte(rest[e]) {
		e++
	}
	if sentenceOpeners[rest[:e]] {
		return k
	}
	b := k
	for b > 0 && (isLowerByte(w[b-1]) || isUpper(w[b-1])) {
		b--
	}
	if b < k && names.Abbreviations[strings.ToLower(w[b:k])] {
		return k
	}
	return -1
}

// sentenceOpeners are the words that open a sentence glued to the one
// before: pronouns, articles, determiners and conjunctions, capitalized.
var sentenceOpeners = map[string]bool{"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "My": true, "Your": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "But": true, "And": true, "So": true, "If": true, "In": true, "On": true, "At": true,
	"As": true, "What": true, "When": true, "Why": true, "How": true, "However": true, "Then": true}

// isLowerByte reports whether c is a lower-case ASCII letter.
func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }

// indexDots is strings.Index(w, "...") written out: leaderAt asks it of
// every word, and words are short.
func indexDots(w string) int {
	for i := 0; i+2 < len(w); i++ {
		if w[i+2] != '.' {
			i += 2 // no "..." starts at i, i+1 or i+2
			continue
		}
		if w[i] == '.' && w[i+1] == '.' {
			return i
		}
	}
	return -1
}

// appendWord appends a word split into a stem and a clitic ("Korea" "'s",
// "do" "n't"), with dashes apart.
func appendWord(dst []Token, text string, i, j int) []Token {
	w := text[i:j]
	if !needsSplit(w) {
		return append(dst, Token{Text: w, Start: i, End: j})
	}
	// Em and en dashes, and "--", separate words.
	for _, d := range []string{"—", "–", "--"} {
		if k := strings.Index(w, d); k >= 0 {
			if k > 0 {
				dst = appendWord(dst, text, i, i+k)
			}
			dst = append(dst, Token{Text: d, Start: i + k, End: i + k + len(d)})
			if i+k+len(d) < j {
				dst = appendWord(dst, text, i+k+len(d), j)
			}
			return dst
		}
	}
	for _, cl := range clitics {
		if len(w) > len(cl) && strings.EqualFold(w[len(w)-len(cl):], cl) {
			k := j - len(cl)
			r, _ := utf8.DecodeLastRuneInString(text[i:k])
			if (cl == "n't" && k > i) || unicode.IsLetter(r) || unicode.IsDigit(r) {
				return append(dst, Token{Text: text[i:k], Start: i, End: k}, Token{Text: text[k:j], Start: k, End: j})
			}
			if r == '>' && k-i > 1 {
				// "<Belkin Inc>'s": the bracket closes the name before the
				// possessive.
				return append(dst, Token{Text: text[i : k-1], Start: i, End: k - 1}, Token{Text: ">", Start: k - 1, End: k}, Token{Text: text[k:j], Start: k, End: j})
			}
		}
	}
	return append(dst, Token{Text: w, Start: i, End: j})
}
