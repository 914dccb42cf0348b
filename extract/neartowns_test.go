package extract

import "testing"

// TestNearPlace checks, on sentences of our own, that a one-word name
// typed an organization right after "near" is a place ([nearTown]); and
// the readings left alone: a firm's possessive after "near", an acronym.
// (tail10zv wrote a twin of nearTown with these cases; the merge kept
// tail10zt's rule and these cases.)
func TestNearPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town after near",
			marked: "Music\n\nThe festival is held at Lemmo near [[Quarbinton|ORG]] in July.",
			want:   []string{`location:quarbinton LOCATION "Quarbinton" partial`},
		},
		{
			name:   "a firm's possessive after near",
			marked: "Oil\n\nThe fire broke out near [[Quarbinton|ORG]]'s plant.",
			want:   []string{`org:quarbinton ORG "Quarbinton" partial`},
		},
		{
			name:   "an acronym after near",
			marked: "Oil\n\nThe fire broke out near [[QRB|ORG]] in July.",
			want:   []string{`org:qrb ORG "QRB" partial`},
		},
	})
}
