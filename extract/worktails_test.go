package extract

import (
	"strings"
	"testing"
)

// TestWorkKindAfter checks, on sentences of our own with made-up names,
// that a name the recognizer took for an organization, a place or a
// person is a work or a browser (no node) when the words after it say so,
// with the article's other mentions of the name; and the cases left
// alone: a festival after the series noun, a person's films, a kind of
// work after no pronoun, a match, an acronym, a firm's words.
func TestWorkKindAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a single after his",
			marked: "Music\n\n[[Ann Rigby|PER]] said the video for his [[Lemmo Nights|ORG]] single was shot in a day.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name: "films after a name typed as a place, and the name alone later",
			marked: "Cinema\n\nThe four earlier [[Zorbit Wars|LOC]] films were rated for children. " +
				"[[Zorbit Wars|LOC]] made more than any other series.",
			want: nil,
		},
		{
			name:   "a franchise typed as an organization",
			marked: "Cinema\n\nThe studio called the [[Quarbin Trek|ORG]] franchise a cultural icon.",
			want:   nil,
		},
		{
			name:   "a sequel",
			marked: "Games\n\nThe [[Zorbix|ORG]] sequel is better than the first game, said [[Ann Rigby|PER]].",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a browser with its version",
			marked: "Web\n\nThe [[Lemmox|PER]] 2.0 web browser was released on Monday. [[Lemmox|PER]] is free.",
			want:   nil,
		},
		{
			name:   "a browser right after the name",
			marked: "Web\n\nMost visitors use the [[Lemmox|PER]] browser, [[Quarbin|ORG]] said.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name: "a title before its subtitle, and the name alone later",
			marked: "TV\n\nFans asked the network not to scrap [[Zorbit Trek|ORG]]: Lemmo Station this year. " +
				"[[Zorbit Trek|ORG]] has run since 1990, [[Ann Rigby|PER]] said.",
			want: []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a festival after the series noun",
			marked: "Cinema\n\nShe went to the [[Tervane|ORG]] films festival with [[Ann Rigby|PER]].",
			want:   []string{`org:tervane ORG "Tervane" partial`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a person's films",
			marked: "Cinema\n\nHe has starred in seven [[Ann Rigby|PER]] films since 1990.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a kind of work after no pronoun",
			marked: "Music\n\nThe [[Quarbin|ORG]] single sold well, said [[Ann Rigby|PER]].",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "an acronym before series",
			marked: "TV\n\nShe appeared in the [[QBC|ORG]] series with [[Ann Rigby|PER]].",
			want:   []string{`org:qbc ORG "QBC" partial`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a firm before a browser",
			marked: "Web\n\nThe search giant [[Quarbin|ORG]] is said to be working on the Quarbin browser.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm's words",
			marked: "Cinema\n\nThe [[Lemmo Pictures Corp|ORG]] films were sold to [[Quarbin|ORG]].",
			want:   []string{`org:lemmo-pictures ORG "Lemmo Pictures Corp"`, `org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestWorkKindAfterMention checks workKindAfter on one mention, for the
// cases the recognizer's spans do not reach in [TestWorkKindAfter]: the
// second team of a fixture ("Red Sox-Tervane series") is no work.
func TestWorkKindAfterMention(t *testing.T) {
	tests := []struct {
		text, name string
		typ        Type
		want       bool
	}{
		{"Viewers liked the Lemmo Sox-Tervane series on Monday.", "Tervane", Org, false},
		{"Viewers liked the Tervane series on Monday.", "Tervane", Org, true},
		{"Most visitors use the Lemmox 1.0 web browser now.", "Lemmox", Location, true},
		{"Most visitors use the Lemmox 1.0 web browser now.", "Lemmox", Org, false},
		{"The video for her Lemmo Nights single was shot in a day.", "Lemmo Nights", Person, true},
		{"The Lemmo Nights single was shot in a day.", "Lemmo Nights", Org, false},
		// A title before its subtitle.
		{"Fans asked the network not to scrap Zorbit Trek: Lemmo this year.", "Zorbit Trek", Org, true},
		{"Buyers want the game Quarbin Wars: The Battle of Tervane.", "Quarbin Wars", Location, true},
		{"Things are looking up for Tervane: Because of the rain, they rest.", "Tervane", Org, false},
		{"Subs: Rigby. Tervane United: Okafor, Lemmo, Rigby.", "Tervane United", Org, false},
		{"- Ann Rigby, Quarbin Times: Film - Lemmo.", "Quarbin Times", Org, false},
		{"He thanked Ann Rigby: The crowd cheered.", "Ann Rigby", Person, false},
		{"Rigby quits as boss\n\nTERVANE: Ann Rigby has quit.", "TERVANE", Org, false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		m := &mention{typ: tt.typ, key: strings.ToLower(tt.name), words: strings.Fields(strings.ToLower(tt.name)), agency: -1, country: -1}
		m.Name, m.Start, m.End = tt.name, i, i+len(tt.name)
		if got := workKindAfter(tt.text, m); got != tt.want {
			t.Errorf("workKindAfter(%q, %q %v) = %v, want %v", tt.text, tt.name, tt.typ, got, tt.want)
		}
	}
}

// TestWorkTitle checks, on sentences of our own with made-up names, that
// the pieces of a work's title in Title Case are no entities when the
// words around the whole title show a work: a kind of work before a title
// that opens with a question word, "The" or "A", or joins its words with
// "and" or "of"; "Show" at its end; a broadcaster or a console after "on";
// a number and "chart". And the cases left alone: a person "on" a
// channel, an owner's possessive, a person's own name after "of", a
// broadcaster in a list of programmes, a cue on the line before, a match
// on a channel, a firm before "and the ... Show".
func TestWorkTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a question word between the kind of work and the name",
			marked: "Cinema\n\nShe was praised for the gloomy film What's Bothering [[Lemmo Quarbin|PER]], said [[Ann Rigby|PER]].",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "names joined by and after a genre",
			marked: "Cinema\n\nThe teen comedy [[Zorbit|PER]] and [[Tervane Go|PER]] Sailing The Seas opened in May.",
			want:   nil,
		},
		{
			name:   "The after a kind of work",
			marked: "Cinema\n\nHe starred in the costly movie The [[Lemmox|ORG]] last year.",
			want:   nil,
		},
		{
			name:   "a title that ends in Show",
			marked: "Radio\n\nOne pair hosts their own, The [[Rigby|ORG]] and Lemmo Show, from a barn.",
			want:   nil,
		},
		{
			name:   "a programme on a channel",
			marked: "TV\n\nHer credits include [[Tervane Nights|ORG]] on [[BBC Three|ORG]].",
			want:   []string{`org:bbc-three ORG "BBC Three"`},
		},
		{
			name:   "games joined by and on a console",
			marked: "Games\n\nThe studio said [[Zorbix|ORG]] and Quarbo on PS2 sold well.",
			want:   nil,
		},
		{
			name:   "a chart with its number",
			marked: "Music\n\nThe song entered the [[Quarbin Hot|ORG]] 40 chart at once.",
			want:   nil,
		},
		{
			name:   "people after a film's director and star",
			marked: "Cinema\n\nThe film director [[Ann Rigby|PER]] and the film's star [[Lemmo Quarbin|PER]] flew in.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`, `person:lemmo-quarbin PERSON "Lemmo Quarbin"`},
		},
		{
			name:   "a person on a channel",
			marked: "TV\n\nHe told [[Ann Rigby|PER]] on BBC One that he would stay.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "an owner's possessive after and",
			marked: "Cinema\n\nThe list holds the biopic Zorbit and [[Ann Rigby|PER]]'s gritty drama Lemmo.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a person's own name after of",
			marked: "Music\n\nHer album The Diary of [[Ann Rigby|PER]] sold well.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a broadcaster in a list of programmes",
			marked: "TV\n\nThe soap beat fellow ITV1 show Lemmo Nights and [[Channel 4|ORG]]'s Zorbit to the prize.",
			want:   []string{`org:channel-4 ORG "Channel 4"`},
		},
		{
			name:   "a kind of work on the line before",
			marked: "Quarbin TV cuts scenes from film\n\nA [[Quarbin TV|ORG]] network is editing the drama.",
			want:   []string{`org:quarbin-tv ORG "Quarbin TV"`},
		},
		{
			name:   "a match on a channel",
			marked: "Sport\n\nTervane play v [[Quarbin United|ORG]] on ITV on Sunday.",
			want:   []string{`org:quarbin-united ORG "Quarbin United"`},
		},
		{
			name:   "a firm before and the Show",
			marked: "Cars\n\nThe prize went to [[Lemmo Motors|ORG]] and the Tervane Motor Show.",
			want:   []string{`org:lemmo-motors ORG "Lemmo Motors"`},
		},
	})
}

// TestTitleOwner checks that a possessive after a name, straight or
// curly, makes it an owner before a lower-case word and a piece of the
// title before a capitalized one.
func TestTitleOwner(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"the comedy Zorbit and Lemmo's Great Day", "Lemmo", false},
		{"the comedy Zorbit and Lemmo’s Great Day", "Lemmo", false},
		{"the comedy Zorbit and Lemmo’s gritty drama", "Lemmo", true},
		{"the comedy Zorbit and Lemmo's gritty drama", "Lemmo", true},
	} {
		i := strings.Index(tt.text, tt.name)
		m := &mention{Mention: Mention{Name: tt.name, Start: i, End: i + len(tt.name)}, typ: Person, words: []string{strings.ToLower(tt.name)}}
		if got := titleOwner(tt.text, m); got != tt.want {
			t.Errorf("titleOwner(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}
