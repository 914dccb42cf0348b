package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits cleaned text into sentences of tokens, the way the
// CoNLL-2003 data is tokenized: punctuation apart, a possessive "'s" and
// "n't" apart ("Korea 's"), abbreviations ("U.S.", "Gen.") and hyphenated
// words whole. A sentence ends after ".", "!" or "?" (with any closing quotes
// or brackets), at a paragraph break, and at a line that is a headline or
// dateline of its own.
func Tokenize(text string) []Sentence {
	var sents []Sentence
	var cur []Token
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, Sentence{Start: cur[0].Start, End: cur[len(cur)-1].End, Tokens: cur})
			cur = nil
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
		for _, t := range splitChunk(text, i, j) {
			if endPending && !isCloser(t.Text) {
				flush()
			}
			endPending = false
			cur = append(cur, t)
			if t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "..." || t.Text == "…" {
				endPending = true
			} else if endPending = endPending && isCloser(t.Text); len(cur) > 1 && isCloser(t.Text) {
				p := cur[len(cur)-2].Text
				endPending = p == "." || p == "!" || p == "?" || (isCloser(p) && sentenceEnded(cur))
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

// abbreviations keep their period: titles, months, company forms.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "capt": true, "sgt": true, "maj": true, "cmdr": true, "adm": true,
	"rev": true, "hon": true, "pres": true, "st": true, "mt": true, "ft": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "plc": true, "vs": true, "jan": true, "feb": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "tue": true, "tues": true, "thu": true, "thur": true, "thurs": true, "fri": true, "ave": true,
	"blvd": true, "dept": true, "univ": true, "approx": true, "calif": true, "fla": true, "penn": true, "conn": true, "ariz": true,
	"mich": true, "minn": true, "okla": true, "tenn": true, "colo": true,
}

// splitChunk splits the whitespace-free text[i:j] into tokens.
func splitChunk(text string, i, j int) []Token {
	var lead, trail []Token
	// Leading punctuation.
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:j])
		if !strings.ContainsRune("\"'`([{“‘«", r) || i+n == j && r == '\'' {
			break
		}
		lead = append(lead, Token{Text: text[i : i+n], Start: i, End: i + n})
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
			if keepsPeriod(word) {
				break
			}
		} else if !strings.ContainsRune(`"',;:!?)]}”’»…`, r) {
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
	var mid []Token
	if i < j {
		mid = splitWord(text, i, j)
	}
	out := lead
	out = append(out, mid...)
	for k := len(trail) - 1; k >= 0; k-- {
		out = append(out, trail[k])
	}
	return out
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
	return abbreviations[strings.ToLower(word)]
}

// splitWord splits a word into a stem and a clitic ("Korea" "'s", "do"
// "n't") and splits off dashes.
func splitWord(text string, i, j int) []Token {
	w := text[i:j]
	// Em and en dashes, and "--", separate words.
	for _, d := range []string{"—", "–", "--"} {
		if k := strings.Index(w, d); k >= 0 {
			var out []Token
			if k > 0 {
				out = append(out, splitWord(text, i, i+k)...)
			}
			out = append(out, Token{Text: d, Start: i + k, End: i + k + len(d)})
			if i+k+len(d) < j {
				out = append(out, splitWord(text, i+k+len(d), j)...)
			}
			return out
		}
	}
	lw := strings.ToLower(w)
	for _, cl := range []string{"n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(lw, cl) && len(w) > len(cl) {
			k := j - len(cl)
			if cl == "n't" && k > i {
				return []Token{{Text: text[i:k], Start: i, End: k}, {Text: text[k:j], Start: k, End: j}}
			}
			if r, _ := utf8.DecodeLastRuneInString(text[i:k]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				return []Token{{Text: text[i:k], Start: i, End: k}, {Text: text[k:j], Start: k, End: j}}
			}
		}
	}
	return []Token{{Text: w, Start: i, End: j}}
}
