package extract

import "testing"

// TestHeadlineFirms checks, on headlines of our own with made-up names,
// that a company's name the recognizer cut in a headline written in
// capitals is made whole: to the suffix after it, to the body's longer
// name it begins, and not shrunk to the body's short name; and the cases
// left.
func TestHeadlineFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a span cut before the suffix",
			marked: "[[TERVANE|ORG]] LODGE INC 2ND QTR NET\n\nShr loss two cts vs profit five cts\n",
			want:   []string{`org:tervane-lodge ORG "Tervane Lodge Inc"`},
		},
		{
			name:   "a span typed a place cut before the suffix",
			marked: "[[QUARBIN|LOC]] MARINE CORP 1ST QTR NET\n\nShr profit nine cts vs loss two cts\n",
			want:   []string{`org:quarbin-marine ORG "Quarbin Marine Corp"`},
		},
		{
			name:   "the whole name not shrunk to the body's short name",
			marked: "[[ZORBIT MINES INC|ORG]] 2ND QTR NET\n\nShr profit three cts\nNote: [[Zorbit|ORG]] changed its year-end.\n",
			want:   []string{`org:zorbit-mines ORG "Zorbit Mines Inc"`},
		},
		{
			name: "the first word of the body's firm typed a place",
			marked: "[[DENVER|LOC]] HOTELS TO BUY BACK SHARES\n\n[[Denver Hotels and Realty Corp|ORG]] said it will buy back " +
				"up to 500,000 of its shares.\n",
			want: []string{`org:denver-hotels-and-realty ORG "Denver Hotels and Realty Corp"`},
		},
		{
			name:   "not a span in the middle of the headline",
			marked: "VELL TO BUY [[TERVANE|ORG]] LODGE INC\n\nThe offer was made on Monday.\n",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "not over a small word",
			marked: "[[TERVANE|ORG]] TO BUY INC STAKE\n\n[[Tervane|ORG]] made the offer on Monday.\n",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "not in a headline in lower case",
			marked: "[[Tervane|ORG]] Lodge Inc posts profit\n\nThe offer was made on Monday.\n",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name: "one word that begins no firm of the body",
			marked: "[[DENVER|LOC]] WINS AGAIN\n\n[[Denver Hotels and Realty Corp|ORG]] said it will buy back " +
				"up to 500,000 of its shares.\n",
			want: []string{`location:denver LOCATION "Denver" partial`, `org:denver-hotels-and-realty ORG "Denver Hotels and Realty Corp"`},
		},
		{
			name: "not a place the tables know",
			marked: "[[ALASKA|LOC]] AIR TO BUY BACK STOCK\n\n[[Alaska Air Group Inc|ORG]] said it will buy back " +
				"up to 500,000 of its shares.\n",
			want: []string{`location:alaska LOCATION "Alaska" partial`, `org:alaska-air-group ORG "Alaska Air Group Inc"`},
		},
		{
			name:   "shrunk to a longer name of the body",
			marked: "[[VELL AND ZORBIT CO|ORG]] WINS APPEAL\n\n[[Vell and Zorbit|ORG]] said the court ruled for it.\n",
			want:   []string{`org:vell-and-zorbit ORG "Vell and Zorbit"`}, // tail12u: the body's "and"
		},
	})
}
