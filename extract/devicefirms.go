package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15t) narrows the device cue of [deviceAfter]: a kind of
// device right after a name says it is the device's name only where no
// firm's noun follows the device's word. "The Quarbin aircraft
// consortium" and "the Lemmo jet maker" name firms by what they build,
// while "the Quarbin aircraft" and "the QX\ndrive" name things. With the
// firm's noun read, a line's end between the name and the device's word
// (the wires wrap their lines anywhere) is read as a space.

// deviceFirmNouns follow a device's word in a firm's description: "the
// Quarbin aircraft consortium", "the Lemmo chip maker", "the Quarbin
// jet unit". Words of an order or a deal ("the QX aircraft order") are
// the device's and left out.
var deviceFirmNouns = names.Set{"consortium": true, "consortia": true, "maker": true, "makers": true,
	"company": true, "companies": true, "group": true, "unit": true, "division": true, "subsidiary": true,
	"venture": true, "business": true, "arm": true, "manufacturer": true, "manufacturers": true, "firm": true,
	"firms": true, "industry": true, "industries": true, "partner": true, "partners": true, "builder": true,
	"builders": true, "supplier": true, "suppliers": true, "producer": true, "producers": true}

// deviceWordAt reports whether a kind of device ([deviceNouns]) follows a
// name that ends at end, after a space or one line's end ([lineGap]),
// and no firm's noun ([deviceFirmNouns]) after the device's word: "the QX
// handheld", "the QX\ndrive", not "the Quarbin aircraft consortium".
func deviceWordAt(text string, end int) bool {
	if !lineGap(text, end) {
		return false
	}
	n, ne := nextWord(text, end)
	k := strings.TrimRight(n, ",.;:")
	if !deviceNouns[k] {
		return false
	}
	if k != n || ne >= len(text) || !lineGap(text, ne) {
		return true // a comma or a period ends the noun phrase
	}
	f, _ := nextWord(text, ne)
	return !deviceFirmNouns[strings.TrimRight(f, ",.;:)")]
}
