package extract

import "testing"

// TestTreatyNames checks, on sentences of our own, that a treaty's name by
// a plural "Conventions" or a "Convention on" is no entity ([treatyName]),
// and that a body whose name holds "Convention" before other words stays
// one.
func TestTreatyNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a plural Conventions last",
			marked: "Talks\n\nThe raid broke the [[Tervane Conventions|LOCATION]], the envoy said.",
			want:   nil,
		},
		{
			name:   "a Convention on its subject",
			marked: "Talks\n\nThe ruling cited the [[Quarbin Convention on Fisheries|ORG]] twice.",
			want:   nil,
		},
		{
			name:   "a convention centre's authority",
			marked: "Talks\n\nThe [[Lunmark Convention Center Authority|ORG]] sold bonds.",
			want:   []string{`org:lunmark-convention-center-authority ORG "Lunmark Convention Center Authority"`},
		},
	})
}
