package export

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// jsonAppender is a value that encodes itself, to the bytes a json.Encoder
// with HTML left unescaped writes for it (its newline left out), without
// the encoder's reflection: [encodeAll] asks it first. ok is false when
// the encoder would fail (a NaN or infinite number); encodeAll then asks
// the encoder, for its error.
type jsonAppender interface {
	appendJSON(dst []byte) (b []byte, ok bool)
}

// appendJSON appends l as a json.Encoder writes it: the links are most of
// the bytes of a JSON graph, and encoding them the largest share of its
// export (8% of a BBC build's instructions, encoding/json's reflection
// most of it).
func (l jsonLink) appendJSON(b []byte) ([]byte, bool) {
	if !finite(l.NPMI) {
		return b, false
	}
	return l.appendFields(append(b, '{')), true
}

// appendJSON appends c as a json.Encoder writes it: its id, then its
// link's fields. (Without it, c would have its link's method, and lose
// its id.)
func (c cyEdge) appendJSON(b []byte) ([]byte, bool) {
	if !finite(c.NPMI) {
		return b, false
	}
	b = append(b, `{"id":`...)
	b = appendJSONString(b, c.ID)
	return c.appendFields(append(b, ',')), true
}

// appendFields appends l's fields and the closing brace.
func (l *jsonLink) appendFields(b []byte) []byte {
	b = append(b, `"source":`...)
	b = appendJSONString(b, l.Source)
	b = append(b, `,"target":`...)
	b = appendJSONString(b, l.Target)
	b = append(b, `,"weight":`...)
	b = strconv.AppendInt(b, int64(l.Weight), 10)
	b = append(b, `,"sentences":`...)
	b = strconv.AppendInt(b, int64(l.Sentences), 10)
	b = append(b, `,"npmi":`...)
	b = appendJSONFloat(b, l.NPMI)
	b = append(b, `,"articles":`...)
	b = appendJSONStrings(b, l.Articles)
	if l.Predicate != "" {
		b = append(b, `,"predicate":`...)
		b = appendJSONString(b, l.Predicate)
	}
	if len(l.Relations) > 0 {
		b = append(b, `,"relations":[`...)
		for i := range l.Relations {
			if i > 0 {
				b = append(b, ',')
			}
			b = l.Relations[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendJSON appends r as a json.Encoder writes it.
func (r *jsonRelation) appendJSON(b []byte) []byte {
	b = append(b, `{"predicate":`...)
	b = appendJSONString(b, r.Predicate)
	b = append(b, `,"source":`...)
	b = appendJSONString(b, r.Source)
	b = append(b, `,"target":`...)
	b = appendJSONString(b, r.Target)
	b = append(b, `,"count":`...)
	b = strconv.AppendInt(b, int64(r.Count), 10)
	b = append(b, `,"articles":`...)
	b = appendJSONStrings(b, r.Articles)
	if r.Negated {
		b = append(b, `,"negated":true`...)
	}
	if r.Symmetric {
		b = append(b, `,"symmetric":true`...)
	}
	if r.Role {
		b = append(b, `,"role":true`...)
	}
	if e := r.Evidence; e != nil {
		b = append(b, `,"evidence":{"article":`...)
		b = appendJSONString(b, e.Article)
		b = append(b, `,"sentence":`...)
		b = appendJSONString(b, e.Sentence)
		b = append(b, '}')
	}
	return append(b, '}')
}

func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// appendJSONStrings appends ss as a JSON array of strings, null for nil.
func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONFloat appends a finite f as encoding/json writes a float64: as
// ES6 numbers are written, in 'e' form below 1e-6 and from 1e21, with the
// exponent unpadded.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json cleans it up
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString appends s quoted as encoding/json writes a string with
// HTML left unescaped: '"', '\\' and control characters escaped (\b, \f,
// \n, \r, \t by name), an invalid UTF-8 byte as \ufffd, U+2028 and U+2029
// escaped; the rest as it is.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start, tail := 0, len(s)
	if len(s) >= 8 && plain8(s[len(s)-8:]) {
		tail -= 8 // the last eight bytes are plain: they are appended as they are
	}
	for i := 0; i < tail; {
		if i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8 // eight bytes at once: most of an article id or a name
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// plain8 reports whether the 8 bytes of s are all ASCII that a JSON string
// holds as it is (no control character, '"' or '\\'), testing them as one
// word: a byte below n sets its high bit in (x - n*lo) &^ x (n <= 0x80;
// the borrow of a lower byte can flag a higher one only after a lower one
// was flagged, so the test of the word is exact).
func plain8(s string) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	q, bs := x^(lo*'"'), x^(lo*'\\')
	return (x|(x-lo*' ')&^x|(q-lo)&^q|(bs-lo)&^bs)&hi == 0
}
