package extract

import "github.com/nergraph/nergraph/internal/names"

// eventCountWords are the lower-case words that count the events of a plural
// head: "played in three Quarbin Opens", "both Lemmo Cups".
var eventCountWords = names.Set{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "both": true, "several": true, "successive": true,
	"consecutive": true}

// eventCount reports whether the word before an event's plural counts
// the events or dates the last of them, which no firm's name follows:
// "played in three Quarbin Opens", "the 1994 and 1998 Lemmo Cups" (the
// years' list stands where [pluralEvent] asks for a join). A number of
// digits stands for a count or a year; "15s" and other words with letters
// are no such number.
func eventCount(p string) bool {
	if eventCountWords[p] {
		return true
	}
	return allDigits(p)
}
