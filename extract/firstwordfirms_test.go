package extract

import (
	"strings"
	"testing"
)

// TestFirstWordFirms checks, on sentences of our own, that a one-word name
// taken for a person joins the firm whose name it begins, and that a
// person named whole, two firms that begin alike, a word used otherwise, a
// name and Co
// and a president's administration keep their person.
func TestFirstWordFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a unit's short name in the body",
			marked: "Suit\n\n[[Halvex Corp|ORG]] said the suit filed by [[Zorbit Corp|ORG]]'s [[Quarbin Tervane Associates|ORG]] unit is invalid. It will stop [[Quarbin|PER]] from going on with the suit.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `org:quarbin-tervane-associates ORG "Quarbin Tervane Associates"`, `org:zorbit ORG "Zorbit Corp"`},
		},
		{
			name:   "a company's headline word",
			marked: "[[LEMMO|PER]] SEES LOSS\n\n[[Lemmo Zorbit Associates|ORG]] said it sees a loss. A suit by [[Lemmo|PER]] was filed.",
			want:   []string{`org:lemmo-zorbit-associates ORG "Lemmo Zorbit Associates"`},
		},
		{
			name:   "the founder named whole",
			marked: "Funds\n\n[[Ann Quarbin|PER]] founded [[Quarbin and Co|ORG]] in 1970. [[Quarbin|PER]] said she would retire.",
			want:   []string{`org:quarbin-and ORG "Quarbin and Co"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "two firms that begin alike",
			marked: "Oil\n\n[[Quarbin Oil Co|ORG]] and [[Quarbin Gas Co|ORG]] merged, [[Quarbin|PER]] said.",
			want:   []string{`org:quarbin ORG "Quarbin" ambiguous partial`, `org:quarbin-gas ORG "Quarbin Gas Co"`, `org:quarbin-oil ORG "Quarbin Oil Co"`}, // a firm, joined to neither (tail11t's sharedFirstWords)
		},
		{
			name:   "a word the article also writes as a place",
			marked: "Drugs\n\nIt bought [[Lemmo Research and Development Co|ORG]]. It added that [[Lemmo|LOC]], based in Zorbit, will be a unit. [[Lemmo|PER]] designs new drugs.",
			want:   []string{`org:lemmo-research-and-development ORG "Lemmo Research and Development Co."`},
		},
		{
			name:   "a name and Co",
			marked: "Funds\n\n[[Quarbin and Co|ORG]] will advise the fund. One mln dlrs was put up by [[Quarbin|PER]].",
			want:   []string{`org:quarbin-and ORG "Quarbin and Co"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "a president's administration",
			marked: "Trade\n\nThe [[Quarbin Administration|ORG]] said the bill was bad. [[Quarbin|PER]] will veto it.",
			want:   []string{`org:quarbin-administration ORG "Quarbin Administration"`, `person:quarbin PERSON "Quarbin" partial`},
		},
	})
}

// TestOtherUse checks the uses of a firm's first word that keep a person's
// one-word name from joining the firm.
func TestOtherUse(t *testing.T) {
	mk := func(typ Type, key string) *mention {
		return &mention{typ: typ, key: key, words: strings.Fields(key)}
	}
	firm := mk(Org, "lemmo gas")
	tests := []struct {
		name string
		ms   []*mention
		want bool
	}{
		{"the firm and the word alone", []*mention{firm, mk(Org, "lemmo gas"), mk(Person, "lemmo"), mk(Org, "lemmo")}, false},
		{"a town of the word", []*mention{firm, mk(Location, "lemmo"), mk(Person, "lemmo")}, true},
		{"a person named whole", []*mention{firm, mk(Person, "ann lemmo")}, true},
		{"another name with the word", []*mention{firm, mk(Org, "lemmo oil")}, true},
		{"a merger's hyphened name", []*mention{firm, mk(Org, "tervane-lemmo")}, true},
		{"a pronoun after the word", []*mention{firm, {typ: Person, key: "lemmo", words: []string{"lemmo"}, personal: true}}, true},
		{"other words only", []*mention{firm, mk(Org, "tervane oil"), mk(Location, "zorbit")}, false},
	}
	for _, tt := range tests {
		if got := otherUse(&article{ms: tt.ms}, "lemmo", firm); got != tt.want {
			t.Errorf("%s: otherUse = %v, want %v", tt.name, got, tt.want)
		}
	}
}
