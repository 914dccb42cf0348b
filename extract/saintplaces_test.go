package extract

import "testing"

// TestSaintPossessive checks, on sentences of our own, that a saint's name
// cut by the recognizer before its possessive is grown over the building,
// street or school it names, and that a possessive before a common noun or
// before a name of another kind is left.
func TestSaintPossessive(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a chapel",
			marked: "Service\n\nThe couple will attend a service in [[St Quarn|LOC]]'s Chapel at [[Vellton|LOC]] on Friday.",
			want:   []string{`location:st-quarns-chapel LOCATION "St Quarn's Chapel"`, `location:vellton LOCATION "Vellton" partial`},
		},
		{
			name:   "a school, its head taken as a name of its own",
			marked: "Visit\n\nHe met two pupils from [[St Tervan|LOC]]'s [[Middle School|ORG]] on the trip.",
			want:   []string{`org:st-tervans-middle-school ORG "St Tervan's Middle School"`},
		},
		// Left alone.
		{
			name:   "a common noun after the possessive",
			marked: "Feast\n\nThe town marks [[St Quarn|LOC]]'s feast every spring.",
			want:   []string{`location:st-quarn LOCATION "St Quarn"`},
		},
		{
			name:   "no head after the possessive",
			marked: "Ground\n\nThey won at [[St Quarn|LOC]]'s [[Vellton Stand|LOC]] last year.",
			want:   []string{`location:st-quarn LOCATION "St Quarn"`, `location:vellton-stand LOCATION "Vellton Stand"`},
		},
	})
}
