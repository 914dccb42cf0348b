package dedup

import (
	"hash/fnv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// ShingleWords is the length of a shingle in words.
	ShingleWords = 4
	// MinShingles is the fewest shingles a text needs to be compared.
	MinShingles = 8
	// DefaultThreshold is the least estimated Jaccard similarity of the
	// shingles of two near duplicates.
	DefaultThreshold = 0.8

	hashes = 64
	bands  = 16
	rows   = hashes / bands
)

// Signature is the MinHash signature of a text; the zero value is the
// signature of a text too short to compare.
type Signature struct {
	mins     [hashes]uint32
	shingles int32
	ok       bool
}

// Valid reports whether the text was long enough to compare.
func (s Signature) Valid() bool { return s.ok }

// seeds of the hash functions: fixed, so that results do not change
// between runs.
var seeds = func() (s [hashes]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15 // splitmix64
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		s[i] = (z ^ (z >> 31)) | 1
	}
	return
}()

// Sign returns the signature of text.
func Sign(text string) Signature {
	var sig Signature
	for i := range sig.mins {
		sig.mins[i] = ^uint32(0)
	}
	var window [ShingleWords]uint64
	n, shingles := 0, 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		window[n%ShingleWords] = wordHash(w)
		n++
		if n < ShingleWords {
			continue
		}
		var h uint64
		for k := range ShingleWords { // the words in order, oldest first
			h = h*0x100000001b3 ^ window[(n+k)%ShingleWords]
		}
		shingles++
		for i, seed := range seeds {
			v := h * seed
			if m := uint32(v >> 32); m < sig.mins[i] {
				sig.mins[i] = m
			}
		}
	}
	sig.shingles = int32(min(shingles, 1<<30))
	sig.ok = shingles >= MinShingles
	return sig
}

// wordHash hashes a word folded to lower case.
func wordHash(w string) uint64 {
	h := fnv.New64a()
	var b [utf8.UTFMax]byte
	for _, r := range w {
		n := utf8.EncodeRune(b[:], unicode.ToLower(r))
		h.Write(b[:n])
	}
	return h.Sum64()
}

// Similarity estimates the Jaccard similarity of the shingles of the texts
// of two signatures: the share of places where they agree.
func Similarity(a, b Signature) float64 {
	if !a.ok || !b.ok {
		return 0
	}
	same := 0
	for i := range a.mins {
		if a.mins[i] == b.mins[i] {
			same++
		}
	}
	return float64(same) / hashes
}

// Index holds the signatures of the articles kept so far.
type Index struct {
	threshold float64
	ids       []string
	sigs      []Signature
	buckets   [bands]map[uint64][]int32
}

// NewIndex returns an empty index that takes two texts for near duplicates
// at an estimated similarity of threshold or more (0 means
// DefaultThreshold).
func NewIndex(threshold float64) *Index {
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	ix := &Index{threshold: threshold}
	for i := range ix.buckets {
		ix.buckets[i] = map[uint64][]int32{}
	}
	return ix
}

// Add looks for a near duplicate of sig among the articles kept. When it
// finds one it returns that article's id and the similarity, and keeps
// nothing; else it keeps sig under id and returns "" . Of several
// candidates the most similar wins, then the first kept. An invalid
// signature is kept as nothing and has no duplicate.
func (ix *Index) Add(id string, sig Signature) (string, float64) {
	if !sig.ok {
		return "", 0
	}
	keys := bandKeys(sig)
	best, bestSim := -1, 0.0
	for b, k := range keys {
		for _, c := range ix.buckets[b][k] {
			if s := Similarity(sig, ix.sigs[c]); ix.near(sig, ix.sigs[c], s) && (s > bestSim || s == bestSim && int(c) < best) {
				best, bestSim = int(c), s
			}
		}
	}
	if best >= 0 {
		return ix.ids[best], bestSim
	}
	n := int32(len(ix.sigs))
	ix.ids = append(ix.ids, id)
	ix.sigs = append(ix.sigs, sig)
	for b, k := range keys {
		ix.buckets[b][k] = append(ix.buckets[b][k], n)
	}
	return "", 0
}

// near decides whether two texts of similarity s are near duplicates: at
// the threshold or more, or when nine tenths of the shorter's shingles are
// in the longer and they are similar at all (a reprint cut short).
func (ix *Index) near(a, b Signature, s float64) bool {
	if s >= ix.threshold {
		return true
	}
	if s < 0.5 {
		return false
	}
	// |A∩B| = J(|A|+|B|)/(1+J), estimated.
	inter := s * float64(a.shingles+b.shingles) / (1 + s)
	return inter >= 0.9*float64(min(a.shingles, b.shingles))
}

// Len returns the number of articles kept.
func (ix *Index) Len() int { return len(ix.ids) }

func bandKeys(sig Signature) [bands]uint64 {
	var keys [bands]uint64
	for b := range bands {
		h := uint64(b) + 1
		for _, m := range sig.mins[b*rows : (b+1)*rows] {
			h = h*0x100000001b3 ^ uint64(m)
		}
		keys[b] = h
	}
	return keys
}
