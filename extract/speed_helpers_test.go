package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// eachPiece calls f with every concatenation of up to n of pieces.
func eachPiece(pieces []string, n int, f func(string)) {
	var walk func(s string, k int)
	walk = func(s string, k int) {
		f(s)
		if k == n {
			return
		}
		for _, p := range pieces {
			walk(s+p, k+1)
		}
	}
	walk("", 0)
}

// TestFigureHelpers checks figureLine's byte loops against the strings
// calls they replace.
func TestFigureHelpers(t *testing.T) {
	eachPiece([]string{".", ",", "(", ")", "1", "a", "A", "/", "-", "é", ";"}, 5, func(w string) {
		if got, want := trimFigurePunct(w), strings.Trim(w, ".,;:()"); got != want {
			t.Fatalf("trimFigurePunct(%q) = %q, want %q", w, got, want)
		}
		k := strings.ToLower(w)
		want := strings.IndexFunc(k, func(r rune) bool { return r < '0' || r > '9' }) < 0 ||
			strings.Trim(k, "0123456789.,/-+") == ""
		if got := figureChars(w); got != want {
			t.Fatalf("figureChars(%q) = %v, want %v", w, got, want)
		}
		if got, want := hasDigit(w), strings.ContainsAny(w, "0123456789"); got != want {
			t.Fatalf("hasDigit(%q) = %v, want %v", w, got, want)
		}
	})
}

// oldPrevWord and oldNextWord are prevWord and nextWord as they were, with
// utf8 and unicode called for every rune.
func oldPrevWord(text string, i int) (string, int) {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsSpace(r) {
			break
		}
		k -= n
	}
	return text[k:j], k
}

func oldNextWord(text string, i int) (string, int) {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	k := j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if unicode.IsSpace(r) {
			break
		}
		k += n
	}
	return text[j:k], k
}

// TestWordStepsMatchDecoding checks prevWord and nextWord against the
// rune-decoding versions, on texts with ASCII and Unicode spaces, letters
// of several bytes and invalid UTF-8, at every offset.
func TestWordStepsMatchDecoding(t *testing.T) {
	eachPiece([]string{" ", "\t", "\n", "\u00a0", "\u2003", "a", "é", "\xff", "\x85"}, 4, func(s string) {
		for i := 0; i <= len(s); i++ {
			gw, gk := prevWord(s, i)
			ww, wk := oldPrevWord(s, i)
			if gw != ww || gk != wk {
				t.Fatalf("prevWord(%q, %d) = %q, %d, want %q, %d", s, i, gw, gk, ww, wk)
			}
			gw, gk = nextWord(s, i)
			ww, wk = oldNextWord(s, i)
			if gw != ww || gk != wk {
				t.Fatalf("nextWord(%q, %d) = %q, %d, want %q, %d", s, i, gw, gk, ww, wk)
			}
		}
	})
}
