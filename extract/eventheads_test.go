package extract

import "testing"

// TestEveningEvents checks tail14f's event heads of an evening
// ("dinner", "gala" in names.MiscHeads) and that "ball" is none.
func TestEveningEvents(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an awards dinner",
			marked: "Arts\n\nShe will be honoured at the [[Quarbin and Lemmo Awards Dinner|ORG]] on 3 May.",
			want:   nil,
		},
		{
			name:   "an athletics gala",
			marked: "Sport\n\nThe winners were named at the [[Zorbit Athletics Gala|ORG]] in Tervane.",
			want:   nil,
		},
		{
			name:   "a surname Ball is a person",
			marked: "Arts\n\nThe show was hosted by [[Anna Ball|PERSON]] last night.",
			want:   []string{`person:anna-ball PERSON "Anna Ball"`},
		},
		{
			name:   "dinner not last",
			marked: "Business\n\n[[Dinner Quarbin Ltd|ORG]] said profits rose.",
			want:   []string{`org:dinner-quarbin ORG "Dinner Quarbin Ltd"`},
		},
	})
}
