package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key folds a name for matching: Unicode NFC, lower case, accents removed,
// apostrophes and periods dropped, "&" read as "and", other punctuation as
// spaces, a leading "the" dropped. "U.S." and "us" fold alike, as do
// "Kim Jong-un" and "Kim Jong Un", "José" and "Jose". It returns "" for a
// name with no letters or digits.
func Key(name string) string {
	if k, ok := asciiKey(name); ok {
		return k
	}
	return keySlow(name)
}

// maxFastKey is the longest name that takes the fast path of [Key]: a name
// takes it when it is short, ASCII and free of entity debris (no ';'),
// which [foldASCII] checks as it folds.
const maxFastKey = 100

// keySlow is [Key] for any name.
func keySlow(name string) string {
	name = FixEntities(name)
	ascii := isASCII(name)
	if !ascii {
		name = norm.NFD.String(name)
	}
	var b strings.Builder
	b.Grow(len(name) + 4)
	space := true // at the start or after a space
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Mn, r):
			// accent of the previous letter
		case r == '\'' || r == '’' || r == '‘' || r == '.' || r == 'ʼ':
			// joined: O'Neal → oneal, U.S. → us
		case r == '&':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	k := strings.TrimPrefix(strings.TrimSuffix(b.String(), " "), "the ")
	if ascii {
		return k
	}
	return norm.NFC.String(k)
}

// AppendKey appends the key of name to dst, without allocating for short
// ASCII names.
func AppendKey(dst []byte, name string) []byte {
	if k, ok := foldASCII(dst, name); ok {
		return k
	}
	return append(dst, keySlow(name)...)
}

// asciiKey is [Key] for a name that takes its fast path (short, ASCII, no ';'), and
// false for any other; a name that is its own key costs no allocation.
func asciiKey(name string) (string, bool) {
	var buf [128]byte
	k, ok := foldASCII(buf[:0], name)
	if !ok {
		return "", false
	}
	if string(k) == name {
		return name, true
	}
	return string(k), true
}

// foldASCII appends the key of a name that takes the fast path of [Key]
// (short, ASCII, no ';') to dst, as [Key] folds it, and reports true; for any other
// name it reports false and returns dst as it was (its spare capacity
// written over). It reads each byte through [asciiFold], a table that also
// marks the bytes the fast path refuses, so that it is one pass over the name,
// since it is the hot part of every name lookup.
func foldASCII(dst []byte, name string) ([]byte, bool) {
	if len(name) > maxFastKey {
		return dst, false
	}
	b := len(dst)
	space := true
	for i := 0; i < len(name); i++ {
		c := asciiFold[name[i]]
		if c > '&' { // a letter or digit: most bytes
			dst = append(dst, c)
			space = false
			continue
		}
		switch c {
		case refused: // not ASCII, or the ';' of an entity: the slow path
			return dst[:b], false
		case 0: // ' and . are dropped: O'Neal → oneal, U.S. → us
		case ' ':
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		case '&':
			if !space {
				dst = append(dst, ' ')
			}
			dst = append(dst, "and "...)
			space = true
		}
	}
	if len(dst) > b && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	if len(dst)-b >= 4 && string(dst[b:b+4]) == "the " {
		dst = append(dst[:b], dst[b+4:]...)
	}
	return dst, true
}

// refused is what [asciiFold] maps a byte to that the fast path refuses.
const refused = 1

// asciiFold maps a byte to what [foldASCII] writes for it: a lower-case
// letter or digit as it is, an upper-case letter in lower case, 0 for the
// apostrophe and period it drops, '&' for itself, [refused] for a byte
// of a non-ASCII character and for ';', and a space for any other byte.
var asciiFold = func() (t [256]byte) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + ('a' - 'A')
		case c == '\'' || c == '.':
			t[c] = 0
		case c == '&':
			t[c] = '&'
		case c >= utf8.RuneSelf || c == ';':
			t[c] = refused
		default:
			t[c] = ' '
		}
	}
	return t
}()

// Set is a list of words or names, held in the form [Key] gives them (lower
// case, no periods): index it with a key, ask [Set.Has] with a name as
// written.
type Set map[string]bool

// union makes a Set of every key in sets.
func union(sets ...Set) Set {
	s := Set{}
	for _, t := range sets {
		for k := range t {
			s[k] = true
		}
	}
	return s
}

// without makes a copy of s without the given keys.
func without(s Set, keys ...string) Set {
	t := union(s)
	for _, k := range keys {
		delete(t, k)
	}
	return t
}

// Has reports whether the key of name is in s. It folds short ASCII names
// on the stack, so that a lookup costs no allocation.
func (s Set) Has(name string) bool {
	var buf [128]byte
	if k, ok := foldASCII(buf[:0], name); ok {
		return s[string(k)]
	}
	return s[keySlow(name)]
}

// FixEntities repairs HTML entities that lost their ampersand in scraped
// text ("Korea#39;s", "quot;", "nbsp;"), in case the cleaner let one
// through.
func FixEntities(s string) string {
	if !strings.Contains(s, ";") {
		return s
	}
	for _, p := range [...][2]string{
		{"&#39;", "'"}, {"&quot;", "\""}, {"&nbsp;", " "}, {"&amp;", "&"},
		{"#39;", "'"}, {"quot;", "\""}, {"nbsp;", " "}, {"amp;", "&"}, {"#36;", "$"},
	} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	return s
}

// StripPossessive removes "'s", "’s" and a bare trailing apostrophe after s
// ("Korea's" → "Korea", "Jones'" → "Jones").
func StripPossessive(w string) string {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	if (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && len(w) > 2 {
		return strings.TrimRight(w, "'’")
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendFields appends the fields of s to dst, the strings strings.Fields
// returns: a caller that passes a small array on its stack allocates
// nothing for the few words of a name.
func appendFields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}
