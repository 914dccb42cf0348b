package pos

import (
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/hashidx"
)

// Features are 64-bit FNV-1a hashes of a template number and a value, mixed
// so that the model's table needs no strings and tagging never allocates.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func addByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

func addString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func addRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return addByte(h, byte(r))
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = addByte(h, b)
	}
	return h
}

// mix combines a template with a value hash; templates are small numbers.
func mix(template uint64, v uint64) uint64 {
	h := (template+1)*0x9E3779B97F4A7C15 ^ v
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	if h == 0 {
		h = 1 // 0 marks an empty slot
	}
	return h
}

// mix2 combines a template with two value hashes.
func mix2(template uint64, a, b uint64) uint64 {
	return mix(template, a*0xD6E8FEB86659FD93^(b+0x632BE59BD9B4E019))
}

// word holds the hashes of one token that the feature templates use.
type word struct {
	exact  uint64 // the normalized token
	lower  uint64 // lower case, digits as 0
	shape  uint64 // character classes, runs collapsed: "Xx", "d.d", "X.X."
	suf    [4]uint64
	pre    [2]uint64
	nsuf   int8 // suffixes of length 1..nsuf exist (shorter than the word)
	npre   int8
	cl     [numLevels]uint16 // word clusters, coarse to fine, 0 for none
	upper  bool              // starts with an upper-case letter
	caps   bool              // letters, all upper case
	letter bool              // has a letter
}

// analyze fills w from token s; cls gives the word clusters.
func (w *word) analyze(s string, cls clusterMap) {
	s = normalize(s)
	w.exact = addString(fnvOffset, s)
	w.cl = cls.get(w.exact)
	// Lower case with digits as 0, and the rune offsets needed for affixes.
	var ends [6]int // byte end of the first runes
	var starts [5]int
	nr := 0
	h := uint64(fnvOffset)
	sh := uint64(fnvOffset)
	var prevCls rune = -1
	w.upper, w.caps, w.letter = false, true, false
	hasLower := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		lr := r
		var cls rune
		switch {
		case r >= '0' && r <= '9':
			lr, cls = '0', 'd'
		case unicode.IsUpper(r):
			lr, cls = unicode.ToLower(r), 'X'
			w.letter = true
			if i == 0 {
				w.upper = true
			}
		case unicode.IsLetter(r):
			cls = 'x'
			w.letter, hasLower = true, true
		default:
			cls = r
		}
		h = addRune(h, lr)
		if cls != prevCls {
			sh = addRune(sh, cls)
			prevCls = cls
		}
		if nr < len(ends) {
			ends[nr] = i + size
		}
		// Keep the starts of the last runes in a ring.
		starts[nr%len(starts)] = i
		nr++
		i += size
	}
	w.lower, w.shape = h, sh
	w.caps = w.letter && !hasLower
	w.suf, w.pre = [4]uint64{}, [2]uint64{}
	// Suffixes and prefixes of the lower-case form, hashed from the runes.
	w.nsuf = int8(min(nr-1, 4))
	for k := 1; k <= int(w.nsuf); k++ {
		from := starts[(nr-k)%len(starts)]
		w.suf[k-1] = lowerHash(s[from:])
	}
	w.npre = int8(min(nr-1, 2))
	for k := 1; k <= int(w.npre); k++ {
		w.pre[k-1] = lowerHash(s[:ends[k-1]])
	}
}

func lowerHash(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = '0'
		} else if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		h = addRune(h, r)
	}
	return h
}

// normalize maps typographic punctuation to the ASCII forms of CoNLL-2003,
// which the model was trained on: curly quotes and guillemets to " and ',
// dashes to --, the ellipsis to "...". It allocates only when it changes s.
func normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if s == "``" {
			return `"`
		}
		return s
	}
	changed := false
	for _, r := range s {
		if _, ok := asciiPunct(r); ok {
			changed = true
			break
		}
	}
	if !changed {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if a, ok := asciiPunct(r); ok {
			b = append(b, a...)
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func asciiPunct(r rune) (string, bool) {
	switch r {
	case '“', '”', '«', '»', '„':
		return `"`, true
	case '‘', '’', '‚', '′':
		return "'", true
	case '—', '–':
		return "--", true
	case '…':
		return "...", true
	}
	return "", false
}

// numLevels is the number of cluster granularities the features use.
const numLevels = 3

// clusterMap maps the hash of a normalized word to its clusters; nil maps
// none.
type clusterMap = *clusterIndex

// clusterIndex holds the words' hashes in increasing order, with their
// clusters, and an index of them by open addressing. The model's 70,000
// words go into it several times faster than into a Go map, and a word is
// found with less work.
type clusterIndex struct {
	keys []uint64
	ids  [][numLevels]uint16 // of keys[i]
	idx  hashidx.Index
}

// newClusterIndex indexes keys, increasing and each once, with their
// clusters ids.
func newClusterIndex(keys []uint64, ids [][numLevels]uint16) *clusterIndex {
	return &clusterIndex{keys: keys, ids: ids, idx: hashidx.New(keys)}
}

// get returns the clusters of the word of hash h, all 0 for none.
func (c *clusterIndex) get(h uint64) [numLevels]uint16 {
	if c == nil {
		return [numLevels]uint16{}
	}
	if i := c.idx.Find(h); i >= 0 {
		return c.ids[i]
	}
	return [numLevels]uint16{}
}

// len returns the number of words with clusters.
func (c *clusterIndex) len() int {
	if c == nil {
		return 0
	}
	return len(c.keys)
}

// letterCaps reports what [word.analyze] sets as letter and caps for s:
// whether s has a letter, and whether all its letters are upper case.
func letterCaps(s string) (letter, caps bool) {
	hasLower := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
		case unicode.IsUpper(r):
			letter = true
		case unicode.IsLetter(r):
			letter, hasLower = true, true
		}
	}
	return letter, letter && !hasLower
}
