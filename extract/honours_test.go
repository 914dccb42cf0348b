package extract

import "testing"

func TestHonours(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an honour after an, and its other mention after the",
			marked: "People\n\nThe singer Ann Vell was made an [[OBE|ORG]] in the New Year list. " +
				"She said the [[OBE|ORG]] meant a great deal to her.",
			want: nil,
		},
		{
			name:   "an honour after a",
			marked: "People\n\nThe coach Bethan Lemmo received a [[CBE|ORG]] last week.",
			want:   nil,
		},
		{
			name:   "a body with an honour's letters, after the",
			marked: "Business\n\nThe [[CBE|ORG]] said on Monday that rates would stay the same.",
			want:   []string{`org:cbe ORG "CBE" partial`},
		},
	})
}
