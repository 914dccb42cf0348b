package extract

import "testing"

// TestCommonFullName checks, on sentences of our own, that an entity is
// named by the full name its article gives it first when the longest name
// comes later and once (a branch: "a Stevenage Labour Party newsletter"),
// and by its longest name otherwise.
func TestCommonFullName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a later, rarer, longer name is a branch",
			marked: "Calls\n\nThe [[Velmar Party|ORG]] faces an inquiry. The [[Velmar Party|ORG]] said it would help. " +
				"A [[Stevenage Velmar Party|ORG]] newsletter gave the calls. The [[Velmar Party|ORG]] denied it.",
			want: []string{`org:velmar-party ORG "Velmar Party"`},
		},
		{
			name: "the full name first, then the short one",
			marked: "Calls\n\nThe [[Quarbin Velmar Party|ORG]] faces an inquiry. The [[Velmar Party|ORG]] said it would help. " +
				"The [[Velmar Party|ORG]] gave the calls. The [[Velmar Party|ORG]] denied it.",
			want: []string{`org:quarbin-velmar-party ORG "Quarbin Velmar Party"`},
		},
		{
			name: "a longer name used twice",
			marked: "Calls\n\nThe [[Velmar Party|ORG]] faces an inquiry. The [[Velmar Party|ORG]] said it would help. " +
				"The [[Stevenage Velmar Party|ORG]] gave the calls. The [[Stevenage Velmar Party|ORG]] and the [[Velmar Party|ORG]] denied it.",
			want: []string{`org:stevenage-velmar-party ORG "Stevenage Velmar Party"`},
		},
		{
			name: "a person's longer name is their full name",
			marked: "Talks\n\n[[Tervane Kilroy-Vell|PER]] spoke. [[Tervane Kilroy-Vell|PER]] left. " +
				"[[Tervane Kilroy-Vell|PER]] won. [[Ann Tervane Kilroy-Vell|PER]] said so.",
			want: []string{`person:ann-tervane-kilroy-vell PERSON "Ann Tervane Kilroy-Vell"`},
		},
	})
}
