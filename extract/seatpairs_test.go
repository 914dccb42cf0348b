package extract

import "testing"

func TestSeatPair(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the second name of a seat of two after MP for",
			marked: "Politics\n\nThe Labour MP for Tervane and [[North Lemmo|PER]] said the plan was unfair.",
			want:   []string{`location:north-lemmo LOCATION "North Lemmo"`},
		},
		{
			name:   "the second name typed a firm, after ampersand",
			marked: "Politics\n\nThe MP for Amlow & [[Quarbin|ORG]] spoke next.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`},
		},
		{
			name:   "a person's name after the seat",
			marked: "Politics\n\nThe MP for Tervane and [[John Quarbin|PER]] spoke next.",
			want:   []string{`person:john-quarbin PERSON "John Quarbin"`},
		},
		{
			name:   "a time of day before for",
			marked: "Politics\n\nAt 10 AM for Tervane and [[Quarbin Vale|PER]] the polls opened.",
			want:   []string{`person:quarbin-vale PERSON "Quarbin Vale"`},
		},
		{
			name:   "no office before for",
			marked: "Politics\n\nShe worked for Tervane and [[Quarbin Vale|PER]] last year.",
			want:   []string{`person:quarbin-vale PERSON "Quarbin Vale"`},
		},
		{
			name:   "a comma in the first name",
			marked: "Politics\n\nThe MP for Tervane, Ann Vell and [[Quarbin Vale|PER]] spoke next.",
			want:   []string{`person:quarbin-vale PERSON "Quarbin Vale"`},
		},
	})
}

func TestPersonSeat(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "contesting the seat of a town's part",
			marked: "Politics\n\nHe first stood after contesting the [[Leeds Quarbin|PER]] seat in 1974.",
			want:   []string{`location:leeds-quarbin LOCATION "Leeds Quarbin"`},
		},
		{
			name:   "a first name's town with a compass word",
			marked: "Politics\n\nShe won the [[Austin Central|PER]] seat in 2001.",
			want:   []string{`location:austin-central LOCATION "Austin Central"`},
		},
		{
			name:   "a first name's town without a compass word",
			marked: "Politics\n\nShe won the [[Austin Quarbin|PER]] seat in 2001.",
			want:   []string{`person:austin-quarbin PERSON "Austin Quarbin"`},
		},
		{
			name:   "no verb of elections",
			marked: "Politics\n\nHe sat in the [[Leeds Quarbin|PER]] seat on the panel.",
			want:   []string{`person:leeds-quarbin PERSON "Leeds Quarbin"`},
		},
		{
			name:   "no town first",
			marked: "Politics\n\nHe won the [[Quarbin Amlow|PER]] seat in 1974.",
			want:   []string{`person:quarbin-amlow PERSON "Quarbin Amlow"`},
		},
		{
			name:   "a title before the name",
			marked: "Politics\n\nHe won the Mr [[Leeds Quarbin|PER]] seat on the show.",
			want:   []string{`person:leeds-quarbin PERSON "Leeds Quarbin"`},
		},
	})
}

func TestSeatRun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a run of seats that open with their towns",
			marked: "Politics\n\nThe stops are [[Leeds|LOC]], [[Madrid|LOC]], [[Lisbon|LOC]], [[Leeds Quarbin|PER]], [[Manchester Amlow|PER]], " +
				"[[Birmingham Tervane|PER]], [[Austin Central|PER]], [[Vienna|LOC]] in May.",
			want: []string{`location:austin-central LOCATION "Austin Central"`, `location:birmingham-tervane LOCATION "Birmingham Tervane"`,
				`location:leeds LOCATION "Leeds" partial`, `location:leeds-quarbin LOCATION "Leeds Quarbin"`, `location:lisbon LOCATION "Lisbon" partial`,
				`location:madrid LOCATION "Madrid" partial`, `location:manchester-amlow LOCATION "Manchester Amlow"`, `location:vienna LOCATION "Vienna" partial`},
		},
		{
			name: "one name typed a person with no town first",
			marked: "Politics\n\nThe stops are [[Leeds|LOC]], [[Madrid|LOC]], [[Lisbon|LOC]], [[Leeds Quarbin|PER]], [[Manchester Amlow|PER]], " +
				"[[Tervane Amlow|PER]], [[Vienna|LOC]] in May.",
			want: []string{`location:leeds LOCATION "Leeds" partial`, `location:lisbon LOCATION "Lisbon" partial`, `location:madrid LOCATION "Madrid" partial`,
				`location:vienna LOCATION "Vienna" partial`, `person:leeds-quarbin PERSON "Leeds Quarbin"`, `person:manchester-amlow PERSON "Manchester Amlow"`,
				`person:tervane-amlow PERSON "Tervane Amlow"`},
		},
		{
			name: "two known places only",
			marked: "Politics\n\nThe stops are [[Leeds|LOC]], [[Madrid|LOC]], [[Leeds Quarbin|PER]], [[Manchester Amlow|PER]], " +
				"[[Birmingham Tervane|PER]], [[Tervane Vale|LOC]] in May.",
			want: []string{`location:leeds LOCATION "Leeds" partial`, `location:madrid LOCATION "Madrid" partial`, `location:tervane-vale LOCATION "Tervane Vale"`,
				`person:birmingham-tervane PERSON "Birmingham Tervane"`, `person:leeds-quarbin PERSON "Leeds Quarbin"`, `person:manchester-amlow PERSON "Manchester Amlow"`},
		},
		{
			name: "a first name's town without a compass word",
			marked: "Politics\n\nThe stops are [[Leeds|LOC]], [[Madrid|LOC]], [[Lisbon|LOC]], [[Leeds Quarbin|PER]], [[Manchester Amlow|PER]], " +
				"[[Austin Tervane|PER]], [[Vienna|LOC]] in May.",
			want: []string{`location:leeds LOCATION "Leeds" partial`, `location:lisbon LOCATION "Lisbon" partial`, `location:madrid LOCATION "Madrid" partial`,
				`location:vienna LOCATION "Vienna" partial`, `person:austin-tervane PERSON "Austin Tervane"`, `person:leeds-quarbin PERSON "Leeds Quarbin"`,
				`person:manchester-amlow PERSON "Manchester Amlow"`},
		},
	})
}

func TestSeatList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a list of seats after a colon",
			marked: "Politics\n\nThe seats the party must hold are: [[Leeds|LOC]], [[Qorvane Vale|ORG]], [[Madrid|LOC]], [[Amlow|ORG]], " +
				"[[Tervane|PER]], [[Lisbon|LOC]].",
			want: []string{`location:amlow LOCATION "Amlow" partial`, `location:leeds LOCATION "Leeds" partial`, `location:lisbon LOCATION "Lisbon" partial`,
				`location:madrid LOCATION "Madrid" partial`, `location:qorvane-vale LOCATION "Qorvane Vale"`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name: "no colon before the list",
			marked: "Politics\n\nThe seats the party must hold are [[Leeds|LOC]], [[Qorvane Vale|ORG]], [[Madrid|LOC]], [[Amlow|ORG]], " +
				"[[Tervane|PER]], [[Lisbon|LOC]].",
			want: []string{`location:leeds LOCATION "Leeds" partial`, `location:lisbon LOCATION "Lisbon" partial`, `location:madrid LOCATION "Madrid" partial`,
				`org:amlow ORG "Amlow" partial`, `org:qorvane-vale ORG "Qorvane Vale"`, `person:tervane PERSON "Tervane" partial`},
		},
		{
			name: "no word for seats in the sentence",
			marked: "Politics\n\nIt holds nine seats now. The towns the party must win are: [[Leeds|LOC]], [[Qorvane Vale|ORG]], [[Madrid|LOC]], [[Amlow|ORG]], " +
				"[[Tervane|PER]], [[Lisbon|LOC]].",
			want: []string{`location:leeds LOCATION "Leeds" partial`, `location:lisbon LOCATION "Lisbon" partial`, `location:madrid LOCATION "Madrid" partial`,
				`org:amlow ORG "Amlow" partial`, `org:qorvane-vale ORG "Qorvane Vale"`, `person:tervane PERSON "Tervane" partial`},
		},
		{
			name: "seats of a board: people's names",
			marked: "Business\n\nThe seats on the new board go to: [[Ann Vell|PER]], [[Bob Quarbin|PER]], [[Leeds|LOC]], [[Madrid|LOC]], " +
				"[[Zorbit Corp|ORG]], [[ZQX|ORG]].",
			want: []string{`location:leeds LOCATION "Leeds" partial`, `location:madrid LOCATION "Madrid" partial`, `org:zorbit ORG "Zorbit Corp"`,
				`org:zqx ORG "ZQX" partial`, `person:ann-vell PERSON "Ann Vell"`, `person:bob-quarbin PERSON "Bob Quarbin"`},
		},
		{
			name:   "a party in the list",
			marked: "Politics\n\nThe seats it won are: [[Leeds|LOC]], [[Respect|ORG]], [[Madrid|LOC]], [[Amlow|ORG]], [[Lisbon|LOC]].",
			want: []string{`location:amlow LOCATION "Amlow" partial`, `location:leeds LOCATION "Leeds" partial`, `location:lisbon LOCATION "Lisbon" partial`,
				`location:madrid LOCATION "Madrid" partial`, `org:respect ORG "Respect" partial`},
		},
		{
			name:   "a name in capitals",
			marked: "Politics\n\nThe seats it won are: [[Leeds|LOC]], [[QRB|ORG]], [[Madrid|LOC]], [[Amlow|ORG]], [[Lisbon|LOC]].",
			want: []string{`location:amlow LOCATION "Amlow" partial`, `location:leeds LOCATION "Leeds" partial`, `location:lisbon LOCATION "Lisbon" partial`,
				`location:madrid LOCATION "Madrid" partial`, `org:qrb ORG "QRB" partial`},
		},
		{
			name:   "one known place only",
			marked: "Politics\n\nThe seats it won are: [[Leeds|LOC]], [[Qorvane Vale|ORG]], [[Amlow|ORG]], [[Tervane Hill|LOC]], [[Quarbin|ORG]].",
			want: []string{`location:leeds LOCATION "Leeds" partial`, `location:tervane-hill LOCATION "Tervane Hill"`, `org:amlow ORG "Amlow" partial`,
				`org:qorvane-vale ORG "Qorvane Vale"`, `org:quarbin ORG "Quarbin" partial`},
		},
	})
}
