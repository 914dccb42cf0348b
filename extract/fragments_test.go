package extract

import "testing"

// TestFragmentSpans checks, on sentences of our own, that a span gluing two
// names, or a name and words of no name, is cut: at a team sheet's
// semicolon, after a compound adjective, after the agency that was told,
// and at the "and" of two names that a plural noun or "both" counts; and
// that firms named by two surnames, partners and known names stay whole.
func TestFragmentSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "semicolon of a team sheet",
			marked: "Harbury win\n\nHarbury: Penrose, Marlow; [[Tallis; Okafor|PER]], Durrant.",
			want:   []string{`person:okafor PERSON "Okafor" partial`, `person:tallis PERSON "Tallis" partial`},
		},
		{
			name:   "adjective after a town's first word",
			marked: "Deal\n\nThe [[New Tervane-based Quarbin Corp|ORG]] said on Monday it would buy the unit.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "adjective opening the span after a place's first word",
			marked: "Film\n\nLower [[Tervane-born Okafor|PER]] moved to the city in 1966.",
			want:   []string{`person:okafor PERSON "Okafor" partial`},
		},
		{
			name:   "a leader's adjective after a given name (tail11z)",
			marked: "Tour\n\nThe defeat inflicted by the [[Edward Okafor-inspired Lions|ORG]] of 1966 still hurts.",
			want:   []string{`org:lions ORG "Lions" partial`},
		},
		{
			name:   "the agency told",
			marked: "Ships\n\nThe officials told [[Reuters Quarbin Heavy|ORG]] asked them to wait.",
			want:   []string{`org:quarbin-heavy ORG "Quarbin Heavy"`, `org:reuters ORG "Reuters"`},
		},
		{
			name:   "the agency's own company is left",
			marked: "Shares\n\nThe unit is a subsidiary of [[Reuters Holdings Plc|ORG]], it said.",
			want:   []string{`org:reuters ORG "Reuters Holdings Plc"`},
		},
		{
			name:   "the agency's television service is left",
			marked: "Prize\n\nThe prize is a symbol of renewal, she told [[Reuters Television|ORG]] in Varn.",
			want:   []string{`org:reuters-television ORG "Reuters Television"`},
		},
		{
			name:   "a plural noun before two names",
			marked: "Spyware\n\nA survey by technology firms [[Quarbin Data and Tervane|ORG]] found most machines infected.",
			want:   []string{`org:quarbin-data ORG "Quarbin Data"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a plural noun and a dash",
			marked: "Banks\n\nTwo state banks - [[Quarbin Bank and Bank of Tervane|ORG]] - dropped their plans.",
			want:   []string{`org:bank-of-tervane ORG "Bank of Tervane"`, `org:quarbin-bank ORG "Quarbin Bank"`},
		},
		{
			name:   "both after two names",
			marked: "Discs\n\n[[Quarbin Data and Tervane|ORG]] would both support the format.",
			want:   []string{`org:quarbin-data ORG "Quarbin Data"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "two surnames are one firm",
			marked: "Gilts\n\nAn economist at brokers [[Quarbin and Okafor|ORG]] said prices would rise.",
			want:   []string{`org:quarbin-and-okafor ORG "Quarbin and Okafor"`},
		},
		{
			name:   "partners before a comma are one firm",
			marked: "Gilts\n\nAn economist at brokers [[Quarbin, Okafor and Tallis Ltd|ORG]] said prices would rise.",
			want:   []string{`org:quarbin-okafor-and-tallis ORG "Quarbin, Okafor and Tallis Ltd"`},
		},
		{
			name:   "no counting word",
			marked: "Deal\n\nThe deal with [[Quarbin Data and Tervane|ORG]] closed on Monday.",
			want:   []string{`org:quarbin-data-and-tervane ORG "Quarbin Data and Tervane"`},
		},
		{
			name:   "a company suffix after and",
			marked: "Deal\n\nThe banks [[Quarbin Tervane and Co|ORG]] said they would lend.",
			want:   []string{`org:quarbin-tervane ORG "Quarbin Tervane and Co"`},
		},
	})
}

// TestHyphenOfOneName checks, on sentences of our own, that a name whose
// halves a hyphen joins stays one when the article never writes the right
// half alone, and that the clubs of a fixture and a title after a party are
// still cut.
func TestHyphenOfOneName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank named by its region",
			marked: "Notes\n\nThe notes are guaranteed by [[Landesbank Varn-Rhein Girozentrale|ORG]], it said.",
			want:   []string{`org:landesbank-varn-rhein-girozentrale ORG "Landesbank Varn-Rhein Girozentrale"`},
		},
		{
			name:   "a partnership's hyphenated name",
			marked: "Fund\n\n[[First Quarbin-Cable|ORG]] said it acts as general partner of the fund.",
			want:   []string{`org:first-quarbin-cable ORG "First Quarbin-Cable"`},
		},
		{
			name:   "the clubs of a fixture",
			marked: "Frozen\n\nThe [[Harbury Dynamo-Selsey|ORG]] game was called off. Selsey said the pitch was frozen.",
			want:   []string{`org:harbury-dynamo ORG "Harbury Dynamo"`, `org:selsey ORG "Selsey" partial`},
		},
		{
			name:   "the clubs of a fixture not written apart",
			marked: "Frozen\n\nThe [[Harbury United-Selsey|ORG]] game was called off.",
			want:   []string{`org:harbury-united ORG "Harbury United"`, `org:selsey ORG "Selsey" partial`},
		},
		{
			name:   "a fixture named before its noun, neither club written apart",
			marked: "Ratings\n\nGame 5 of the [[Tervane Sox-Harbury|ORG]] series drew many viewers.",
			want:   []string{`org:harbury ORG "Harbury" partial`, `org:tervane-sox ORG "Tervane Sox"`},
		},
		{
			// The label keeps the title's prefix, as main's did: orgCut
			// drops it only when the name is one word.
			name:   "a title after a party",
			marked: "Polls\n\nThe [[Varnish Party Co-Chairman|ORG]] Tom Okafor resigned on Monday.",
			want:   []string{`org:varnish-party ORG "Varnish Party Co"`, `person:tom-okafor PERSON "Tom Okafor"`},
		},
	})
}

// TestPersonOfFirm checks, on sentences of our own, that an organization's
// span that opens with a person's given name and surname before "of" is
// cut into the person and the firm (or place) after "of" when the person
// speaks or the surname stands alone elsewhere; and what stays whole: a
// span with neither, a surname that is an organization's word.
func TestPersonOfFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an analyst and his firm",
			marked: "Markets\n\n[[David Okafor of Quarbin Securities Ltd|ORG]] said prices will fall.",
			want:   []string{`org:quarbin-securities ORG "Quarbin Securities Ltd"`, `person:david-okafor PERSON "David Okafor"`},
		},
		{
			name:   "an initial between, a place after of",
			marked: "Markets\n\nPrices will fall, [[David J. Okafor of Chicago|ORG]] thinks. [[Okafor|PER]] sold.",
			want:   []string{`location:chicago LOCATION "Chicago" partial`, `person:david-j-okafor PERSON "David J. Okafor"`},
		},
		{
			name:   "no speaker, no surname alone",
			marked: "Helicopters\n\nIt joined with [[David Hunter of Chicago|ORG]] in the bid.",
			want:   []string{`org:david-hunter-of-chicago ORG "David Hunter of Chicago"`},
		},
		{
			name:   "an organization's word before of",
			marked: "Banks\n\nThe [[David Bank of Tervane|ORG]] will lend.",
			want:   []string{`org:david-bank-of-tervane ORG "David Bank of Tervane"`},
		},
	})
}

// TestPeoplePair checks that two surnames joined by "&" are cut into two
// people when the article names both as people, and that a firm of that
// shape stays whole.
func TestPeoplePair(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a headline's two players",
			marked: "[[Okafor & Lindqvist|ORG]] claim awards\n\n[[Ann Okafor|PER]] and [[Tom Lindqvist|PER]] were named players of the year.",
			want:   []string{`person:ann-okafor PERSON "Ann Okafor"`, `person:tom-lindqvist PERSON "Tom Lindqvist"`},
		},
		{
			name:   "a firm of two names",
			marked: "Deal\n\n[[Okafor & Lindqvist|ORG]] advised [[Ann Okafor|PER]] on the deal.",
			want:   []string{`org:okafor-and-lindqvist ORG "Okafor & Lindqvist"`, `person:ann-okafor PERSON "Ann Okafor"`},
		},
		{
			name:   "a firm's history over its founders",
			marked: "[[Okafor & Lindqvist|ORG]]: a history\n\n[[Ann Okafor|PER]] and [[Tom Lindqvist|PER]] met in 1840.",
			want:   []string{`org:okafor-and-lindqvist ORG "Okafor & Lindqvist"`, `person:ann-okafor PERSON "Ann Okafor"`, `person:tom-lindqvist PERSON "Tom Lindqvist"`},
		},
	})
}

// TestDemonymBeforeSurname checks that a demonym glued to a surname is cut
// off when the article names the person in full, and that a name of that
// shape with no full name beside it stays whole.
func TestDemonymSurnames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a player named in full before",
			marked: "Tennis\n\n[[Ann Okafor|PER]] won in Paris. The [[Russian|MISC]] [[Okafor|PER]] beat her rival in two sets.",
			want:   []string{`person:ann-okafor PERSON "Ann Okafor"`},
		},
		{
			name:   "no full name: a given name or a firm",
			marked: "Budget\n\n[[German Tervanov|PER]] said the budget would pass. [[Mr Tervanov|PER]] is the minister.",
			want:   []string{`person:german-tervanov PERSON "German Tervanov"`},
		},
	})
}
