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
func BenchmarkNextWord(b *testing.B) {
	var starts []int
	for i := 0; i < len(stepText); i++ {
		if stepText[i] == ' ' {
			starts = append(starts, i)
		}
	}
	n := 0
	for b.Loop() {
		for _, i := range starts {
			w, _ := nextWord(stepText, i)
			n += len(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(starts)), "ns/word")
	_ = n
}

// BenchmarkPrevWordFast reads the word before every word's end, as the
// rules that ask for the word before a name do.
func BenchmarkPrevWordFast(b *testing.B) {
	var ends []int
	for i := 0; i < len(stepText); i++ {
		if stepText[i] == ' ' {
			ends = append(ends, i)
		}
	}
	n := 0
	for b.Loop() {
		for _, i := range ends {
			w, _ := prevWordFast(stepText, i)
			n += len(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ends)), "ns/word")
	_ = n
}

// BenchmarkPrevWord is BenchmarkPrevWordFast for prevWord, which decodes
// the runes outside ASCII.
func BenchmarkPrevWord(b *testing.B) {
	var ends []int
	for i := 0; i < len(stepText); i++ {
		if stepText[i] == ' ' {
			ends = append(ends, i)
		}
	}
	n := 0
	for b.Loop() {
		for _, i := range ends {
			w, _ := prevWord(stepText, i)
			n += len(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ends)), "ns/word")
	_ = n
}
