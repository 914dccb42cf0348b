package extract

import "testing"

func TestKindThingName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an album whose name ends in an industry's word",
			marked: "Charts\n\nThe [[Tervane Gold|ORG]] compilation album sold well this week.",
			want:   nil,
		},
		{
			name:   "an event whose name opens with a describing word",
			marked: "Sailing\n\nThey won the cup at the [[World Quarbin Sailing|ORG]] event in June.",
			want:   nil,
		},
		{
			name:   "a show after its kind, an industry's word first",
			marked: "TV\n\nThey also made car show [[Motor Zorbits|ORG]] for a cable channel.",
			want:   nil,
		},
		{
			name:   "standards known as a name that opens with a body's word",
			marked: "Computers\n\nThe new standards, known as [[Systems Zorbit Architecture|ORG]], are no product.",
			want:   nil,
		},
		{
			name:   "a body's head ends the name",
			marked: "Banks\n\nHe spoke at the [[Lemmo Gold Bank|ORG]] event in June.",
			want:   []string{`org:lemmo-gold-bank ORG "Lemmo Gold Bank"`},
		},
		{
			name:   "a body's head before of",
			marked: "Music\n\nThe singer spoke at the [[University of Tervane|ORG]] event on Friday.",
			want:   []string{`org:university-of-tervane ORG "University of Tervane"`},
		},
		{
			name:   "a company's legal form in the name",
			marked: "Music\n\nThe [[Zorbit Gold Ltd|ORG]] album was released by the label.",
			want:   []string{`org:zorbit-gold ORG "Zorbit Gold Ltd"`},
		},
	})
}

func TestNetworkKind(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a network's name typed a person",
			marked: "Web\n\nSaid Ann Vell, founder of file-sharing network [[Zorbit Swoosh|PER]], and the firm's chairman.",
			want:   []string{`org:zorbit-swoosh ORG "Zorbit Swoosh"`},
		},
		{
			name:   "a clause after the network's kind",
			marked: "Web\n\nIt is the network [[Ann Quarby|PER]] built in 2001.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`},
		},
	})
}

func TestOwnerKindVerb(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an owner's robot goes on with a verb, and its possessive later",
			marked: "Robots\n\nCar-maker [[Quarbin|ORG]]'s humanoid robot [[Lemmox|ORG]] has just got faster. " +
				"[[Lemmox|ORG]]'s legs are new.",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "an article before the kind, a verb after the name",
			marked: "Robots\n\nIt is the robot [[Zorbitron|ORG]] built last year.",
			want:   []string{`org:zorbitron ORG "Zorbitron" partial`},
		},
		{
			name:   "a pronoun's possessive before the kind, a verb after the name",
			marked: "Robots\n\nThe firm said its robot [[Zorbitron|ORG]] makes parts.",
			want:   []string{`org:zorbitron ORG "Zorbitron" partial`},
		},
	})
}
