package extract

import "testing"

// TestDemonymOpeners checks, on sentences of our own, that a demonym glued
// before a surname that the article names in full, and a people in the
// plural before a full name, are cut; and that a demonym after an office
// (a given name), a given name the gazetteer knows, a firm's suffix and a
// one-word name the article names only alone stay whole.
func TestDemonymOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a surname the article names in full",
			marked: "Race\n\n[[Brazilian Quarbello|PER]] and [[Ann Okafor|PER]] waited. [[Tizo Quarbello|PER]] won.",
			want:   []string{`person:ann-okafor PERSON "Ann Okafor"`, `person:tizo-quarbello PERSON "Tizo Quarbello"`},
		},
		{
			name:   "a people in the plural",
			marked: "Race\n\nThe winners were [[Kenyans Evans Quarbell|PER]] and [[Ann Okafor|PER]] this year.",
			want:   []string{`person:ann-okafor PERSON "Ann Okafor"`, `person:evans-quarbell PERSON "Evans Quarbell"`},
		},
		{
			name:   "after an office, a given name, a suffix, one word alone",
			marked: "Oil\n\nThe economy minister [[Russian Quarbev|PER]] spoke. [[Tizo Quarbev|PER]] agreed. [[Christian Okafor|PER]] and [[Turk Lunmark A.S.|PER]] met. [[Spanish Tervel|PER]] came. [[Tervel|PER]] left.",
			want:   []string{`person:christian-okafor PERSON "Christian Okafor"`, `person:russian-quarbev PERSON "Russian Quarbev"`, `person:spanish-tervel PERSON "Spanish Tervel"`, `person:tizo-quarbev PERSON "Tizo Quarbev"`, `person:turk-lunmark-as PERSON "Turk Lunmark A.S."`},
		},
	})
}
