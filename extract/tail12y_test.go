package extract

import "testing"

// TestOnLists: a body's subject that is a list after "on" (tail12y,
// onlists.go).
func TestOnLists(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a list cut at its comma and and",
			marked: "Hearing\n\nShe told the [[House Subcommittee on Tillage|ORG]], Lending and [[Rural Roads|ORG]] that prices fell.",
			want:   []string{`org:house-subcommittee-on-tillage-lending-and-rural-roads ORG "House Subcommittee on Tillage, Lending and Rural Roads"`},
		},
		{
			name:   "the last subject alone",
			marked: "Hearing\n\nHe chairs the House Quarbin Subcommittee on Tillage, Lending and [[Rural Roads|ORG]].",
			want:   []string{`org:house-quarbin-subcommittee-on-tillage-lending-and-rural-roads ORG "House Quarbin Subcommittee on Tillage, Lending and Rural Roads"`},
		},
		{
			name:   "a head in lower case",
			marked: "Hearing\n\nA Senate subcommittee on Tillage, Lending and [[Rural Roads|ORG]] met on Monday.",
			want:   nil,
		},
		{
			name:   "a name ends the list",
			marked: "Hearing\n\nThe Committee on Tillage, Lending and [[Quarbin|ORG]] met on Monday.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "two subjects only",
			marked: "Hearing\n\nA Senate committee on Tillage and [[Quarbin Lemmox|ORG]] met on Monday.",
			want:   []string{`org:quarbin-lemmox ORG "Quarbin Lemmox"`},
		},
		{
			name:   "a person holds the head",
			marked: "Hearing\n\n[[Ann Committee|PERSON]] on Tillage, Lending and [[Rural Roads|ORG]] spoke.",
			want:   []string{`org:ann-committee ORG "Ann Committee"`, `org:rural-roads ORG "Rural Roads"`},
		},
	})
}

// TestPortfolioPlaces: a minister's portfolio after a place or a people's
// adjective is no body (tail12y, portfolioplaces.go).
func TestPortfolioPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a people's adjective and a portfolio",
			marked: "Oil\n\n[[Peruvian Energy and Mines|ORG]] Minister [[Tom Quarbello|PERSON]] said prices rose.",
			want:   []string{`person:tom-quarbello PERSON "Tom Quarbello"`},
		},
		{
			name:   "a place and a portfolio",
			marked: "Sugar\n\n[[Bavaria Primary Industries|ORG]] Minister [[Tom Quarbello|PERSON]] said prices rose.",
			want:   []string{`location:bavaria LOCATION "Bavaria" partial`, `person:tom-quarbello PERSON "Tom Quarbello"`},
		},
		{
			name:   "more of the portfolio after and",
			marked: "Jobs\n\n[[Peruvian Social Affairs|ORG]] and [[Labour|ORG]] Minister [[Tom Quarbello|PERSON]] spoke.",
			want:   []string{`person:tom-quarbello PERSON "Tom Quarbello"`},
		},
		{
			name:   "the person's span opens with the portfolio after and",
			marked: "Tin\n\nAn extension is unrealistic, [[Indonesian Mines|ORG]] and [[Energy Minister Quarbello|PERSON]] told\nreporters.",
			want:   []string{`person:quarbello PERSON "Quarbello" partial`},
		},
		{
			name:   "a party ends the words",
			marked: "Vote\n\n[[Peruvian Labour Party|ORG]] Secretary [[Tom Quarbello|PERSON]] said prices rose.",
			want:   []string{`org:labour-party@PE ORG "Labour Party (Peru)"`, `person:tom-quarbello PERSON "Tom Quarbello"`},
		},
		{
			name:   "no office after the words",
			marked: "Oil\n\nThe [[Peruvian Energy and Mines|ORG]] group said prices rose.",
			want:   []string{`org:peruvian-energy-and-mines ORG "Peruvian Energy and Mines"`},
		},
		{
			name:   "one portfolio word",
			marked: "Bonds\n\nThe [[Bavaria Treasury|ORG]] Secretary [[Tom Quarbello|PERSON]] said yields rose.",
			want:   []string{`org:bavaria-treasury ORG "Bavaria Treasury"`, `person:tom-quarbello PERSON "Tom Quarbello"`},
		},
		{
			name:   "an office's modifier after one portfolio word",
			marked: "Bonds\n\n[[Bavaria Treasury Assistant|ORG]] Secretary [[Tom Quarbello|PERSON]] said yields rose.",
			want:   []string{`org:bavaria-treasury ORG "Bavaria Treasury"`, `person:tom-quarbello PERSON "Tom Quarbello"`},
		},
		{
			name:   "a title's word after the portfolio",
			marked: "Bonds\n\nThe [[Bavaria Energy Review|ORG]] Secretary [[Tom Quarbello|PERSON]] said yields rose.",
			want:   []string{`org:bavaria-energy-review ORG "Bavaria Energy Review"`, `person:tom-quarbello PERSON "Tom Quarbello"`},
		},
		{
			name:   "no place before the portfolio",
			marked: "Oil\n\n[[Quarbin Energy and Mines|ORG]] Secretary [[Tom Quarbello|PERSON]] said prices rose.",
			want:   []string{`org:quarbin-energy-and-mines ORG "Quarbin Energy and Mines"`, `person:tom-quarbello PERSON "Tom Quarbello"`},
		},
	})
}

// TestReportWords: an earnings report's layout words cut from a name
// (tail12y, reportwords.go).
func TestReportWords(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a headline's words before the dateline's town",
			marked: "Results\n\nQuarbin Inc said [[QTR NET Tervane|LOCATION]], Conn., rose.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a note after a town",
			marked: "Results\n\nIt sold its unit in [[Tervane NOTE|LOCATION]]: the sale closed.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a layout word in lower case",
			marked: "Results\n\nShares of [[Net Tervane Lemmox|ORG]] rose.",
			want:   []string{`org:net-tervane-lemmox ORG "Net Tervane Lemmox"`},
		},
		{
			name:   "nothing left but layout words",
			marked: "Results\n\nShares of [[QTR NET|ORG]] rose.",
			want:   []string{`org:qtr-net ORG "Qtr Net"`},
		},
	})
}
