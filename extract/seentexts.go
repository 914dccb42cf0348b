package extract

// seenTexts maps the hash of each cleaned text the pipeline handed on to
// the id it came under, to pass over a text seen before and name the
// first. A Hash as the extractor makes it (a SHA-256 in lower-case hex)
// is kept as its 32 bytes: the 64-byte string with its map slot was about
// 100 bytes an article of a build's live heap (issue 15); any other Hash,
// as a caller may make a Doc, as it is.
type seenTexts struct {
	sums  map[[32]byte]string
	other map[string]string
}

func newSeenTexts() *seenTexts {
	return &seenTexts{sums: map[[32]byte]string{}, other: map[string]string{}}
}

// lookup returns the id the text of hash h was handed on under, if it was.
func (s *seenTexts) lookup(h string) (string, bool) {
	if sum, ok := parseSum(h); ok {
		id, ok := s.sums[sum]
		return id, ok
	}
	id, ok := s.other[h]
	return id, ok
}

// add records that the text of hash h was handed on under id.
func (s *seenTexts) add(h, id string) {
	if sum, ok := parseSum(h); ok {
		s.sums[sum] = id
		return
	}
	s.other[h] = id
}

// parseSum reads 64 lower-case hex digits, and only those: another
// spelling of the same bytes is another Hash, as it was when the set kept
// strings.
func parseSum(h string) (sum [32]byte, ok bool) {
	if len(h) != 64 {
		return sum, false
	}
	for i := range sum {
		hi, ok1 := hexDigit(h[2*i])
		lo, ok2 := hexDigit(h[2*i+1])
		if !ok1 || !ok2 {
			return sum, false
		}
		sum[i] = hi<<4 | lo
	}
	return sum, true
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}
