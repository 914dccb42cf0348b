package extract

import "testing"

// TestBaseStationResult checks, on sentences of our own, that "RAF" and a
// name is an air base, "Radio" and a name a station, and a name beside a
// score in a results line a team, when the recognizer took them for people;
// and the readings left alone: three words after "RAF" (no base of ours), a
// person beside a score in a sentence.
func TestBaseStationResult(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an air base",
			marked: "Protest\n\nPolice turned protestors away near [[RAF Quarbinton|PER]] last year.",
			want:   []string{`location:raf-quarbinton LOCATION "RAF Quarbinton"`},
		},
		{
			name:   "a radio station",
			marked: "Tech\n\nThe site was run by the US-funded [[Radio Tervo|PER]].",
			want:   []string{`org:radio-tervo ORG "Radio Tervo"`},
		},
		{
			name:   "a team after a score in a results line",
			marked: "Lemmo Vale 3-2 [[Zorbitsport|PER]]\n\nLemmo Vale won the cup.",
			want:   []string{`org:zorbitsport ORG "Zorbitsport" partial`},
		},
		{
			name:   "a body's name of three words after RAF",
			marked: "Protest\n\nThe [[RAF Tervane Regiment|PER]] was sent in.",
			want:   []string{`person:raf-tervane-regiment PERSON "RAF Tervane Regiment"`},
		},
		{
			name:   "a person beside a score in a sentence",
			marked: "Tennis\n\nHe beat [[Tom Quarbin|PER]] 6-3 in the final on Sunday.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`},
		},
	})
}
