package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail16j's cue of an event or an award by a time's
// possessive right before its name: "at last year's Zorbit Cup", "a
// contender for this year's Quarbins", "after last Saturday's Lemmo
// Trials in Vell", "in January's Tervane Indoor in Quarbe". A span of time
// owns what happens in it (a contest, a ceremony, a show, a list), not a
// firm or a body; a body's event written the same way has its noun after
// the name ("next week's Quarbin Council summit", "this year's Zorbit
// awards"), which the guard of the word after leaves. Asked by
// [ownedThings].

// timeSpans are the spans of time whose possessive, after "last", "this"
// or "next", may own an event: "last year's", "this season's", "next
// week's".
var timeSpans = names.Set{"year": true, "season": true, "week": true, "weekend": true, "month": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "winter": true, "summer": true, "spring": true, "autumn": true}

// ownedMonths are the months whose possessive alone owns an event:
// "January's Zorbit Indoor". May, June, April and August are left: they
// are given names as often ("April's Quarbin Band").
var ownedMonths = names.Set{"january": true, "february": true, "march": true, "july": true, "september": true,
	"october": true, "november": true, "december": true}

// timeDeterminers open a time's possessive of [timeSpans].
var timeDeterminers = names.Set{"last": true, "this": true, "next": true}

// timeEventNext are the lower-case words that may follow an event's name
// after a time's possessive: a preposition of where or when, or a verb
// ("last year's Zorbit Cup in Vell", "this year's Quarbins was").
// Another lower-case word makes the name a modifier of a noun, the event
// the noun's ("last week's Quarbin Council vote", "Friday's Lemmo
// newspaper").
var timeEventNext = names.Set{"in": true, "at": true, "on": true, "was": true, "is": true, "will": true, "has": true,
	"had": true, "were": true, "when": true, "where": true, "which": true}

// timeOwnedEvent reports whether a name the recognizer typed as an
// organization follows a time's possessive: a span of [timeSpans] after
// "last", "this" or "next" ("last year's", "this Saturday's"), or a month
// of [ownedMonths] ("January's"). A day's possessive alone is left
// ("Friday's Quarbin Herald", a newspaper's issue), as is an acronym (a
// body's as often: "this year's ZQ summit"), a name in a headline, a name
// with an organization's head or a company's suffix, a place, a country
// or a well-known name ([kindThingName]: a club, "this season's Lemmo
// United"), a name a table or an alias rule gave ([workTyped]), and a name
// that goes on: a capitalized word, a number, a possessive or a glued
// word after it, or a lower-case word but a preposition or a verb
// ([timeEventNext], or a past tense in "-ed": "landed"). The cheap first
// question is the three bytes of "'s " before the name.
func timeOwnedEvent(text string, m *mention) bool {
	s := m.Start
	if s < 8 || text[s-1] != ' ' || text[s-2] != 's' || text[s-3] != '\'' && !strings.HasSuffix(text[:s-2], "’") {
		return false // the usual case, decided at once
	}
	if m.typ != Org && !timeOwnedPerson(m) || !workTyped(m) || m.headline || m.acronym { // tail16q: timeOwnedPerson
		return false
	}
	p, ps := prevWordFast(text, s)
	span, ok := strings.CutSuffix(p, "'s")
	if !ok {
		span, _ = strings.CutSuffix(p, "’s")
	}
	span = strings.ToLower(span)
	if !ownedMonths[span] {
		if !timeSpans[span] {
			return false
		}
		if d, _ := prevWordFast(text, ps); !timeDeterminers[strings.ToLower(d)] {
			return false // "Friday's Quarbin Herald", "a year's Zorbit subscription"
		}
	}
	return timeEventEnds(text, m.End) && kindThingName(m, m.words)
}

// timeEventEnds reports whether the name that ends at end goes on no
// further, as [timeOwnedEvent] asks: the text ends, punctuation follows,
// or a space and a lower-case word of [timeEventNext] or a past tense.
func timeEventEnds(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	if c := text[end]; c != ' ' {
		return strings.IndexByte(".,;:!?)", c) >= 0
	}
	w, _ := nextWord(text, end)
	w = strings.TrimRight(w, ",.;:!?)")
	if w == "" || !lowerWord(w) {
		return false
	}
	return timeEventNext[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}
