package extract

import "testing"

// The cases of tail13v's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestBodyKindList checks [bodyKindList]: a name typed a person or a place
// in a list that a plural kind of body opens is a body.
func TestBodyKindList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "tabloids before a list",
			marked: "Press\n\nThe singer named celebrity tabloids Quelby Weekly, Vane Today and [[Lamp|PERSON]] as the worst.",
			want:   []string{`org:lamp ORG "Lamp" partial`},
		},
		{
			name:   "broadcasters, like",
			marked: "Press\n\nCertain broadcasters, like [[Tarrow|PERSON]], claim the shows are lawful.",
			want:   []string{`org:tarrow ORG "Tarrow" partial`},
		},
		{
			name:   "a kind of person before the list",
			marked: "Press\n\nFilm makers Quelby Vane and [[Ann Tarrow|PERSON]] were there.",
			want:   []string{`person:ann-tarrow PERSON "Ann Tarrow"`},
		},
		{
			name:   "one item after the bare kind",
			marked: "Press\n\nThe two tabloids [[Lamp|PERSON]] said nothing.",
			want:   []string{`person:lamp PERSON "Lamp" partial`},
		},
	})
}

// TestPeopleKindList checks [peopleKindList]: a name typed a place in a
// list that a plural kind of person opens is a person.
func TestPeopleKindList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "stars such as",
			marked: "Music\n\nA campaign against stars such as Bonny Quell and [[Zorbo|LOCATION]] has been waged.",
			want:   []string{`person:zorbo PERSON "Zorbo" partial`},
		},
		{
			name:   "firms such as, a place's type kept",
			marked: "Music\n\nA campaign against firms such as Bonny Quell and [[Zorbo|LOCATION]] has been waged.",
			want:   []string{`org:zorbo ORG "Zorbo" partial`},
		},
		{
			name:   "artists, bands among them",
			marked: "Music\n\nThe label signed artists including Bonny Quell and [[Vane Foes|LOCATION]] in its first year.",
			want:   []string{`location:vane-foes LOCATION "Vane Foes"`},
		},
		{
			name:   "a known place after stars",
			marked: "Music\n\nThe stars such as [[Paris|LOCATION]] and Rome drew crowds.",
			want:   []string{`location:paris LOCATION "Paris" partial`},
		},
	})
}

// TestTownPairList checks [townPairList]: a name typed a person in a list
// of places each with its region is a place.
func TestTownPairList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a pair after",
			marked: "Sites\n\nTwo sites - [[Marrowham|PERSON]] in Cambridgeshire and Lenty in Wiltshire - remain in court.",
			want:   []string{`location:marrowham LOCATION "Marrowham" partial`},
		},
		{
			name:   "a pair before",
			marked: "Sites\n\nIt owns tracks at Tarrow in London, [[Quarrow Vue|PERSON]] in Paris, and others.",
			want:   []string{`location:quarrow-vue LOCATION "Quarrow Vue"`},
		},
		{
			name:   "a club's town as the region",
			marked: "Sites\n\nIt owns tracks at Tarrow in London, [[Quarrow Vue|PERSON]] in Manchester, and others.",
			want:   []string{`location:quarrow-vue LOCATION "Quarrow Vue"`},
		},
		{
			name:   "no other pair",
			marked: "Sites\n\nThe talk by [[Marrowham|PERSON]] in Cambridgeshire drew crowds.",
			want:   []string{`person:marrowham PERSON "Marrowham" partial`},
		},
		{
			name:   "a firm's pair before",
			marked: "Sites\n\nLocal makers like Quelby Group in China and [[Zorbo|PERSON]] in Russia sell well.",
			want:   []string{`country:CN COUNTRY "China"`, `country:RU COUNTRY "Russia"`, `person:zorbo PERSON "Zorbo" partial`},
		},
		{
			name:   "people with their towns",
			marked: "Sites\n\nOur reporters [[John Marrow|PERSON]] in London and Ann Lenty in Paris sent word.",
			want:   []string{`person:john-marrow PERSON "John Marrow"`},
		},
	})
}

// TestGenreOpener checks [genreOpener]: a name typed a person that opens a
// sentence with a genre's word is a title, no entity.
func TestGenreOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a genre glued to a title",
			marked: "Chart\n\nThe film took $5m. [[Comedy Quelby Vane|PERSON]] - co-written by a star - entered the chart.",
			want:   []string{},
		},
		{
			name:   "inside a sentence",
			marked: "Chart\n\nThe head of [[Comedy Quelby Vane|PERSON]] said so.",
			want:   []string{`person:comedy-quelby-vane PERSON "Comedy Quelby Vane"`},
		},
	})
}

// TestReleaseApposition checks "release" among [recordKinds]: a name in an
// apposition after a band's release is a record, no entity; a person's
// cue after it keeps the person.
func TestReleaseApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "their new release,",
			marked: "Music\n\nThe band entered the chart with their new release, [[Quelby Towns|LOCATION]].",
			want:   []string{},
		},
		{
			name:   "a press release and a speaker",
			marked: "Music\n\nIn the press release, [[Ann Quelby|PERSON]] said the tour would go on.",
			want:   []string{`person:ann-quelby PERSON "Ann Quelby"`},
		},
	})
}
