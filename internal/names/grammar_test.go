package names

import (
	"strings"
	"testing"
)

// titleCase is a name with a title before it, as SplitTitle should cut it:
// the title stripped and the name kept (which may hold a royal title).
type titleCase struct {
	in          string
	title, name string
}

// checkSplitTitle runs SplitTitle on each case's words and compares the
// title it strips and the name it keeps.
func checkSplitTitle(t *testing.T, cases []titleCase) {
	t.Helper()
	for _, tt := range cases {
		ws := strings.Fields(tt.in)
		n, keep := SplitTitle(ws)
		title, name := strings.Join(ws[:n], " "), strings.Join(ws[n-keep:], " ")
		if title != tt.title || name != tt.name {
			t.Errorf("SplitTitle(%q): title %q, name %q; want %q, %q", tt.in, title, name, tt.title, tt.name)
		}
	}
}

// TestSplitTitle checks titles of offices, ranks and courtesy before a
// name, and words that are no title.
func TestSplitTitle(t *testing.T) {
	checkSplitTitle(t, []titleCase{
		{"Chancellor of the Exchequer Nigel Lawson", "Chancellor of the Exchequer", "Nigel Lawson"},
		{"Secretary of State George Shultz", "Secretary of State", "George Shultz"},
		{"White House Chief of Staff Howard Baker", "White House Chief of Staff", "Howard Baker"},
		{"U.S. Trade Representative Clayton Yeutter", "U.S. Trade Representative", "Clayton Yeutter"},
		{"Trade Representative Clayton Yeutter", "Trade Representative", "Clayton Yeutter"},
		{"Agriculture Secretary Richard Lyng", "Agriculture Secretary", "Richard Lyng"},
		{"Treasury Secretary Baker", "Treasury Secretary", "Baker"},
		{"Federal Reserve Board Chairman Paul Volcker", "Federal Reserve Board Chairman", "Paul Volcker"},
		{"Fed Chairman Paul Volcker", "Fed Chairman", "Paul Volcker"},
		{"Trade and Industry Secretary Paul Channon", "Trade and Industry Secretary", "Paul Channon"},
		{"Indonesian Energy Minister Subroto", "Indonesian Energy Minister", "Subroto"},
		{"Opposition Leader Kim Beazley", "Opposition Leader", "Kim Beazley"},
		{"Shadow Chancellor Michael Howard", "Shadow Chancellor", "Michael Howard"},
		{"Archbishop of Canterbury Rowan Williams", "Archbishop of Canterbury", "Rowan Williams"},
		{"Chief Justice R.S. Pathak", "Chief Justice", "R.S. Pathak"},
		{"Treasurer Peter Costello", "Treasurer", "Peter Costello"},
		{"Vice-President George Bush", "Vice-President", "George Bush"},
		{"Prime Minister Margaret Thatcher", "Prime Minister", "Margaret Thatcher"},
		{"Former Treasury Secretary James Baker", "Former Treasury Secretary", "James Baker"},
		{"Mr. Putin", "Mr.", "Putin"},
		// A title not yet taken up.
		{"Prime Minister-designate Noboru Takeshita", "Prime Minister-designate", "Noboru Takeshita"},
		{"Chairman-elect Ann Vell", "Chairman-elect", "Ann Vell"},
		{"Exxon Chairman Lee Raymond", "Exxon Chairman", "Lee Raymond"},
		{"General Secretary of the Communist Party Mikhail Gorbachev", "General Secretary of the Communist Party", "Mikhail Gorbachev"},
		// An office in the plural before the first of two names.
		{"Presidents George W Bush", "Presidents", "George W Bush"},
		{"Ministers Jack Straw", "Ministers", "Jack Straw"},
		// A royal or religious title before a given name is part of it.
		{"Prince Charles", "Prince", "Prince Charles"},
		{"Crown Prince Abdullah", "Crown Prince", "Crown Prince Abdullah"},
		{"Pope John Paul II", "Pope", "Pope John Paul II"},
		{"King Fahd", "King", "King Fahd"},
		// No title.
		{"Martin Luther King Jr.", "", "Martin Luther King Jr."},
		{"State Kim Jong Un", "", "State Kim Jong Un"},
		{"Nigel Lawson", "", "Nigel Lawson"},
		{"President", "", "President"},
		{"John Major", "", "John Major"},
		{"Presidents Bush", "", "Presidents Bush"}, // a plural office needs two words after it
		{"Sales Director", "", "Sales Director"},
	})
}

func TestGenericBody(t *testing.T) {
	tests := []struct {
		in, head, country string
	}{
		{"Finance Ministry", "finance-ministry", ""},
		{"Ministry of Finance", "finance-ministry", ""},
		{"Japanese Finance Ministry", "finance-ministry", "JP"},
		{"Japan's Finance Ministry", "finance-ministry", "JP"},
		{"Ministry of Foreign Affairs", "foreign-ministry", ""},
		{"Central Bank of the Philippines", "central-bank", "PH"},
		{"Philippine Central Bank", "central-bank", "PH"},
		{"Reserve Bank of Australia", "reserve-bank", "AU"},
		{"U.S. Department of Agriculture", "agriculture-department", "US"},
		{"Department of the Treasury", "treasury", ""},
		{"U.S. Treasury", "treasury", "US"},
		{"Soviet Army", "army", "SUHH"},
		{"Treasury", "treasury", ""},
		{"Bank of Japan", "", ""},
		{"Ministry of International Trade and Industry", "", ""},
		{"Senate Agriculture Committee", "", ""},
		{"World Bank", "", ""},
		// A country's statistics agency by its generic name; the proper
		// names stay names.
		{"National Statistics Institute", "statistics-office", ""},
		{"Portugal's National Statistics Institute", "statistics-office", "PT"},
		{"Central Bureau of Statistics", "statistics-office", ""},
		{"Statistics Canada", "", ""},
		{"Federal Statistics Office", "", ""},
		{"Office for National Statistics", "", ""},
	}
	for _, tt := range tests {
		b, ok := GenericBody(tt.in)
		country := ""
		if b.Country >= 0 {
			country = countryTable[b.Country].Alpha2
		}
		if b.Head != tt.head || ok != (tt.head != "") || country != tt.country {
			t.Errorf("GenericBody(%q) = %q %q %v, want %q %q", tt.in, b.Head, country, ok, tt.head, tt.country)
		}
	}
	if got := BodyLabel("finance-ministry", "JP"); got != "Finance Ministry (Japan)" {
		t.Errorf("BodyLabel = %q", got)
	}
}
