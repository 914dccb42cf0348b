package text

import "strings"

// quotePossessives turns a straight double quote typed for a possessive
// apostrophe ("Tervania"s harvest", "<Quarbin Corp>"s") into an apostrophe:
// a quote right after a letter or a closing angle bracket, then "s" or "S"
// that no letter or digit follows. A quote closing a quotation is never
// followed by a bare "s", so no quotation is touched. The text keeps its
// length, so every offset stays where it was.
func quotePossessives(s string) string {
	var b []byte // a copy, made at the first quote to turn
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], '"')
		if k < 0 {
			break
		}
		i += k
		if quoteIsApostrophe(s, i) {
			if b == nil {
				b = []byte(s)
			}
			b[i] = '\''
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// quoteIsApostrophe reports whether the quote at s[i] stands between a
// name's last letter (or its closing '>') and a possessive "s" that ends
// the word.
func quoteIsApostrophe(s string, i int) bool {
	if i == 0 || i+1 >= len(s) || s[i+1] != 's' && s[i+1] != 'S' {
		return false
	}
	p := s[i-1]
	if !isLetter(p) && p != '>' {
		return false
	}
	return i+2 == len(s) || !isLetter(s[i+2]) && !isDigit(s[i+2])
}
