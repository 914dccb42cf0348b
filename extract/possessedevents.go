package extract

import "strings"

// This file holds tail12o's cue of a sporting or trade event by a
// possessive before its name and the event's noun after it: "Sunday's
// Zorbit International meeting", "Tervane's Quarbin Galan meeting",
// "Lemmo's quarterly Zorbit Computing event". A body's meeting has the
// same shape ("Monday's Quarbin Council meeting"); [kindThingName] leaves
// names ending in a body's head, places and well-known names, and
// [ownedThings] names the tables know as bodies. Asked by [ownedThings].

// eventNouns name a meeting of athletes, players or a trade right after
// its name.
var eventNouns = map[string]bool{"meeting": true, "meet": true, "tournament": true, "trials": true, "race": true,
	"marathon": true, "half-marathon": true, "event": true, "championships": true, "regatta": true}

// possessedEvent reports whether a name typed as an organization, not
// ruled and no acronym, is followed by an event's noun ([eventNouns]) and
// preceded by a possessive ("Sunday's", "last year's", "Tervane's"),
// maybe with one lower-case word between ("quarterly"), and may name a
// thing by [kindThingName]'s guard (a describing word such as
// "International" or "Computing" is no firm's beside the event's noun).
func possessedEvent(text string, m *mention) bool {
	if m.typ != Org || m.ruled() || m.acronym || len(m.words) == 0 || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	next, _ := nextWord(text, m.End)
	if !eventNouns[strings.TrimRight(next, ".,;:!?)'\"")] {
		return false // the cheap first question
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "" && isLowerASCII(p[0]) && !strings.HasSuffix(p, "'s") {
		p, _ = prevWordFast(text, ps)
	}
	if !eventPossessive(p) {
		return false
	}
	return kindThingName(m, m.words)
}

// eventPossessive reports whether w is a word of two letters or more
// before "'s".
func eventPossessive(w string) bool {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return true
		}
	}
	return false
}
