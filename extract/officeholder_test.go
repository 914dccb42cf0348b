package extract

import "testing"

// TestOfficeHolder checks that a person named to a firm's office, "Ann
// Okafor as its treasurer", is no firm by the "its" after the name, and
// that a firm whose "its" comes after a verb keeps the cue.
func TestOfficeHolder(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "as its treasurer",
			marked: "Jobs\n\n[[Quarbin Corp|ORG]] said it named [[Ann Okafor|PER]] as its treasurer.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `person:ann-okafor PERSON "Ann Okafor"`},
		},
		{
			name:   "its president",
			marked: "Jobs\n\n[[Quarbin Corp|ORG]] elected [[Ann Okafor|PER]] its president and [[Tom Lemmo|PER]] its new chief executive.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `person:ann-okafor PERSON "Ann Okafor"`, `person:tom-lemmo PERSON "Tom Lemmo"`},
		},
		{
			name:   "a firm that named its chief",
			marked: "Jobs\n\nShares rose after [[Zorbit Lemmo|PER]] named its chief executive on Monday.",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit Lemmo"`},
		},
	})
}
