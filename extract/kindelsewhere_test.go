package extract

import "testing"

// TestFirmKindElsewhere checks, on sentences of our own, that a one-word
// name typed as a person is a firm where the article writes it elsewhere
// after a trade and a kind of firm, even where the recognizer missed that
// mention, or where "one of" and a plural noun for bodies single it out;
// and that "the company" without a trade, a verb after the name, or "one
// of" before a plural noun for people leaves it a person.
func TestFirmKindElsewhere(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a firm named after its trade and kind, the mention missed",
			marked: "Deal\n\n[[Halvex|ORG]] will buy Oregon cider company Quarbin for $40m. It said [[Quarbin|PER]] " +
				"would join the group next year. Last year [[Quarbin|PER]] grew fast.",
			want: []string{`org:halvex ORG "Halvex" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name: "one of the bodies, singled out",
			marked: "Label\n\nThe rapper will run one of the genre's most famous labels, [[Tor Vell|PER]]. " +
				"[[Tor Vell|PER]] was founded in 1990. One of the singers, [[Ann Rigby|PER]], left.",
			want: []string{`org:tor-vell ORG "Tor Vell"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name: "no trade, or a verb after the name",
			marked: "Deal\n\nThe company Zorbit founded grew, and the cider company Lemmo runs sold more. " +
				"[[Zorbit|PER]] said so and [[Lemmo|PER]] agreed.",
			want: []string{`person:lemmo PERSON "Lemmo" partial`, `person:zorbit PERSON "Zorbit" partial`},
		},
	})
}
