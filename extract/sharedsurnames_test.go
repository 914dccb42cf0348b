package extract

import "testing"

// TestSharedSurname checks, on sentences of our own (real given names the
// gazetteer knows, made-up surnames), that a given name alone before "and"
// and a person's two-word name takes that surname, and that a surname
// before "twins" or "brothers" is no one person's node; and the readings
// left alone: a list's item, a given name the article writes as a
// surname, a person's full name before "brothers".
func TestSharedSurname(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a couple sharing a surname",
			marked: "Report\n\nIt was written by the economists [[Jim|PER]] and [[Margaret Quarbin|PER]] last year.",
			want:   []string{`person:jim-quarbin PERSON "Jim Quarbin"`, `person:margaret-quarbin PERSON "Margaret Quarbin"`},
		},
		{
			name:   "a list's item",
			marked: "Music\n\nThe stars were [[Tom Vell|PER]], [[Madonna|PER]] and [[Peter Quarbin|PER]].",
			want: []string{`person:madonna PERSON "Madonna" partial`, `person:peter-quarbin PERSON "Peter Quarbin"`,
				`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a given name the article writes as a surname",
			marked: "Politics\n\n[[Ann Graham|PER]] spoke first. Later [[Graham|PER]] and [[Peter Quarbin|PER]] met.",
			want:   []string{`person:ann-graham PERSON "Ann Graham"`, `person:peter-quarbin PERSON "Peter Quarbin"`},
		},
		{
			name:   "a surname before twins",
			marked: "Tennis\n\nThe [[Quarbin|PER]] twins won the doubles.",
			want:   nil,
		},
		{
			name:   "a two-word name before brothers",
			marked: "Business\n\nShe met [[Tom Quarbin|PER]] brothers and all.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`},
		},
	})
}
