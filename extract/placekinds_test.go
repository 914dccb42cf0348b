package extract

import "testing"

// TestPlaceKinds checks, on sentences of our own, that a name after a
// singular kind of place and "of", before a mine's tunnel or vein, or
// between "its" and a plant's noun, is a place whatever the recognizer
// typed it; and the readings left alone: a refinery named by its owner
// after "the", a firm's name between "its" and "plant", a body's name
// after "port of", a kind of place with no "the" before it, a name the
// article also writes alone.
func TestPlaceKinds(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town after an oasis of, typed a person",
			marked: "Desert\n\nTroops took the northern oasis of [[Tervane Amlow|PER]], the army said.",
			want:   []string{`location:tervane-amlow LOCATION "Tervane Amlow"`},
		},
		{
			name:   "a port after a people's adjective, typed a firm",
			marked: "Shipping\n\nA ship will load sugar at the Pacific port of [[Quarbin Verde|ORG]] on Monday.",
			want:   []string{`location:quarbin-verde LOCATION "Quarbin Verde"`},
		},
		{
			name:   "a tunnel of a mine, typed a firm",
			marked: "Mining\n\nAssays from the [[Lunmark|ORG]] tunnel on its Velle property improved.",
			want:   []string{`location:lunmark LOCATION "Lunmark" partial`},
		},
		{
			name:   "a works between its and a plant's noun, typed a firm",
			marked: "Cars\n\nThe loan will restructure the paint shop at its [[Quarbin Verde|ORG]] car factory in Lunmark.",
			want:   []string{`location:quarbin-verde LOCATION "Quarbin Verde"`},
		},
		{
			name:   "a refinery after the, its owner's name",
			marked: "Oil\n\nA fire shut the [[Halvex Oil|ORG]] refinery today.",
			want:   []string{`org:halvex-oil ORG "Halvex Oil"`},
		},
		{
			name:   "a firm's name between its and a plant's noun",
			marked: "Jobs\n\nIt cut 225 jobs at its [[Quarbin Eastman Co|ORG]] plant in Lunmark.",
			want:   []string{`org:quarbin-eastman ORG "Quarbin Eastman Co"`},
		},
		{
			name:   "a body's name after port of",
			marked: "Shipping\n\nThe port of [[Quarbin Harbour Board|ORG]] raised its fees.",
			want:   []string{`org:quarbin-harbour-board ORG "Quarbin Harbour Board"`},
		},
		{
			name:   "a port of call with no article before it",
			marked: "Shipping\n\nIts first port of [[Quarbin Verde|ORG]] call was late.",
			want:   []string{`org:quarbin-verde ORG "Quarbin Verde"`},
		},
		{
			name:   "a tunnel's name the article writes alone",
			marked: "Mining\n\nAssays from the [[Lunmark|ORG]] tunnel improved, and [[Lunmark|ORG]] said it would drill.",
			want:   []string{`org:lunmark ORG "Lunmark" partial`},
		},
	})
}

// TestDealFirms checks, on sentences of our own, that a name typed as a
// place after "acquisition of", "sale of" or "takeover of" that ends its
// phrase is a firm; and the readings left alone: a place with a noun after
// it, a place before a comma and a state, a place the tables know.
func TestDealFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm after acquisition of, before in",
			marked: "Results\n\nBecause of the acquisition of [[Tervane Drug|LOC]] in May, sales rose.",
			want:   []string{`org:tervane-drug ORG "Tervane Drug"`},
		},
		{
			name:   "a firm after sale of, before a comma",
			marked: "Sales\n\nThe programme included the sale of [[Quarbin-Amlow|LOC]], and more will follow.",
			want:   []string{`org:quarbin-amlow ORG "Quarbin-Amlow"`},
		},
		{
			name:   "a place with a noun after it",
			marked: "Results\n\nNet includes a gain from the sale of [[Tervane Heights|LOC]] real estate.",
			want:   []string{`location:tervane-heights LOCATION "Tervane Heights"`},
		},
		{
			name:   "a place before a state",
			marked: "Results\n\nIt completed the acquisition of [[Tervane Heights|LOC]], Wash., based United Bank.",
			want:   []string{`location:tervane-heights LOCATION "Tervane Heights"`},
		},
		{
			name:   "a place the tables know",
			marked: "Results\n\nNet includes a gain from the sale of [[Toledo|LOC]].",
			want:   []string{`location:toledo LOCATION "Toledo" partial`},
		},
	})
}

// TestFirmNounBefore checks, on sentences of our own, that a name typed
// as a person or an unknown place right after "group", "bank",
// "subsidiary" or "unit" is a firm; and the readings left alone: a name
// that opens with a first name, a person the article calls "Mr".
func TestFirmNounBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm after a subsidiary, typed a person",
			marked: "Contracts\n\nIts subsidiary [[Lunmark Velle|PER]] won a contract.",
			want:   []string{`org:lunmark-velle ORG "Lunmark Velle"`},
		},
		{
			name:   "a firm after a bank, typed a place",
			marked: "Banks\n\nIt will sell the state-owned bank [[Quarbinbanki|LOC]] this year.",
			want:   []string{`org:quarbinbanki ORG "Quarbinbanki" partial`},
		},
		{
			name:   "a name that opens with a first name",
			marked: "Credit\n\nIt cut the notes of its finance unit [[John Velle|PER]] on Monday.",
			want:   []string{`person:john-velle PERSON "John Velle"`},
		},
		{
			name:   "a person the article calls Mr",
			marked: "Contracts\n\nThe sale to its unit [[Lunmark Velle|PER]] was signed, and Mr [[Velle|PER]] said he was glad.",
			want:   []string{`person:lunmark-velle PERSON "Lunmark Velle"`},
		},
	})
}
