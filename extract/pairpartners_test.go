package extract

import "testing"

// TestPairPartnerSpans checks tail14k's firms of two partners cut at their
// comma: joined where the words around say the comma is inside one name,
// left two names where they do not.
func TestPairPartnerSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "after a list's last and",
			marked: "Shares\n\nThe shares were placed by [[Ostra Corp|ORG]] and [[Tervane|ORG]], [[Quarbin Lunmark Ltd|ORG]] for resale.",
			want:   []string{`org:ostra ORG "Ostra Corp"`, `org:tervane-quarbin-lunmark ORG "Tervane, Quarbin Lunmark Ltd"`},
		},
		{
			name:   "brackets around both",
			marked: "Shares\n\nThe dealers are ([[Tervane|PER]], [[Quarbin Inc|ORG]]) and ([[Ostra Ltd|ORG]]).",
			want:   []string{`org:ostra ORG "Ostra Ltd" source`, `org:tervane-quarbin ORG "Tervane, Quarbin Inc"`},
		},
		{
			name:   "the one name without a suffix in a list",
			marked: "Shares\n\nThe dealers are Tervane, [[Quarbin Inc|ORG]], [[Ostra Ltd|ORG]] and [[Lunmark Corp|ORG]].",
			want:   []string{`org:lunmark ORG "Lunmark Corp."`, `org:ostra ORG "Ostra Ltd"`, `org:tervane-quarbin ORG "Tervane, Quarbin Inc"`},
		},
		{
			name:   "one analyst after",
			marked: "Shares\n\n\"It will rise,\" [[Tervane|ORG]], [[Quarbin Inc|ORG]] Boston-based bank analyst [[Ann Vell|PER]] told us.",
			want:   []string{`location:boston LOCATION "Boston" partial`, `org:tervane-quarbin ORG "Tervane, Quarbin Inc"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "its subsidiary",
			marked: "Shares\n\n[[Ostra Corp|ORG]] said its [[Tervane|PER]], [[Quarbin Ltd|ORG]] subsidiary bought a plant.",
			want:   []string{`org:ostra ORG "Ostra Corp"`, `org:tervane-quarbin ORG "Tervane, Quarbin Ltd"`},
		},
		{
			name:   "no cue: two firms",
			marked: "Shares\n\nThe shares of [[Tervane|ORG]], [[Quarbin Inc|ORG]] rose.",
			want:   []string{`org:quarbin ORG "Quarbin Inc"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "the first partner written alone",
			marked: "Shares\n\nThe dealers are [[Tervane|ORG]], [[Quarbin Inc|ORG]], [[Ostra Ltd|ORG]] and [[Lunmark Corp|ORG]]. [[Tervane|ORG]] said so.",
			want:   []string{`org:lunmark ORG "Lunmark Corp."`, `org:ostra ORG "Ostra Ltd"`, `org:quarbin ORG "Quarbin Inc"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "and after no suffix",
			marked: "Shares\n\nThe shares were placed by Ostra and [[Tervane|ORG]], [[Quarbin Lunmark Ltd|ORG]] for resale.",
			want:   []string{`org:quarbin-lunmark ORG "Quarbin Lunmark Ltd"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a town before the comma",
			marked: "Shares\n\nThe shares were placed by [[Ostra Corp|ORG]] and [[Denver|LOC]], [[Quarbin Lunmark Ltd|ORG]] for resale.",
			want:   []string{`location:denver LOCATION "Denver" partial`, `org:ostra ORG "Ostra Corp"`, `org:quarbin-lunmark ORG "Quarbin Lunmark Ltd"`},
		},
		{
			name:   "a month before the comma",
			marked: "Shares\n\nIt said that in December, [[Quarbin Inc|ORG]] and [[Ostra Corp|ORG]] merged.",
			want:   []string{`org:ostra ORG "Ostra Corp"`, `org:quarbin ORG "Quarbin Inc"`},
		},
		{
			name:   "a state before the comma",
			marked: "Shares\n\nThe state of Ohio, [[Quarbin Inc|ORG]] and [[Ostra Corp|ORG]] agreed.",
			want:   []string{`org:ostra ORG "Ostra Corp"`, `org:quarbin ORG "Quarbin Inc"`},
		},
		{
			name:   "initials open the second name",
			marked: "Shares\n\nIt delayed the bids by Tervane, [[J.P. Quarbin Corp|ORG]] and [[Ostra Corp|ORG]] today.",
			want:   []string{`org:jp-quarbin ORG "J.P. Quarbin Corp"`, `org:ostra ORG "Ostra Corp"`},
		},
		{
			name:   "and before the first partner with no suffix before it",
			marked: "Shares\n\nIt sued the Navy and Tervane, [[Quarbin Corp|ORG]], and [[Ostra Corp|ORG]] today.",
			want:   []string{`org:ostra ORG "Ostra Corp"`, `org:quarbin ORG "Quarbin Corp"`},
		},
	})
}
