package extract

import "testing"

// TestNamesakeBody checks, on sentences of our own, that a person's span
// with "the" before it is grown over the foundation named after him, and
// that a person's name with "the" before it and no such head is left.
func TestNamesakeBody(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the whole name taken for a person",
			marked: "Grants\n\nGrants from the [[Tom Vell|PER]] Memorial Trust went to six schools.",
			want:   []string{`org:tom-vell-memorial-trust ORG "Tom Vell Memorial Trust"`},
		},
		// Left alone.
		{
			name:   "a determiner but no body's head",
			marked: "Years\n\nThe [[Tom Vell|PER]] years were over, the board said.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
	})
}
