package extract

import "testing"

// TestFirmInternational checks that a firm cut before "International" and
// its suffix is joined whole, after a company suffix or a possessive, and
// that a place before such a firm stays apart.
func TestFirmInternational(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "after a company suffix",
			marked: "Notes\n\nThe lead manager is [[Quarbin Bank Corp|ORG]] [[International Ltd|ORG]], dealers said.",
			want:   []string{`org:quarbin-bank-corp-international ORG "Quarbin Bank Corp International Ltd"`},
		},
		{
			name:   "an arm with its region",
			marked: "Notes\n\nThe manager is [[Quarbin Bank Corp|ORG]] [[International Asia Inc|ORG]], dealers said.",
			want:   []string{`org:quarbin-bank-corp-international-asia ORG "Quarbin Bank Corp International Asia Inc"`},
		},
		{
			name:   "an arm in one span",
			marked: "Notes\n\nThe manager is [[Quarbin Bank Corp International Asia Inc|ORG]], dealers said.",
			want:   []string{`org:quarbin-bank-corp-international-asia ORG "Quarbin Bank Corp International Asia Inc"`},
		},
		{
			name:   "a broker before another firm",
			marked: "Notes\n\nThe manager is [[Quarbin Securities Inc.|ORG]] [[International Zorbit Leasing Corp|ORG]], dealers said.",
			want:   []string{`org:international-zorbit-leasing ORG "International Zorbit Leasing Corp"`, `org:quarbin-securities ORG "Quarbin Securities Inc."`},
		},
		{
			name:   "after a possessive",
			marked: "Burgers\n\n[[Zorbit|PER]]'s [[International Inc|ORG]] said sales rose.",
			want:   []string{`org:zorbits-international ORG "Zorbit's International Inc"`},
		},
		{
			name:   "a place before",
			marked: "Plants\n\nThe plant in [[Tervane|LOC]] [[International Ltd|ORG]] bought was closed.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `org:international ORG "International Ltd"`},
		},
	})
}

// TestParentAndInternationalUnit checks that a firm's parent, named in full
// with its own suffixes, is not linked as a short name to the firm's
// international unit that shares its first word.
func TestParentAndInternationalUnit(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "parent and unit",
			marked: "Notes\n\n[[Quarbin Corp International Ltd|ORG]] said it sold a block. Quarbin International, a unit of the " +
				"Tervane based [[Quarbin Corp Holdings Ltd|ORG]], will gain.",
			want: []string{`org:quarbin ORG "Quarbin Corp Holdings Ltd"`, `org:quarbin-corp-international ORG "Quarbin Corp International Ltd"`},
		},
		{
			name:   "a short name with its suffix",
			marked: "Deals\n\n[[Zorbit Corp of Quarbia|ORG]] won a contract. [[Zorbit Corp|ORG]] said it would hire.",
			want:   []string{`org:zorbit-corp-of-quarbia ORG "Zorbit Corp of Quarbia"`},
		},
	})
}
