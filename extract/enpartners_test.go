package extract

import "testing"

// TestEnPartners checks, on sentences of our own, that a Dutch firm cut at
// its lower-case "en" is joined when no comma list opens it: a bank's
// partners after "Bank", a list's item, partners before a suffix with a
// surname's particle; and that a lone "en" with no capitalized partner
// before it, and a name after "and", stay apart.
func TestEnPartners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank's two partners",
			marked: "Bonds\n\nCo-leads are [[Bank Tervaal|ORG]] en [[Quarbeek|PER]], [[Lunmark Bank|ORG]] and others.",
			want:   []string{`org:bank-tervaal-en-quarbeek ORG "Bank Tervaal en Quarbeek"`, `org:lunmark-bank ORG "Lunmark Bank"`},
		},
		{
			name:   "an item of a list, the first partner spanned nowhere",
			marked: "Bonds\n\nThe group is [[Lunmark Bank|ORG]], Tervaal en [[Quarbeek|PER]], [[Okasso Bank|ORG]] and others.",
			want:   []string{`org:lunmark-bank ORG "Lunmark Bank"`, `org:okasso-bank ORG "Okasso Bank"`, `org:tervaal-en-quarbeek ORG "Tervaal en Quarbeek"`},
		},
		{
			name:   "the last partner spanned nowhere",
			marked: "Bonds\n\nCo-leads are [[Bank Tervaal|ORG]] en Quarbeek, [[Lunmark Bank|ORG]] and others.",
			want:   []string{`org:bank-tervaal-en-quarbeek ORG "Bank Tervaal en Quarbeek"`, `org:lunmark-bank ORG "Lunmark Bank"`},
		},
		{
			name:   "a particle and a suffix",
			marked: "Bids\n\nThe bids went to Tervaal en [[de Quarbeek C.V.|PER]] on Friday.",
			want:   []string{`org:tervaal-en-de-quarbeek-cv ORG "Tervaal en de Quarbeek C.V."`},
		},
		{
			name:   "no partner before en, and an and",
			marked: "Ships\n\nThe ships sailed en masse to [[Rotterdam|LOC]] and en [[Rotterdam|LOC]] docked. [[Tervaal|ORG]] and [[Okasso|PER]] met.",
			want:   []string{`location:rotterdam LOCATION "Rotterdam" partial`, `org:tervaal ORG "Tervaal" partial`, `person:okasso PERSON "Okasso" partial`},
		},
	})
}
