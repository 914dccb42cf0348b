package extract

import "testing"

// TestPrevWordFastPieces checks prevWordFast against prevWord at every
// offset of every text of up to four pieces: ASCII spaces and letters,
// punctuation, spaces and letters outside ASCII, invalid UTF-8.
func TestPrevWordFastPieces(t *testing.T) {
	eachPiece([]string{" ", "\t", "\n", "\v", "!", "\x1f", "a", "\u00a0", "é", "\xff"}, 4, func(s string) {
		for i := 0; i <= len(s); i++ {
			gw, gk := prevWordFast(s, i)
			ww, wk := prevWord(s, i)
			if gw != ww || gk != wk {
				t.Fatalf("prevWordFast(%q, %d) = %q, %d, want %q, %d", s, i, gw, gk, ww, wk)
			}
		}
	})
}
