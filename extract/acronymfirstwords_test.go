package extract

import "testing"

// TestAcronymFirstWords checks, on sentences of our own with made-up names,
// that an acronym that begins a company's name written with its suffix in
// the same article is linked under the company, and that it stays apart
// where the company has no suffix or the acronym is not its first word.
func TestAcronymFirstWords(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the company's first word",
			marked: "Filing noted\n\n[[QVT Video Corp|ORG]] said it now meets the listing rules.\n\n" +
				"[[QVT|ORG]] also said its net worth rose to two mln dlrs.\n",
			want: []string{`org:qvt-video ORG "QVT Video Corp"`},
		},
		{
			name: "no suffix: two names",
			marked: "Filing noted\n\n[[QVT Video|ORG]] said it now meets the listing rules.\n\n" +
				"[[QVT|ORG]] also said its net worth rose to two mln dlrs.\n",
			want: []string{`org:qvt ORG "QVT" partial`, `org:qvt-video ORG "QVT Video"`},
		},
		{
			name: "not the first word",
			marked: "Filing noted\n\n[[Tervane QVT Corp|ORG]] said it now meets the listing rules.\n\n" +
				"[[QVT|ORG]] also said its net worth rose to two mln dlrs.\n",
			want: []string{`org:qvt ORG "QVT" partial`, `org:tervane-qvt ORG "Tervane QVT Corp"`},
		},
		{
			name: "the letters' firm before the first word's",
			marked: "Unit sold\n\n[[Quarbin Video Tervane Corp|ORG]] sold its unit [[QVT Dalmor Corp|ORG]] today.\n\n" +
				"[[QVT|ORG]] also said its net worth rose to two mln dlrs.\n",
			want: []string{`org:quarbin-video-tervane ORG "Quarbin Video Tervane Corp"`, `org:qvt-dalmor ORG "QVT Dalmor Corp"`},
		},
		{
			name: "an arm in a country",
			marked: "Unit sold\n\n[[QVT Canada Ltd|ORG]] said it sold its plant.\n\n" +
				"[[QVT|ORG]] also said its net worth rose to two mln dlrs.\n",
			want: []string{`org:qvt ORG "QVT" partial`, `org:qvt-canada ORG "QVT Canada Ltd"`},
		},
	})
}
