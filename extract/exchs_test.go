package extract

import "testing"

func TestExchsHeading(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town before EXCHS in a rates table's heading",
			marked: "Rates\n\n[[TORONTO EXCHS|LOC]] CLOSING - APRIL 7. [[Quarbin Exchs|ORG]] 1100 - JUNE 29. [[Tervane Exchanges|ORG]] rose.",
			want:   []string{`location:toronto LOCATION "TORONTO" partial`, `org:tervane-exchanges ORG "Tervane Exchanges"`},
		},
	})
}
