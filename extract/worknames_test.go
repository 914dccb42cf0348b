package extract

import "testing"

// TestWorkLists checks that the titles of a list a plural noun for works
// opens are works, not nodes, while makers, people around the list and
// people inside a title stay: on sentences of our own, with made-up names.
func TestWorkLists(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "hits include, and the list ends at a verb",
			marked: "Music\n\nTheir hits include [[Quarbin Lane|ORG]] and [[Tervane Nights|PER]], said [[Ann Rigby|PER]].",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a comma before including, and a year's title",
			marked: "Films\n\nHe appeared in several films, including 1951's [[Mabel Quorn|PER]].",
			want:   nil,
		},
		{
			name:   "titles such as, with small words and numbers",
			marked: "Games\n\nThe firm sells titles such as [[Zorbit|ORG]] 3, Knights of the [[Old Lemmo|LOC]] and [[Rook Rally|PER]].",
			want:   nil,
		},
		{
			name:   "two songs in one span after the plural alone",
			marked: "Music\n\nHe produced the singles [[Quarbin and Lemmo|ORG]] on the album.",
			want:   nil,
		},
		{
			name:   "the plural alone before a maker or a person",
			marked: "Music\n\nHe made music movies for [[Zorbit Mode|ORG]] and [[Lemmo|ORG]]; the films [[Ann Rigby|PER]] made sold.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:zorbit-mode ORG "Zorbit Mode"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "after a comma, like lists anything",
			marked: "Web\n\nSites that offer games, like [[Quarbnet|ORG]] and [[Zorbit|ORG]], grew.",
			want:   []string{`org:quarbnet ORG "Quarbnet" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name: "a person before a noun or inside a title",
			marked: "Music\n\nHits including [[Quarbin Lane|ORG]] and the 1981 [[Ann Rigby|PER]] cover sold; the albums " +
				"Lemmo and The Diary of [[Tom Varde|PER]] too.",
			want: []string{`person:ann-rigby PERSON "Ann Rigby"`, `person:tom-varde PERSON "Tom Varde"`},
		},
		{
			name:   "an acronym's possessive is the maker's",
			marked: "Games\n\nTitles, including [[Quarbin Lane|ORG]] and [[QX|ORG]]'s Need for Speed, sold well.",
			want:   []string{`org:qx ORG "QX" partial`},
		},
	})
}

// TestAwardsAndCategories checks that a name the recognizer took for a
// person before an award's noun, and an award's category after "Best", are
// no nodes, while a person's own award, a giver of awards and a firm named
// Best stay.
func TestAwardsAndCategories(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an award's name before its noun",
			marked: "Films\n\nThe film won five [[Varde|PER]] awards and tops the [[Varde|PER]] film awards.",
			want:   nil,
		},
		{
			name:   "a person's award and a giver",
			marked: "Radio\n\n[[Ann Rigby|PER]]'s award came at the [[Quarbin Radio|ORG]] awards.",
			want:   []string{`org:quarbin-radio ORG "Quarbin Radio"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a category after Best, and a firm named Best",
			marked: "Music\n\n[[Best Buy|ORG]] sponsored the prize for [[Best Solo Newcomer|ORG]], which [[Ann Rigby|PER]] won.",
			want:   []string{`org:best-buy ORG "Best Buy"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
	})
}

// TestProgrammesAndCodeNames checks programmes named with their channel in
// brackets, code names, titles after "called", kinds of hit and titles
// with a year after them.
func TestProgrammesAndCodeNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a channel in brackets, and a party in brackets",
			marked: "TV\n\nIt beat [[Harbour Nights|PER]] (BBC Two) and [[Quarbin Lane|LOC]] (ITV1), said [[Ann Rigby|PER]] (Labour).",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "code names",
			marked: "Tech\n\nThe system, codenamed [[Quarbin|PER]], follows one code-named [[Tervane|ORG]] and the code name [[Lemmo|LOC]].",
			want:   nil,
		},
		{
			name:   "a documentary called, and a company called",
			marked: "TV\n\nA documentary called '[[Harbour Nights|PER]]' is about a company called [[Quarbin|ORG]].",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a horror hit, and a hit that is a blow",
			marked: "Films\n\nThe horror hit [[Zorbit|ORG]] opened; after the hit [[Ann Rigby|PER]] said.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name: "a year after a title, not after a comma, a body or before another name",
			marked: "Games\n\n[[Rook Rally|PER]] 2005 topped the chart, [[Ann Rigby|PER]], 2005 winner, said at the " +
				"[[Quarbin Academy|ORG]] 2004 Varde Lecture.",
			want: []string{`org:quarbin-academy ORG "Quarbin Academy"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a year of figures and a partnership's number",
			marked: "Mines\n\n[[Quarbin Falls|PER]] 1986 production rose for [[Zorbit Lemmo|ORG]] 1978-2.",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit Lemmo"`, `person:quarbin-falls PERSON "Quarbin Falls"`},
		},
	})
}

// TestCarModels checks that a car maker's name with a model's word, and a
// name after a verb of driving, are products, while the maker's bodies and
// an author named like a maker stay.
func TestCarModels(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a maker and a model",
			marked: "Cars\n\nDemand fell for the new [[VW Zorbit|ORG]] and the [[Vauxhall Quarbin|PER]], [[Ann Rigby|PER]] said.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "driving a car",
			marked: "Police\n\nHe was driving a red [[Tervane|PER]], she drove a [[Lemmo Rook|ORG]] and they were driving a dark [[Vauxhall Zorbit|PER]].",
			want:   nil,
		},
		{
			name:   "models in a list after a year and another maker's model",
			marked: "Cars\n\nIt recalls 1987 [[Dodge Zorbit|PER]] and [[Buick Quarbin|ORG]] cars, the [[Pontiac Lemmo|ORG]] and [[Chevrolet Rook|ORG]].",
			want:   nil,
		},
		{
			name: "a maker's unit, by its words or a firm's place",
			marked: "Cars\n\nIts subsidiary [[Volvo Zorbit|ORG]] said engines were supplied by [[Nissan Quarbin|ORG]]; " +
				"[[Mitsubishi Research|ORG]] agreed, as did [[Saab-Lemmo|ORG]].",
			want: []string{`org:mitsubishi-research ORG "Mitsubishi Research"`, `org:nissan-quarbin ORG "Nissan Quarbin"`,
				`org:saab-lemmo ORG "Saab-Lemmo"`, `org:volvo-zorbit ORG "Volvo Zorbit"`},
		},
		{
			name:   "a maker's unit and an author",
			marked: "Cars\n\n[[Fiat Auto|ORG]] and [[Volvo Women|ORG]] sponsor a book by [[Mini Rook|PER]].",
			want:   []string{`org:fiat-auto ORG "Fiat Auto"`, `org:volvo-women ORG "Volvo Women"`, `person:mini-rook PERSON "Mini Rook"`},
		},
	})
}
