package extract

import "testing"

// TestKindInside checks, on sentences of our own, that a lower-case kind
// noun inside a span cuts off the words before it, and that a name's own
// small words stay.
func TestKindInside(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a campaign group's name",
			marked: "Bill\n\n[[Civil Freedoms group Zorbity|ORG]] has argued against the bill.",
			want:   []string{`org:zorbity ORG "Zorbity" partial`},
		},
		{
			name:   "a name's small words stay",
			marked: "Bill\n\n[[Friends of the Tervane|ORG]] argued against the bill.",
			want:   []string{`org:friends-of-the-tervane ORG "Friends of the Tervane"`},
		},
	})
}

// TestThroughParts checks that a lower-case "through" cuts a span of two
// firms in two.
func TestThroughParts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "controlled through a holding company",
			marked: "Deal\n\nThe firm will be controlled by [[Vantaro through Oil Lemmo Holdings|ORG]] Ltd.",
			want:   []string{`org:oil-lemmo ORG "Oil Lemmo Holdings Ltd."`, `org:vantaro ORG "Vantaro" partial`},
		},
	})
}

// TestGovernmentAcronym checks that a government's generic words before
// an agency's acronym are cut off, in one span or two, and that a name of
// words stays.
func TestGovernmentAcronym(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "one span",
			marked: "Complaint\n\nShe filed a complaint with the [[Federal Government ZQC|ORG]] last week.",
			want:   []string{`org:zqc ORG "ZQC" partial`},
		},
		{
			name:   "two spans",
			marked: "Complaint\n\nShe filed a complaint with the [[Federal Government|ORG]] [[ZQC|ORG]] last week.",
			want:   []string{`org:zqc ORG "ZQC" partial`},
		},
		{
			name:   "a government of a place stays",
			marked: "Complaint\n\nShe wrote to the [[Tervane Government|ORG]] last week.",
			want:   []string{`org:tervane-government ORG "Tervane Government"`},
		},
	})
}

// TestPublishedAdjective checks that "-published" before a name is an
// adjective, cut from it.
func TestPublishedAdjective(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a periodical after a published adjective",
			marked: "Trade\n\nSales fell, according to the [[Tervane-published Asia Quarterly|ORG]].",
			want:   []string{`org:asia-quarterly ORG "Asia Quarterly"`},
		},
	})
}
