package extract

import "testing"

// TestWorkBodyWord checks, on sentences of our own with made-up names,
// that a title after a two-word kind of work whose first word is an
// adjective of body names ("World", "New") is a work (no node)
// ([workBodyWord]), and what stays: a body's head later in the name, an
// adjective with a body's head after it.
func TestWorkBodyWord(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "World opens a game's title",
			marked: "Games\n\nWhen video game [[World of Zorbit|ORG]] hit the shops, fans queued.",
			want:   nil,
		},
		{
			name:   "New opens a show's title",
			marked: "TV\n\nThe quiz show [[New Lemmox Hour|ORG]] drew five million viewers.",
			want:   nil,
		},
		{
			name:   "a body's head later in the name",
			marked: "TV\n\nThe talk show [[Lemmox Council|ORG]] paid for the studio.",
			want:   []string{`org:lemmox-council ORG "Lemmox Council"`},
		},
		{
			name:   "an adjective and a body's head",
			marked: "Games\n\nThe video game [[World Zorbit Council|ORG]] met in the hall.",
			want:   []string{`org:world-zorbit-council ORG "World Zorbit Council"`},
		},
	})
}
