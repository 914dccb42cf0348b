package text

import "strings"

// quotePossessives turns a straight double quote typed for a possessive
// apostrophe ("Tervania"s harvest", "<Quarbin Corp>"s") into an apostrophe:
// a quote right after a letter or a closing angle bracket, then "s" or "S"
// that no letter or digit follows. A quote closing a quotation is never
// followed by a bare "s", so no quotation is touched. The text keeps its
// length, so every offset stays where it was.
func quotePossessives(s string) string {
	k := strings.Index(s, "\"s")
	if k < 0 {
		if k = strings.Index(s, "\"S"); k < 0 {
			return s
		}
	}
	b := []byte(s)
	changed := false
	for i := k; i+1 < len(b); i++ {
		if b[i] == '"' && quoteIsApostrophe(b, i) {
			b[i] = '\''
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// quoteIsApostrophe reports whether the quote at b[i] stands between a
// name's last letter (or its closing '>') and a possessive "s" that ends
// the word.
func quoteIsApostrophe(b []byte, i int) bool {
	if i == 0 || i+1 >= len(b) || b[i+1] != 's' && b[i+1] != 'S' {
		return false
	}
	p := b[i-1]
	if !isLetter(p) && p != '>' {
		return false
	}
	return i+2 == len(b) || !isLetter(b[i+2]) && !isDigit(b[i+2])
}
