package extract

import (
	"iter"
	"strings"
)

// wholeWords yields the start and end of each place, left to right, where
// text writes name as words of their own: no letter, digit or non-ASCII
// byte ([wordByte]) glued to it on either side. "Tervane" stands whole in
// "in Tervane, Ore." and in "Tervane's", not in "Tervanes" or
// "LaTervane". The search goes on after the end of each occurrence, so
// occurrences never overlap.
func wholeWords(text, name string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		if name == "" {
			return
		}
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				return
			}
			s, e := i+j, i+j+len(name)
			i = e
			if s > 0 && wordByte(text[s-1]) || e < len(text) && wordByte(text[e]) {
				continue
			}
			if !yield(s, e) {
				return
			}
		}
	}
}
