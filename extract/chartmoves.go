package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds tail14n's reading of a chart's place written without
// "number" before "with" and a record's name: "slipped one place to four
// with Zorbit Nights", "entered the chart at six with Lemmo". It widens
// [chartHitWith], which reads "at number six with".

// chartMoveWords stand before "to" or "at" and a place in a chart: "one
// place to four", "two places to six", "entered the chart at four", "went
// straight in at five".
var chartMoveWords = names.Set{"place": true, "places": true, "chart": true, "charts": true, "in": true}

// chartMoveBefore reports whether the word q before a chart's place is
// "to" or "at" and the word before q (which ends at qs) is a word of a
// move in a chart ([chartMoveWords]). "Raised the lead to four with Ann
// Vell's goal" and "level at two with" have no such word.
func chartMoveBefore(text, q string, qs int) bool {
	if q != "to" && q != "at" {
		return false
	}
	r, _ := prevWordFast(text, qs)
	return chartMoveWords[r]
}
