package extract

import "testing"

// TestForeignAndSpans checks, on names of our own, that a name a French
// "et", Spanish "y" or German "und" parts is one, with particles and a
// suffix after it, and the readings left: "et al", an English "and", a
// capitalized headline "ET".
func TestForeignAndSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "French et and a particle",
			marked: "Bonds\n\nThe [[Caisse des Tervanes|ORG]] et de [[Quarbinage|PER]] said it would issue bonds.",
			want:   []string{`org:caisse-des-tervanes-et-de-quarbinage ORG "Caisse des Tervanes et de Quarbinage"`},
		},
		{
			name:   "Spanish y and a suffix",
			marked: "Mercury\n\nSpain's [[Minas de Tervane|ORG]] y [[Quarbin S.A.|ORG]] raised its price.",
			want:   []string{`country:ES COUNTRY "Spain"`, `org:minas-de-tervane-y-quarbin ORG "Minas de Tervane y Quarbin S.A."`},
		},
		{
			name:   "German und between two surnames typed persons",
			marked: "Building\n\nThe builder [[Tervane|PER]] und [[Quarbin|PER]] won the contract.",
			want:   []string{`org:tervane-und-quarbin ORG "Tervane und Quarbin"`},
		},
		{
			name:   "et al",
			marked: "Study\n\nThe paper by [[Tervane|PER]] et Al. found little.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "an English and",
			marked: "Study\n\nShares of [[Tervane Corp|ORG]] and [[Quarbin Inc|ORG]] rose.",
			want:   []string{`org:quarbin ORG "Quarbin Inc"`, `org:tervane ORG "Tervane Corp"`},
		},
	})
}
