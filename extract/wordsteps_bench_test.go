package extract

import (
	"strings"
	"testing"
)

// stepText is a news paragraph of the usual shape: ASCII words, a few
// letters outside ASCII, punctuation glued to the words, a line break.
var stepText = strings.Repeat("The Halvex board met in Tarnow on Tuesday, its chairman Ann Lunmark said; "+
	"shares of Quorn Mining rose 4.5% after the café chain's results.\nAnalysts at Velle & Marle "+
	"expect the Skarvo oil field to open next year. ", 8)

// BenchmarkNextWord reads the word after every word's start, as the rules
// that ask for the word after a name do.
func BenchmarkNextWord(b *testing.B) { benchWordStep(b, nextWord) }

// BenchmarkPrevWordFast reads the word before every word's end, as the
// rules that ask for the word before a name do.
func BenchmarkPrevWordFast(b *testing.B) { benchWordStep(b, prevWordFast) }

// BenchmarkPrevWord is BenchmarkPrevWordFast for prevWord, which decodes
// the runes outside ASCII.
func BenchmarkPrevWord(b *testing.B) { benchWordStep(b, prevWord) }

// benchWordStep asks step for the word at every space of stepText (the
// start of the next word, the end of the one before) and reports the
// nanoseconds a word.
func benchWordStep(b *testing.B, step func(string, int) (string, int)) {
	var at []int
	for i := 0; i < len(stepText); i++ {
		if stepText[i] == ' ' {
			at = append(at, i)
		}
	}
	n := 0
	for b.Loop() {
		for _, i := range at {
			w, _ := step(stepText, i)
			n += len(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(at)), "ns/word")
	_ = n
}
