package extract

import "sync"

// seenTexts maps the hash of each cleaned text the pipeline handed on to
// the id it came under, to pass over a text seen before and name the
// first. A Hash as the extractor makes it (a SHA-256 in lower-case hex)
// is kept as its 32 bytes: the 64-byte string with its map slot was about
// 100 bytes an article of a build's live heap (issue 15); any other Hash,
// as a caller may make a Doc, as it is.
//
// The workers share the set with the collector (see claim): before it
// tags an article, a worker registers its sum with the article's place in
// the input, so that a later copy of a text is not extracted only to be
// passed over. The set holds one entry per distinct text, as it did when
// only the collector filled it.
type seenTexts struct {
	mu    sync.Mutex
	sums  map[[32]byte]seenEntry
	other map[string]string
}

// seenEntry is a text's entry: the id it was handed on under once it was
// (first is then -1), and until then the lowest input sequence number of
// a job a worker is extracting it for.
type seenEntry struct {
	id    string
	first int
}

func newSeenTexts() *seenTexts {
	return &seenTexts{sums: map[[32]byte]seenEntry{}, other: map[string]string{}}
}

// lookup returns the id the text of hash h was handed on under, if it was.
func (s *seenTexts) lookup(h string) (string, bool) {
	if sum, ok := parseSum(h); ok {
		s.mu.Lock()
		e, ok := s.sums[sum]
		s.mu.Unlock()
		return e.id, ok && e.first < 0
	}
	id, ok := s.other[h]
	return id, ok
}

// add records that the text of hash h was handed on under id.
func (s *seenTexts) add(h, id string) {
	if sum, ok := parseSum(h); ok {
		s.mu.Lock()
		s.sums[sum] = seenEntry{id: id, first: -1}
		s.mu.Unlock()
		return
	}
	s.other[h] = id
}

// claim registers that the job of sequence number seq holds a text of the
// SHA-256 sum, which passed the language check, and reports whether the
// text is certainly a duplicate: a job of a lower number registered it,
// or one handed it on. The collector hands on in input order, so the text
// of that lower job, or a copy before it, is then handed on before seq's
// and seq's is passed over as a duplicate of it, whatever seq's entities
// are. Another part of the same job is not certain: claim says false and
// the collector decides, as it does for every article not claimed.
func (s *seenTexts) claim(sum [32]byte, seq int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.sums[sum]
	if ok && e.first < seq {
		return true // a lower job's, or handed on (-1)
	}
	if !ok || seq < e.first {
		s.sums[sum] = seenEntry{first: seq}
	}
	return false
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
