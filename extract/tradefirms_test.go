package extract

import "testing"

func TestTradeFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a tender's seller, a broker's trade, a research house",
			marked: "Tervane buys wheat\n\nTervane accepted offers from [[P. Vellard|PERSON]] for 40,000 tonnes of wheat. " +
				"A spokesman said [[Orm Halvex|PERSON]] stockbrokers were not affected. " +
				"In a report, [[Quarbin Lemmo Research|PERSON]] said prices would fall. " +
				"The board suspended the licence of [[G H Vellon|PERSON]] (Tervane) Ltd after a receiver was named. The exchange was liaising with " +
				"[[Vellon|PERSON]] concerning its clients. [[Vellon|PERSON]]'s is the first licence suspended.",
			want: []string{`org:g-h-vellon ORG "G H Vellon"`, `org:orm-halvex ORG "Orm Halvex"`,
				`org:p-vellard ORG "P. Vellard"`, `org:quarbin-lemmo-research ORG "Quarbin Lemmo Research"`},
		},
		{
			name: "people: an offer from a man for his job, a researcher",
			marked: "Offers\n\nThe board took an offer from [[Ann Vellard|PERSON]] for the post. " +
				"[[Orm Halvex|PERSON]] brokered it; [[Dr Lemmo Research|PERSON]] spoke. " +
				"[[Ann Pallet|PERSON]] (Tervane) left.",
			want: []string{`person:ann-pallet PERSON "Ann Pallet"`, `person:ann-vellard PERSON "Ann Vellard"`, `person:lemmo-research PERSON "Lemmo Research"`,
				`person:orm-halvex PERSON "Orm Halvex"`},
		},
	})
}

func TestBrandPlural(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a brand's plural in an article naming its line",
			marked: "Cars\n\nThe Sorel and the Vanta, two models of the company's [[Quarbin|ORG]]\nline, sold well. " +
				"[[Quarbins|ORG]] built in [[Tervane|LOCATION]] could be shipped abroad.",
			want: []string{`location:tervane LOCATION "Tervane" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm's name ending in s, no line named",
			marked: "Cars\n\n[[Quarbins|ORG]] said its cars sold well in [[Tervane|LOCATION]].",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `org:quarbins ORG "Quarbins" partial`},
		},
	})
}

func TestNameBeforeParens(t *testing.T) {
	text := "The licence of G H Vellon (Tervane) Ltd was suspended. Ann Orm (Tervane) said so; Vellonia grew."
	for _, c := range []struct {
		name string
		want bool
	}{{"Vellon", true}, {"Orm", false}, {"Vellonia", false}, {"Tervane", false}} {
		if got := nameBeforeParens(text, c.name); got != c.want {
			t.Errorf("nameBeforeParens(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
