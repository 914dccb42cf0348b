package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail14n's reading of a place's name by its Spanish
// opening word: an article ("Los", "Las") or "Puerto" and "San" ("Los
// Quarbos", "Puerto Zorbo", "San Tervano"). Such a name the recognizer
// took for a person's is a place: no given name is written so.

// placeOpeners open places' names in Spanish. "Santa" and "Rio" are left
// out: "Santa Claus", "Rio Ferdinand"; "La" and "El" open people's names
// too ("El Hadji Diouf").
var placeOpeners = names.Set{"los": true, "las": true, "puerto": true, "san": true}

// spanishPlaceOpener reports whether a name of two or three words typed
// as a person's, with no title before it, opens with a word of
// [placeOpeners]: "Puerto Zorbo", "the cities of Los Quarbos and Las
// Lemmas".
func spanishPlaceOpener(text string, m *mention) bool {
	if m.typ != Person || len(m.words) < 2 || len(m.words) > 3 || !placeOpeners[m.words[0]] {
		return false // the cheap first question
	}
	// A firm's word or a slash keeps a firm's name ("San/Lemmo Corp",
	// "San/Lemmo" alone), and a
	// capitalized word and a colon before it make it a title's subtitle
	// ("ZGT: San Tervano", a game).
	if m.Title != "" || m.canon != "" || anyOrgWord(m.words) || strings.Contains(m.Text, "/") || titleBefore(text, m.Start) != "" {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	return !strings.HasSuffix(p, ":") || !upperWord(p)
}
