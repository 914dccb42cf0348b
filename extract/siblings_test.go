package extract

import "testing"

// TestSiblingSpans checks, on sentences of our own, that a one-word
// organization after a name word joins it when the article names another
// organization with the same last word ("Swiss Re" beside "Munich Re"),
// and that it stays apart, and is read as the short name, when no such
// sibling is named.
func TestSiblingSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a people word before a sibling's last word",
			marked: "Claims\n\nInsurers such as [[Tervish|MISC]] [[Ro|ORG]] and [[Quarbin Ro|ORG]] lost value. " +
				"[[Tervish|MISC]] [[Ro|ORG]] said claims would rise.",
			want: []string{`org:quarbin-ro ORG "Quarbin Ro"`, `org:tervish-ro ORG "Tervish Ro"`},
		},
		{
			name:   "a town before a club's word",
			marked: "Cup\n\n[[Marlow|LOC]] [[Wanderers|ORG]] drew with [[Quarbin Wanderers|ORG]] on Saturday.",
			want:   []string{`org:marlow-wanderers ORG "Marlow Wanderers"`, `org:quarbin-wanderers ORG "Quarbin Wanderers"`},
		},
		{
			name:   "no sibling: the short name stays the firm's",
			marked: "Claims\n\n[[Quarbin Ro|ORG]] lost value. Analysts said [[Ro|ORG]] would recover.",
			want:   []string{`org:quarbin-ro ORG "Quarbin Ro"`},
		},
		{
			name:   "a people word but no sibling",
			marked: "Claims\n\nThe [[Tervish|MISC]] [[Ro|ORG]] unit lost value.",
			want:   []string{`org:ro ORG "Ro" partial`},
		},
		{
			name:   "a compound before the firm is no name word",
			marked: "Stake\n\n[[Tervish Quarbin|ORG]] said so. It controls [[Marlow-based|LOC]] [[Quarbin|ORG]].",
			want:   []string{`location:marlow LOCATION "Marlow" partial`, `org:tervish-quarbin ORG "Tervish Quarbin"`},
		},
		{
			name:   "an acronym is no sibling's word",
			marked: "Gas\n\nBuyers of [[Tervish|MISC]] [[LPQ|ORG]] and [[Quarbin LPQ|ORG]] paid more.",
			want:   []string{`org:quarbin-lpq ORG "Quarbin LPQ"`},
		},
		{
			name:   "a generic body is no sibling's word",
			marked: "Bonds\n\nThe [[Marlow|LOC]] [[Treasury|ORG]] bond rose. The [[Quarbin Treasury|ORG]] bill fell.",
			want:   []string{`location:marlow LOCATION "Marlow" partial`, `org:quarbin-treasury ORG "Quarbin Treasury"`, `org:treasury@US ORG "Treasury (United States)"`},
		},
	})
}
