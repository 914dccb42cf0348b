package extract

import "testing"

func TestHeadlineAndSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a firm's name cut at AND in a headline",
			marked: "[[QUARBIN|ORG]] AND [[LOMMEL|PER]] TO BUY BACK SHARES\n\n[[Quarbin and Lommel Inc|ORG]] said it would buy " +
				"back shares.",
			want: []string{`org:quarbin-and-lommel ORG "Quarbin and Lommel Inc"`},
		},
		{
			name: "the beginning of a longer name",
			marked: "[[CAMBRIAN|ORG]] AND GENERAL NOTES RISE\n\n[[Cambrian and General Securities Plc|ORG]] notes rose. " +
				"[[Tervane|ORG]] said so.",
			want: []string{`org:cambrian-and-general-securities ORG "Cambrian and General Securities Plc"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "two firms in a headline",
			marked: "[[QUARBIN|ORG]] AND [[TERVANE|ORG]] SIGN PACT\n\n[[Quarbin Corp|ORG]] and [[Tervane Inc|ORG]] signed a pact.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:tervane ORG "Tervane Inc"`},
		},
	})
}
