package extract

import "testing"

// TestListAndSpans checks, on sentences of our own, that two spans joined
// by "and" inside one item of a list, a comma and another name after
// them, are one name, and the spans left: the list's last item, two
// people, a short list, a state after the pair, a compass word after
// "and", a known town before "and", two "and"s in a row, a name after the comma that ends the list, no name after the
// comma.
func TestListAndSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two seats in one item, typed apart",
			marked: "Seats\n\nThe seats are [[Elkmoor North|LOC]], [[Quarbury|ORG]] and [[Tervane|LOC]], [[Lunmark West|LOC]], [[Amble East|LOC]], [[Dunmore South|LOC]].",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:dunmore-south LOCATION "Dunmore South"`, `location:elkmoor-north LOCATION "Elkmoor North"`,
				`location:lunmark-west LOCATION "Lunmark West"`, `location:quarbury-and-tervane LOCATION "Quarbury and Tervane"`},
		},
		{
			name:   "the list's last item",
			marked: "Seats\n\nThe seats are [[Elkmoor North|LOC]], [[Lunmark West|LOC]], [[Amble East|LOC]], [[Dunmore South|LOC]], [[Quarbury Moor|LOC]] and [[Tervane Vale|LOC]].",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:dunmore-south LOCATION "Dunmore South"`, `location:elkmoor-north LOCATION "Elkmoor North"`,
				`location:lunmark-west LOCATION "Lunmark West"`, `location:quarbury-moor LOCATION "Quarbury Moor"`, `location:tervane-vale LOCATION "Tervane Vale"`},
		},
		{
			name:   "two people",
			marked: "Pairs\n\nThe pairs were [[Ann Okafor|PER]], [[Tom Vell|PER]] and [[Ed Marle|PER]], [[Sam Dunne|PER]], [[Jo Amble|PER]], [[Al Quarby|PER]].",
			want: []string{`person:al-quarby PERSON "Al Quarby"`, `person:ann-okafor PERSON "Ann Okafor"`, `person:ed-marle PERSON "Ed Marle"`,
				`person:jo-amble PERSON "Jo Amble"`, `person:sam-dunne PERSON "Sam Dunne"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a short list",
			marked: "Seats\n\nIn [[Elkmoor North|LOC]], [[Quarbury Moor|LOC]] and [[Tervane Vale|LOC]], [[Amble East|LOC]], it voted.",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:elkmoor-north LOCATION "Elkmoor North"`, `location:quarbury-moor LOCATION "Quarbury Moor"`,
				`location:tervane-vale LOCATION "Tervane Vale"`},
		},
		{
			name:   "a state after the pair",
			marked: "Offices\n\nIt bought the [[Elkmoor North|LOC]], [[Lunmark West|LOC]], [[Quarbury Moor|LOC]] and [[Tervane Vale|LOC]], [[Tenn|LOC]], offices, it said.",
			want: []string{`location:elkmoor-north LOCATION "Elkmoor North"`, `location:lunmark-west LOCATION "Lunmark West"`,
				`location:quarbury-moor LOCATION "Quarbury Moor"`, `location:tennessee LOCATION "Tennessee"`, `location:tervane-vale LOCATION "Tervane Vale"`},
		},
		{
			name:   "a compass word after and",
			marked: "Seats\n\nThe seats are [[Elkmoor North|LOC]], [[Dunmore East|LOC]] and [[West|LOC]], [[Lunmark West|LOC]], [[Amble East|LOC]], [[Quarbury Moor|LOC]].",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:dunmore-east LOCATION "Dunmore East"`, `location:elkmoor-north LOCATION "Elkmoor North"`,
				`location:lunmark-west LOCATION "Lunmark West"`, `location:quarbury-moor LOCATION "Quarbury Moor"`},
		},
		{
			name:   "a name after the comma that ends the list",
			marked: "Seats\n\nAfter [[Elkmoor North|LOC]], [[Lunmark West|LOC]], [[Amble East|LOC]], [[Quarbury Moor|LOC]] and [[Tervane Vale|LOC]], [[Ann Okafor|PER]] went home.",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:elkmoor-north LOCATION "Elkmoor North"`, `location:lunmark-west LOCATION "Lunmark West"`,
				`location:quarbury-moor LOCATION "Quarbury Moor"`, `location:tervane-vale LOCATION "Tervane Vale"`, `person:ann-okafor PERSON "Ann Okafor"`},
		},
		{
			name:   "a known town before and",
			marked: "Stations\n\nIt bought [[KQRB-TV|ORG]], [[Elkmoor North|LOC]], [[KMRL-TV|ORG]], [[San Diego|LOC]] and [[KVLL-TV|ORG]], [[Amble East|LOC]], a station.",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:elkmoor-north LOCATION "Elkmoor North"`, `location:san-diego LOCATION "San Diego"`,
				`org:kmrl-tv ORG "KMRL-TV" partial`, `org:kqrb-tv ORG "KQRB-TV" partial`, `org:kvll-tv ORG "KVLL-TV" partial`},
		},
		{
			name:   "two ands in a row",
			marked: "Seats\n\nThe seats are [[Elkmoor North|LOC]], [[Quarbury Moor|LOC]] and [[Tervane Vale|LOC]] and [[Amble East|LOC]], [[Lunmark West|LOC]], [[Dunmore South|LOC]].",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:dunmore-south LOCATION "Dunmore South"`, `location:elkmoor-north LOCATION "Elkmoor North"`,
				`location:lunmark-west LOCATION "Lunmark West"`, `location:quarbury-moor LOCATION "Quarbury Moor"`, `location:tervane-vale LOCATION "Tervane Vale"`},
		},
		{
			name:   "no name after the comma",
			marked: "Seats\n\nFrom [[Elkmoor North|LOC]], [[Lunmark West|LOC]], [[Amble East|LOC]], [[Quarbury Moor|LOC]] and [[Tervane Vale|LOC]], prices rose, it said.",
			want: []string{`location:amble-east LOCATION "Amble East"`, `location:elkmoor-north LOCATION "Elkmoor North"`, `location:lunmark-west LOCATION "Lunmark West"`,
				`location:quarbury-moor LOCATION "Quarbury Moor"`, `location:tervane-vale LOCATION "Tervane Vale"`},
		},
	})
}
