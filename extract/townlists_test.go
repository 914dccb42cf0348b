package extract

import "testing"

// TestTownInList checks, on sentences of our own with made-up names, that
// names taken for people or firms in a list of towns after "in" that ends
// in a state are towns, and the cases left: no preposition before the
// list, a firm's word in the list, no state after it, one town alone.
func TestTownInList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "towns in a list before a state",
			marked: "Cable\n\nThe systems serve homes in [[Tervane|LOC]], [[Amlowby|ORG]], [[Quarbin|PER]],\n" +
				"Zorbit and [[Vell Falls|LOC]], [[N.Y.|LOC]]\n",
			want: []string{`location:amlowby LOCATION "Amlowby" partial`, `location:new-york-state LOCATION "New York State"`,
				`location:quarbin LOCATION "Quarbin" partial`, `location:tervane LOCATION "Tervane" partial`, `location:vell-falls LOCATION "Vell Falls"`},
		},
		{
			name:   "the last town typed as a person, a given name first",
			marked: "Cable\n\nThe systems serve homes in [[Tervane|LOC]] and [[Carol Lake|PER]], [[Fla.|LOC]]\n",
			want:   []string{`location:carol-lake LOCATION "Carol Lake"`, `location:florida LOCATION "Florida"`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "no preposition before the list",
			marked: "Cable\n\nThe buyers were [[Ann Quarbin|PER]], [[Tom Vell|PER]] and [[Zorbit|LOC]], [[Fla.|LOC]]\n",
			want: []string{`location:florida LOCATION "Florida"`, `location:zorbit LOCATION "Zorbit" partial`,
				`person:ann-quarbin PERSON "Ann Quarbin"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a firm in the list",
			marked: "Cable\n\nThe bank has stakes in [[Quarbin|PER]], [[Zorbit Inc|ORG]] and [[Tervane|LOC]], [[Fla.|LOC]]\n",
			want: []string{`location:florida LOCATION "Florida"`, `location:tervane LOCATION "Tervane" partial`,
				`org:zorbit ORG "Zorbit Inc"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "no state after the list",
			marked: "Cable\n\nThe systems serve homes in [[Tervane|LOC]], [[Quarbin|PER]] and Zorbit.\n",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `person:quarbin PERSON "Quarbin" partial`},
		},
	})
}
