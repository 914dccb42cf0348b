package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14d) holds the cue by which a name ending in
// "Conference" that the recognizer typed as an organization is a
// meeting, an event (MISC, no node of the graph): the article writes it
// where one attends or speaks to a meeting, "at the Zorbit Users
// Conference in Tervane", "told the Quarbin Energy Conference that". A
// sports league or a standing body is written otherwise ("in the
// Tervane Conference", "the Quarbin Conference said").

// meetingVerbs stand before "the", "a" or "an" and a meeting's name:
// "at the", "told the", "addressed a".
var meetingVerbs = names.Set{"at": true, "told": true, "addressed": true, "addressing": true, "attend": true,
	"attended": true, "attending": true}

// meetingAfter may follow a meeting's name inside its sentence: a place
// or a time ("in Tervane", "this week"), or a clause ("that", "which").
var meetingAfter = names.Set{"in": true, "on": true, "here": true, "there": true, "this": true, "last": true,
	"next": true, "that": true, "which": true, "where": true, "held": true, "today": true, "yesterday": true}

// conferenceEvent reports whether a name typed as an organization, of
// two words or more and ending in "Conference", with no settled identity
// and no well-known name, is written every time after a word of
// [meetingVerbs] and "the", "a" or "an", and before a mark or a word of
// [meetingAfter].
func conferenceEvent(text string, m *mention) bool {
	if m.typ != Org || len(m.words) < 2 || last(m.words) != "conference" || m.canon != "" || m.forced != "" ||
		m.agency >= 0 || m.country >= 0 {
		return false
	}
	if _, known := names.Known(m.Name); known {
		return false
	}
	return meetingAt(text, m.Start, m.End) &&
		everyTime(text, m.Name, func(end int) bool { return meetingAt(text, end-len(m.Name), end) })
}

// meetingAt reports whether the words before start are a word of
// [meetingVerbs] and an article, and the text after end is a mark or a
// word of [meetingAfter].
func meetingAt(text string, start, end int) bool {
	d, ds := prevWordFast(text, start)
	if d != "the" && d != "a" && d != "an" {
		return false
	}
	if v, _ := prevWordFast(text, ds); !meetingVerbs[strings.ToLower(v)] {
		return false
	}
	if end >= len(text) {
		return true
	}
	if c := text[end]; c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '"' {
		return true
	}
	n, _ := nextWord(text, end)
	return meetingAfter[strings.TrimRight(n, ",.;:")]
}

// meetingHead returns the key "conference" for a thing whose name ends
// in that word, so that "the Conference" alone, written later for the
// same meeting, goes with it; nil for any other name.
func meetingHead(m *mention) []string {
	if len(m.words) >= 2 && last(m.words) == "conference" {
		return []string{"conference"}
	}
	return nil
}
