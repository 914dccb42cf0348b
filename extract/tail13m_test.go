package extract

import "testing"

// TestNamedThingHeads is tail13m's namedThingHead: a head noun of a made
// thing right after a name typed as a person or a place makes it a thing.
func TestNamedThingHeads(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a new model, a preposition after the head",
			marked: "Business\n\nThe maker will gain from the launch of a new [[Zorbina|PERSON]] model in the spring.",
			want:   nil,
		},
		{
			name:   "a boat's class, a comma after the head",
			marked: "Politics\n\nThe minister took a trip in the [[Quarnwell|LOCATION]] dinghy, watched by reporters.",
			want:   nil,
		},
		{
			name:   "a watch, a clause with a name after the head",
			marked: "Arts\n\nA [[Tervane Lorrix|PERSON]] watch Ann said was rare was also taken.",
			want:   nil,
		},
		{
			name:   "an award, a full stop after the head",
			marked: "Arts\n\nThe studio will receive the [[Lemmo Quarbe|LOCATION]] award.",
			want:   nil,
		},
		{
			name:   "a lower-case noun after the head: the head modifies it",
			marked: "Arts\n\nShe joined the [[Vellara|PERSON]] model agency in Paris.",
			want:   []string{`person:vellara PERSON "Vellara" partial`},
		},
		{
			name:   "a firm before model: its maker's",
			marked: "Business\n\nIt will launch a new [[Quarbex|ORG]] model in the spring.",
			want:   []string{`org:quarbex ORG "Quarbex" partial`},
		},
		{
			name:   "no determiner before the name",
			marked: "Arts\n\nFans told [[Ann Vellard|PERSON]] model shoots were over for the year.",
			want:   []string{`person:ann-vellard PERSON "Ann Vellard"`},
		},
		{
			name:   "a verb watch after a family's name",
			marked: "Arts\n\nEvery night the [[Quarnbys|PERSON]] watch television together.",
			want:   []string{`person:quarnbys PERSON "Quarnbys" partial`},
		},
	})
}

// TestMadeWorks is tail13m's madeWork: a name after a verb of writing or
// singing a work, or after "appeared in", in a report of the arts, is a
// work.
func TestMadeWorks(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "helped write, for after the name",
			marked: "Music\n\nThe singer's son helped write [[Zorbit Nights|PERSON]] for a band. The song was a hit.",
			want:   nil,
		},
		{
			name:   "co-write, for after the name",
			marked: "Arts\n\nQuarby will direct and co-write [[Lemmo Vance|PERSON]] for the channel's comedy slot.",
			want:   nil,
		},
		{
			name:   "appeared in, a full stop after the name",
			marked: "Arts\n\nShe directed an episode of the drama and has also appeared in [[Tervalo|LOCATION]].",
			want:   nil,
		},
		{
			name:   "performances in, a play",
			marked: "Arts\n\nHer career included stage performances in [[Zorbitide|LOCATION]] for the theatre.",
			want:   nil,
		},
		{
			name:   "performances in a town the gazetteer knows",
			marked: "Arts\n\nThe musical had mixed reviews for performances in [[Minneapolis|LOCATION]] and Boston.",
			want:   []string{`location:minneapolis LOCATION "Minneapolis" partial`},
		},
		{
			name:   "a quotation's writer",
			marked: "Arts\n\n\"The film was too long,\" wrote [[Ann Quarby|PERSON]], a reader.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`},
		},
		{
			name:   "a letter's addressee: a lower-case word after the name",
			marked: "Arts\n\nThe actress wrote [[Ann Quarby|PERSON]] a letter about the film.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`},
		},
		{
			name:   "a sports report",
			marked: "Sport\n\nThe striker, who appeared in [[Tervalo|LOCATION]]. The league film crew watched the match.",
			want:   []string{`location:tervalo LOCATION "Tervalo" partial`},
		},
		{
			name:   "no word of the arts",
			marked: "Business\n\nThe chairman wrote [[Ann Quarby|PERSON]], the firm's lawyer.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`},
		},
		{
			name:   "in after another verb: a place",
			marked: "Arts\n\nThe new film was shot in [[Tervalo|LOCATION]].",
			want:   []string{`location:tervalo LOCATION "Tervalo" partial`},
		},
		{
			name:   "a possessive after the name",
			marked: "Arts\n\nShe appeared in [[Ann Quarby|PERSON]]'s film last year.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`},
		},
	})
}
