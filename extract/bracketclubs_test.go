package extract

import "testing"

// TestBracketClubSpans checks, on results lists of our own, that the names
// in brackets after an athlete joined by "and" or by commas and "and" are
// one club; and the cases left: a lone athlete, a country beside the club,
// two people in brackets, brackets that go on in lower case.
func TestBracketClubSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a club of two names, one typed a person",
			marked: "Results\n\n60m: [[A Vell|PER]] ([[Marlow Harriers|ORG]]), [[B Lemm|PER]] ([[Tervane|ORG]] and [[Quarby|PER]]), " +
				"[[C Orme|PER]] ([[Ostby AC|ORG]]).",
			want: []string{`org:marlow-harriers ORG "Marlow Harriers"`, `org:ostby-ac ORG "Ostby AC"`, `org:tervane-and-quarby ORG "Tervane and Quarby"`,
				`person:a-vell PERSON "A Vell" partial`, `person:b-lemm PERSON "B Lemm" partial`, `person:c-orme PERSON "C Orme" partial`},
		},
		{
			name: "two pieces each a club's or a place's span",
			marked: "Results\n\n60m: [[A Vell|PER]] ([[Marlow Harriers|ORG]]), [[B Lemm|PER]] ([[Tervane|ORG]] and [[Quarby|ORG]]), " +
				"[[C Orme|PER]] ([[Ostby AC|ORG]]).",
			want: []string{`org:marlow-harriers ORG "Marlow Harriers"`, `org:ostby-ac ORG "Ostby AC"`,
				`org:quarby ORG "Quarby" partial`, `org:tervane ORG "Tervane" partial`, `person:a-vell PERSON "A Vell" partial`, `person:b-lemm PERSON "B Lemm" partial`,
				`person:c-orme PERSON "C Orme" partial`},
		},
		{
			name:   "a club of three names, commas and an untagged word",
			marked: "Results\n\n[[D Quist|PER]] ([[Elkmoor|ORG]], [[Ostby|PER]] and District), [[E Rann|PER]] ([[Marlow Harriers|ORG]]).",
			want: []string{`org:elkmoor-ostby-and-district ORG "Elkmoor, Ostby and District"`, `org:marlow-harriers ORG "Marlow Harriers"`,
				`person:d-quist PERSON "D Quist" partial`, `person:e-rann PERSON "E Rann" partial`},
		},
		{
			name:   "a lone athlete",
			marked: "Results\n\nThe winner was [[B Lemm|PER]] ([[Tervane|ORG]] and [[Quarby|PER]]).",
			want:   []string{`org:tervane ORG "Tervane" partial`, `person:b-lemm PERSON "B Lemm" partial`, `person:quarby PERSON "Quarby" partial`},
		},
		{
			name:   "a club and a country",
			marked: "Squad\n\n[[Ann Vell|PER]] ([[Tervane|PER]] and [[England|LOC]]), [[Bo Lemm|PER]] ([[Marlow Harriers|ORG]]).",
			want: []string{`location:england LOCATION "England" partial`, `org:marlow-harriers ORG "Marlow Harriers"`, `person:ann-vell PERSON "Ann Vell"`,
				`person:bo-lemm PERSON "Bo Lemm"`, `person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "two people in brackets",
			marked: "Family\n\n[[Ann Vell|PER]] ([[Tom Vell|PER]] and [[Eve Vell|PER]]), [[Bo Lemm|PER]] ([[Marlow Harriers|ORG]]).",
			want: []string{`org:marlow-harriers ORG "Marlow Harriers"`, `person:ann-vell PERSON "Ann Vell"`, `person:bo-lemm PERSON "Bo Lemm"`,
				`person:eve-vell PERSON "Eve Vell"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "brackets that go on in lower case",
			marked: "Results\n\n[[B Lemm|PER]] ([[Tervane|ORG]] and [[Quarby|PER]] clubs), [[C Orme|PER]] ([[Ostby AC|ORG]]).",
			want: []string{`org:ostby-ac ORG "Ostby AC"`, `org:tervane ORG "Tervane" partial`, `person:b-lemm PERSON "B Lemm" partial`,
				`person:c-orme PERSON "C Orme" partial`, `person:quarby PERSON "Quarby" partial`},
		},
	})
}
