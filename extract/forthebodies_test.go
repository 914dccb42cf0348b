package extract

import "testing"

// TestForTheSpans checks, on sentences of our own, that a body's name of
// the form "Head for the Purpose" cut at "for the" is one name, whether
// the recognizer gave the head a span or not; and the reading left alone:
// a body working for another body.
func TestForTheSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two spans at for the",
			marked: "Health\n\nThe [[Tervane Foundation|ORG]] for the [[Care of Lemmox Families|ORG]] said so.",
			want:   []string{`org:tervane-foundation-for-the-care-of-lemmox-families ORG "Tervane Foundation for the Care of Lemmox Families"`},
		},
		{
			name:   "a head in no span",
			marked: "Research\n\nThe Quarbin Centre for the [[Study of Lemmox Hills|ORG]] said so.",
			want:   []string{`org:centre-for-the-study-of-lemmox-hills ORG "Centre for the Study of Lemmox Hills"`},
		},
		{
			name:   "a body working for another body",
			marked: "Defence\n\nA report by the [[Tervane Agency|ORG]] for the [[Lemmox Committee|ORG]] was out.",
			want:   []string{`org:lemmox-committee ORG "Lemmox Committee"`, `org:tervane-agency ORG "Tervane Agency"`},
		},
	})
}
