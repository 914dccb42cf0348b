package extract

import (
	"strings"
	"testing"
)

// TestTypeCue checks the words around a name that vouch for its type, and
// that a cue of one type does not vouch for a name of another.
func TestTypeCue(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		typ        Type
		want       bool
	}{
		{"Berkshire chairman Warren Buffett spoke.", "Berkshire", Org, true},
		{"Changpeng Zhao, who founded Binance, was sentenced.", "Binance", Org, true},
		{"Meta hired Alexandr Wang, founder of Scale AI, and took a stake.", "Scale AI", Org, true},
		{"Mistral AI, a Paris-based start-up backed by Microsoft, released a model.", "Mistral AI", Org, true},
		{"France sought room for start-ups such as Mistral AI.", "Mistral AI", Org, true},
		{"Microsoft agreed to buy Activision Blizzard for $68.7 billion.", "Activision Blizzard", Org, true},
		{"Pep Guardiola, manager of Manchester City, signed.", "Pep Guardiola", Person, true},
		{"Cristiano Ronaldo told ESPN that he would stay.", "Cristiano Ronaldo", Person, true},
		{"LeBron James and his son Bronny were signed.", "Bronny", Person, true},
		// the cue of a company does not vouch for a name typed PERSON
		{"Disney bought most of 21st Century Fox in 2019.", "Century Fox", Person, false},
		// nor a person's for one typed ORG
		{"Volodymyr Zelensky said in an interview that he asked.", "Volodymyr Zelensky", Org, false},
		// no cue at all
		{"Max Verstappen finished ahead of Lando Norris and Oscar Piastri.", "Lando Norris", Person, false},
		// "buyer" is not "buy"
		{"The buyer Acme Foods paid.", "Acme Foods", Org, false},
		{"Fans of Celtic and Rangers filled the streets.", "Celtic and Rangers", Org, false},
	} {
		i := strings.Index(tc.text, tc.name)
		m := &mention{Mention: Mention{Start: i, End: i + len(tc.name)}, typ: tc.typ}
		if got := typeCue(tc.text, m); got != tc.want {
			t.Errorf("typeCue(%q in %q, %s) = %v, want %v", tc.name, tc.text, tc.typ, got, tc.want)
		}
	}
}
