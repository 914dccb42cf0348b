package extract

import "testing"

// TestCountryWordSpans checks, on sentences of our own, that a dotted
// country and a capitalized common word after it is the country alone,
// and the readings left: the country's own body, the two words that
// begin a longer name the article writes, a capitalized word after them.
func TestCountryWordSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word after the country",
			marked: "Grain\n\nMills bought wheat for [[U.K. Weekly|ORG]] home market tenders.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`},
		},
		{
			name:   "a common word after the other country",
			marked: "Phones\n\nQuarbin Corp holds a share of the [[U.S. Telephone|ORG]] market.",
			want:   []string{`country:US COUNTRY "United States"`},
		},
		{
			name:   "the country's own body",
			marked: "Grain\n\nThe [[U.K. Government|ORG]] sold wheat.",
			want:   []string{`org:uk-government ORG "U.K. Government"`},
		},
		{
			name:   "the two words begin a longer name",
			marked: "Timber\n\n[[U.S. Timber Corp|ORG]] sold mills. [[U.S. Timber|ORG]] said sales rose.",
			want:   []string{`org:us-timber ORG "U.S. Timber Corp"`},
		},
	})
}

// TestStockSeries checks that a stock's series and the next sentence's
// opening word make no name, that a sentence's opening word is cut from a
// firm's name after its point, and the readings left: "Series" before a
// word, an opening word after no point.
func TestStockSeries(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a series run into the next sentence",
			marked: "Stock\n\nQuarbin Corp sold Convertible Preferred Stock, [[Series B. It|PER]] said the price was 20 dlrs.",
			want:   nil,
		},
		{
			name:   "a series alone",
			marked: "Stock\n\nQuarbin Corp sold 20,000 shares of [[Series C|ORG]] preferred stock.",
			want:   nil,
		},
		{
			name:   "an opening word after a firm's point",
			marked: "Banks\n\nThe loan was made by [[Quarbin Bank N.A. It|ORG]] said the rate was fixed.",
			want:   []string{`org:quarbin-bank-na ORG "Quarbin Bank N.A."`},
		},
		{
			name:   "Series before a word",
			marked: "Stock\n\nThe [[Series Tervane|ORG]] fund rose.",
			want:   []string{`org:series-tervane ORG "Series Tervane"`},
		},
		{
			name:   "an opening word after no point",
			marked: "Bands\n\nShe joined [[Quarbin This|ORG]] in May.",
			want:   []string{`org:quarbin-this ORG "Quarbin This"`},
		},
	})
}

// TestShipTakenPart checks that a ship chartered for a part cargo, maybe
// after a relet in brackets, is no person, and the reading left: a name
// after "took" that no cargo follows.
func TestShipTakenPart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a ship for a part cargo",
			marked: "Tankers\n\nQuarbin took [[Vell P.|PER]] part cargo 59,000 tons dirty April 16 Tervania to Lunmark.",
			want:   nil,
		},
		{
			name:   "a ship relet for a part cargo",
			marked: "Tankers\n\nQuarbin took [[Tervane Skill|ORG]] (Amlow relet) part cargo 80,000 tons dirty April 18.",
			want:   nil,
		},
		{
			name:   "a person taken part of the way",
			marked: "Walks\n\nQuarbin took [[Ann Vell|PER]] part of the way to Lunmark.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestStaffAfterFirm checks that a name of two words before an analyst's
// name is a firm, and the readings left: one word, no name after the
// staff word.
func TestStaffAfterFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's analyst after its name",
			marked: "Stocks\n\nPrices will rise, [[Dean Vell|PER]] analyst [[Ann Lemmo|PER]] said.",
			want:   []string{`org:dean-vell ORG "Dean Vell"`, `person:ann-lemmo PERSON "Ann Lemmo"`},
		},
		{
			name:   "one word before the analyst",
			marked: "Stocks\n\nPrices will rise, [[Vell|PER]] analyst [[Ann Lemmo|PER]] said.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`, `person:vell PERSON "Vell" partial`},
		},
		{
			name:   "no name after the staff word",
			marked: "Stocks\n\n[[Dean Vell|PER]] analyst reports are read widely.",
			want:   []string{`person:dean-vell PERSON "Dean Vell"`},
		},
	})
}

// TestUnderwriterLists checks that the people of an issue's underwriting
// list are firms, and the readings left: a list with no issue after its
// verb, people "managed by", a name of one word.
func TestUnderwriterLists(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a list before co-managed the offering",
			marked: "Bonds\n\n[[Tervane Bank|ORG]], [[Dean Vell|PER]] and [[Quarbin Securities|ORG]] co-managed the offering.",
			want:   []string{`org:dean-vell ORG "Dean Vell"`, `org:quarbin-securities ORG "Quarbin Securities"`, `org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "a list after underwritten by",
			marked: "Bonds\n\nThe issue is underwritten by [[Dean Vell|PER]] and [[Tervane Bank|ORG]].",
			want:   []string{`org:dean-vell ORG "Dean Vell"`, `org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "no issue after the verb",
			marked: "Funds\n\n[[Tervane Bank|ORG]] and [[Dean Vell|PER]] co-managed the fund.",
			want:   []string{`org:tervane-bank ORG "Tervane Bank"`, `person:dean-vell PERSON "Dean Vell"`},
		},
		{
			name:   "people managed by",
			marked: "Ships\n\nThe ship is managed by [[Tom Vell|PER]] and [[Tervane Bank|ORG]].",
			want:   []string{`org:tervane-bank ORG "Tervane Bank"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a name of one word",
			marked: "Bonds\n\n[[Amlow|ORG]], [[Vell|PER]] and [[Quarbin Bank|ORG]] co-managed the deal.",
			want:   []string{`org:amlow ORG "Amlow" partial`, `org:quarbin-bank ORG "Quarbin Bank"`, `person:vell PERSON "Vell" partial`},
		},
	})
}
