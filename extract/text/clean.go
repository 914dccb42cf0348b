package text

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean repairs scraped news text: it decodes HTML entities, including the
// debris left when a scraper lost the "&" ("Pyongyang#39;s", " quot;",
// "anbsp;military"), strips HTML tags, replaces invalid UTF-8 and control
// characters, normalizes to Unicode NFC and folds runs of blanks into one
// space, keeping single line breaks and paragraph breaks (one blank line).
//
// The result is valid UTF-8 and Clean(Clean(s)) == Clean(s).
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = quotePossessives(s) // tail10ya
	for {
		t := cleanOnce(s)
		if t == s {
			return s
		}
		if !hasMarkup(t) {
			// Another pass would only normalize to NFC and fold blanks,
			// which leave their own output as it is (FuzzClean checks
			// it): it would change nothing, and cost as much as this one.
			return t
		}
		s = t
	}
}

// cleanOnce is one pass of Clean. Every pass that changes its input makes it
// shorter, removes a backslash or turns a mismatched bracket of a ticker
// into a parenthesis, so repeating it reaches a fixed point.
func cleanOnce(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, ';') >= 0 {
		s = fixDebris(s)
	}
	if strings.IndexByte(s, '<') >= 0 || strings.IndexByte(s, '>') >= 0 {
		s = stripTags(s)
	}
	if !isASCII(s) { // ASCII is NFC already, and norm's check is slower
		s = norm.NFC.String(s)
	}
	return normalizeSpace(s)
}

// hasMarkup is strings.ContainsAny(t, "&;<>") as four byte searches, each
// far faster on a whole text than ContainsAny's byte at a time.
func hasMarkup(t string) bool {
	return strings.IndexByte(t, '&') >= 0 || strings.IndexByte(t, ';') >= 0 ||
		strings.IndexByte(t, '<') >= 0 || strings.IndexByte(t, '>') >= 0
}

// isASCII reports whether s is all ASCII, eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// debris maps the names of entities whose "&" was lost to their text. Only
// names that no English word ends in are repaired when glued to a word;
// "amp", "lt" and "gt" ("camp;", "felt;") only after a space.
var debris = map[string]string{
	"quot": `"`, "apos": "'", "nbsp": " ", "amp": "&", "lt": "<", "gt": ">",
	"mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’",
	"ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·",
	"bull": "•", "euro": "€", "pound": "£",
}

var unsafeGlued = map[string]bool{"amp": true, "lt": true, "gt": true, "pound": true, "bull": true, "euro": true}

// fixDebris repairs entity debris ending at each ';'.
func fixDebris(s string) string {
	var b strings.Builder
	last := 0 // s[last:] is not yet copied
	for i := 0; i < len(s); i++ {
		if s[i] != ';' {
			continue
		}
		start, text, ok := debrisAt(s, i)
		if !ok || start < last || (start > 0 && s[start-1] == '&') {
			continue // a real entity: html.UnescapeString takes it on the next pass
		}
		glued := start > 0 && isWordByte(s[start-1])
		if glued && unsafeGlued[s[start:i]] {
			continue
		}
		cut := start // where the copied prefix ends
		if start > 0 && s[start-1] == ' ' && spaceWasAmpersand(s, start, i+1, text) {
			cut = start - 1
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:cut])
		b.WriteString(text)
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// debrisAt finds entity debris ending with the ';' at s[semi]: a known name
// or '#' and a decimal or hexadecimal code. It returns where the debris
// starts and its text.
func debrisAt(s string, semi int) (start int, text string, ok bool) {
	j := semi
	for j > 0 && semi-j < 8 && isDigit(s[j-1]) {
		j--
	}
	if j < semi && j > 0 && s[j-1] == '#' {
		code := 0
		for _, c := range s[j:semi] {
			code = code*10 + int(c-'0')
		}
		if t, ok := codeText(code); ok {
			return j - 1, t, true
		}
		return 0, "", false
	}
	j = semi
	for j > 0 && semi-j < 7 && isHex(s[j-1]) {
		j--
	}
	if j < semi && j > 1 && (s[j-1] == 'x' || s[j-1] == 'X') && s[j-2] == '#' {
		code := 0
		for _, c := range s[j:semi] {
			code = code*16 + hexVal(byte(c))
		}
		if t, ok := codeText(code); ok {
			return j - 2, t, true
		}
	}
	// Longest known name that s[:semi] ends with.
	for n := 6; n >= 2; n-- {
		if semi < n {
			continue
		}
		name := s[semi-n : semi]
		if t, ok := debris[name]; ok {
			if semi-n > 0 && isLetter(s[semi-n-1]) && unsafeGlued[name] {
				return 0, "", false
			}
			return semi - n, t, true
		}
	}
	return 0, "", false
}

// cp1252 gives the characters that HTML maps numeric references 128-159 to.
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// codeText is the text of a numeric character reference, refusing control
// characters so that "#5;" in ordinary text stays as it is.
func codeText(code int) (string, bool) {
	switch {
	case code >= 128 && code < 160:
		if r := cp1252[code-128]; r != 0 {
			return string(r), true
		}
		return "", false
	case code == 160:
		return " ", true
	case code < 32 || code == 127 || code > utf8.MaxRune || (code >= 0xD800 && code < 0xE000):
		return "", false
	}
	return string(rune(code)), true
}

// spaceWasAmpersand reports whether the blank before debris s[start:end]
// most likely stood for the lost "&", so that it should go: apostrophes and
// closing quotes join the word before them ("IEEE #39;s" is "IEEE's"), and
// "AT amp;T" is "AT&T".
func spaceWasAmpersand(s string, start, end int, text string) bool {
	next := byte(' ')
	if end < len(s) {
		next = s[end]
	}
	prev := byte(' ')
	if start >= 2 {
		prev = s[start-2]
	}
	switch text {
	case "'", "’":
		return prev != ' '
	case `"`, "”":
		return prev != ' ' && (next == ' ' || next == '\n' || strings.IndexByte(".,;:!?)", next) >= 0)
	case "&":
		return isUpper(prev) && isUpper(next)
	}
	return false
}

// stripTags replaces HTML tags such as <br> or </p> by a space. Angle
// brackets around a name, as Reuters writes companies ("<Airbus
// Industrie>", "<Union\nRueckversicherungs-Gesellschaft>"), are kept with
// the name: stripped as a tag, the company was lost. Brackets that lost
// their partner around a name go ("<Heritage Cattle <Corp>"), and a
// ticker whose brackets do not match, "(OLIV.MI>", gets a closing
// parenthesis.
func stripTags(s string) string {
	t := tagStripper{s: s}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '>':
			t.closing(i)
		case '<':
			i = t.opening(i)
		}
	}
	if t.last == 0 {
		return s
	}
	t.b.WriteString(s[t.last:])
	return t.b.String()
}

// tagStripper is the state of stripTags: the text, what is written so far
// and where the text not yet copied begins.
type tagStripper struct {
	s    string
	b    strings.Builder
	last int
}

// put copies the text up to upTo, then with, and skips the text up to
// next.
func (t *tagStripper) put(upTo int, with string, next int) {
	if t.b.Len() == 0 {
		t.b.Grow(len(t.s))
	}
	t.b.WriteString(t.s[t.last:upTo])
	t.b.WriteString(with)
	t.last = next
}

// closing handles the '>' at i that no '<' opened: a ticker's, "(OLIV.MI>",
// gets its parenthesis, and a name's, "Road Corp>,", goes.
func (t *tagStripper) closing(i int) {
	s := t.s
	if i == 0 {
		return
	}
	if j := tickerStart(s, i); j > 0 && s[j-1] == '(' {
		t.put(i, ")", i+1)
	} else if (isLetter(s[i-1]) || s[i-1] == '.') && (i+1 == len(s) || !isWordByte(s[i+1]) && s[i+1] != '>') {
		t.put(i, "", i+1)
	}
}

// opening handles the '<' at i and returns where the scan goes on.
func (t *tagStripper) opening(i int) int {
	s := t.s
	if i+1 >= len(s) {
		return i
	}
	c := s[i+1]
	if !isLetter(c) && !isDigit(c) && c != '/' && c != '!' && c != '?' {
		return i
	}
	end, lines := -1, 0
	for j := i + 1; j < len(s) && j-i < 400; j++ {
		if s[j] == '>' {
			end = j
			break
		}
		if s[j] == '\n' {
			lines++
		}
		if s[j] == '<' || lines > 1 {
			break
		}
	}
	if end < 0 {
		switch j := tickerEnd(s, i+1); {
		case j < len(s) && s[j] == ')':
			// "<WTC) for 11 dlrs": a ticker opened with the wrong bracket.
			t.put(i, "(", i+1)
		case isUpper(c) && (i == 0 || !isWordByte(s[i-1]) && s[i-1] != '<'):
			// A name's opening bracket whose closing one is lost:
			// "<Societe Shell Chimie) said".
			t.put(i, "", i+1)
		}
		return i
	}
	switch {
	case bracketName(s[i+1:end]) && capitalBefore(s, i):
		// The rest of a name whose opening bracket came earlier:
		// "<Bramley Steel <Ltd>", "<First Bank of New\n<Haven>".
		t.put(i, "", i+1)
		t.b.WriteString(s[i+1 : end])
		t.last = end + 1
	case bracketName(s[i+1 : end]):
		// Kept: the tokenizer parts the brackets from the name, and they
		// tell a company.
	case lines == 0 && !isDigit(c):
		t.put(i, " ", end+1)
	default:
		return i
	}
	return end
}

// capitalBefore reports whether the word before s[i], across blanks, is
// capitalized ("Steel", not "SELLS" of a headline in capitals).
func capitalBefore(s string, i int) bool {
	j := i
	for j > 0 && isSpaceByte(s[j-1]) {
		j--
	}
	if j == i {
		return false // glued: "word<Name>"
	}
	k := j
	for k > 0 && !isSpaceByte(s[k-1]) {
		k--
	}
	return k+1 < j && isUpper(s[k]) && s[k+1] >= 'a' && s[k+1] <= 'z'
}

// bracketName reports whether the text between angle brackets is a name,
// "Sun Hung Kai International Ltd", "GRAND UNION CO", rather than a tag,
// "br", "A HREF=x", "TABLE", or a ticker, "WTC", "ERIC ST". A name begins
// with a capital (or a number and more words), has no '=' or '"', and does
// not begin with an HTML element's name unless it is written in mixed case
// and has more words; in capitals only it needs two words and more than a
// ticker with its exchange.
func bracketName(in string) bool {
	if in == "" || !isUpper(in[0]) && !(isDigit(in[0]) && strings.Contains(in, " ")) || strings.ContainsAny(in, "=\"<") || strings.Count(in, "(") != strings.Count(in, ")") {
		return false
	}
	words := strings.Fields(in)
	lower := strings.IndexFunc(in, unicode.IsLower) >= 0
	element := htmlElements[strings.ToLower(strings.TrimRight(words[0], ".,;:"))]
	if lower {
		if !element {
			return true
		}
		// "<Base Ten Systems Inc>", not "<Table border>".
		for _, w := range words {
			if !isUpper(w[0]) && !isDigit(w[0]) {
				return false
			}
		}
		return len(words) > 1
	}
	if len(words) < 2 || element {
		return false
	}
	if last := words[len(words)-1]; len(words) == 2 && len(last) <= 2 && !capsSuffixes[last] {
		return false // "ERIC ST", "REED L": a ticker and its exchange
	}
	return true
}

// capsSuffixes are company suffixes of one or two letters, which end a
// name written in capitals ("HOECHST AG") as an exchange's code ends a
// ticker ("VOLV ST").
var capsSuffixes = map[string]bool{"AG": true, "SA": true, "NV": true, "BV": true, "CO": true, "AB": true, "AS": true, "OY": true, "KK": true, "LP": true, "PT": true}

// htmlElements are the names of HTML elements, lower case, whose tags
// stripTags strips even when a capital begins them ("<P>", "<Table>").
var htmlElements = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`a abbr address area article aside audio b base bdi bdo blockquote body br button
		canvas caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
		fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html i iframe img
		input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p
		param picture pre progress q rp rt ruby s samp script section select small source span strike strong style
		sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr`) {
		htmlElements[e] = true
	}
}

// tickerStart returns where the ticker ending before s[i] begins
// ("OLIV.MI", "WTC": capitals, digits and dots, up to 12), or -1.
func tickerStart(s string, i int) int {
	j := i
	for j > 0 && i-j < 12 && (isUpper(s[j-1]) || isDigit(s[j-1]) || s[j-1] == '.') {
		j--
	}
	if j == i || !isUpper(s[j]) {
		return -1
	}
	return j
}

// tickerEnd returns where the ticker starting at s[i] ends, i when none.
func tickerEnd(s string, i int) int {
	j := i
	for j < len(s) && j-i < 12 && (isUpper(s[j]) || isDigit(s[j]) || s[j] == '.') {
		j++
	}
	return j
}

// normalizeSpace folds blanks and control characters into single spaces,
// trims lines, keeps at most one blank line between paragraphs, and turns a
// backslash glued between words ("dwindling\band", debris of a lost line
// break) into a space.
//
// It copies runs of plain ASCII at once, and allocates nothing while the
// text needs no change, as it mostly does on Clean's second pass: a rune at
// a time through a strings.Builder, it was nine tenths of Clean.
func normalizeSpace(s string) string {
	var b []byte // the result once it differs from s; nil while it is s[:w]
	w := 0
	pendingSpace, newlines := false, 0
	for i := 0; i < len(s); {
		c := s[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n':
			newlines++
			pendingSpace = false
			i += n
			continue
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i += n
				continue
			}
			newlines++
			pendingSpace = false
			i += n
			continue
		case r == ' ' || r == '\t' || r == '\u00a0' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' ||
			r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\ufeff' || r == '\u200b':
			pendingSpace = true
			i += n
			continue
		case r == '\\' && i > 0 && i+1 < len(s) && isLetter(s[i+1]) && (isLetter(s[i-1]) || strings.IndexByte(".,;!?'\")", s[i-1]) >= 0):
			pendingSpace = true
			i += n
			continue
		}
		// This rune, and the plain ASCII bytes after it, follow a separator.
		j := i + n
		if c < utf8.RuneSelf {
			for j < len(s) && plainByte(s[j]) {
				j++
			}
		}
		sep := ""
		if w > 0 || len(b) > 0 {
			switch {
			case newlines >= 2:
				sep = "\n\n"
			case newlines == 1:
				sep = "\n"
			case pendingSpace:
				sep = " "
			}
		}
		newlines, pendingSpace = 0, false
		invalid := r == utf8.RuneError && n == 1 // written as U+FFFD
		if b == nil {
			if !invalid && s[w:i] == sep {
				w, i = j, j // the result is still s[:j]
				continue
			}
			b = make([]byte, 0, len(s)+2)
			b = append(b, s[:w]...)
		}
		b = append(b, sep...)
		if invalid {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[i:j]...)
		}
		i = j
	}
	if b == nil {
		return s[:w]
	}
	return string(b)
}

// plainByte reports an ASCII byte that normalizeSpace copies as it is
// whatever comes before it: printable, not a space or a backslash.
func plainByte(c byte) bool { return c > ' ' && c < 0x7f && c != '\\' }

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isUpper(c byte) bool     { return c >= 'A' && c <= 'Z' }
func isLetter(c byte) bool    { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isWordByte(c byte) bool  { return isLetter(c) || isDigit(c) || c >= 0x80 }
func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
func isHex(c byte) bool       { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

func hexVal(c byte) int {
	if isDigit(c) {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}
