package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// TestSeenTexts checks that the set answers as the map of hash strings it
// replaced: a SHA-256 in lower-case hex kept as bytes, any other Hash
// (upper case, short, not hex) as it is, never one taken for another.
func TestSeenTexts(t *testing.T) {
	sum := sha256.Sum256([]byte("text"))
	lower := hex.EncodeToString(sum[:])
	hashes := []string{lower, strings.ToUpper(lower), lower[:63], lower[:63] + "g", "", "hash1", "hash2"}
	s := newSeenTexts()
	ref := map[string]string{}
	for i, h := range hashes {
		for _, q := range hashes {
			gotID, gotOK := s.lookup(q)
			wantID, wantOK := ref[q]
			if gotID != wantID || gotOK != wantOK {
				t.Errorf("after %d adds: lookup(%q) = %q, %v, want %q, %v", i, q, gotID, gotOK, wantID, wantOK)
			}
		}
		id := "id" + string(rune('a'+i))
		s.add(h, id)
		ref[h] = id
	}
	if len(s.sums) != 1 {
		t.Errorf("%d hashes kept as bytes, want 1 (the lower-case SHA-256)", len(s.sums))
	}
}
