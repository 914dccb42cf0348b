package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/input"

	"github.com/nergraph/nergraph/internal/names"
)

func summary(es []Entity) []string {
	return summaryOf(es, false)
}

// summaryOf is summary with the places too when places is set.
func summaryOf(es []Entity, places bool) []string {
	var out []string
	for _, e := range es {
		if e.Type == Misc || e.Type == Location && !places {
			continue
		}
		s := fmt.Sprintf("%s %s %q", e.ID, e.Type, e.Name)
		if e.Ambiguous {
			s += " ambiguous"
		}
		if e.Partial {
			s += " partial"
		}
		if places && slices.ContainsFunc(e.Mentions, func(m Mention) bool { return m.Role == RoleSource }) {
			s += " source"
		}
		out = append(out, s)
	}
	return out
}

func TestResolveSmall(t *testing.T) {
	tests := []struct {
		name   string
		opts   ResolveOptions
		marked string
		places bool // places are in want
		want   []string
	}{
		{
			name:   "surname and title",
			marked: "Putin Vows Ties\n\n[[Russian|MISC]] [[President Vladimir Putin|PER]] met [[Mr. Holmes|PER]]. [[Putin|PER]] said [[Holmes'|PER]] plan was good.",
			want:   []string{`person:holmes PERSON "Holmes" partial`, `person:vladimir-putin PERSON "Vladimir Putin"`},
		},
		{
			// A company's first word the recognizer took for a person is
			// the company when no person of the article fits it; a person
			// who does fit keeps it.
			name:   "company word typed as a person",
			marked: "[[Merrill Lynch and Co|ORG]] posted a record. [[William Schreyer|PER]] said [[Merrill|PER]] would add brokers. [[Ford Motor Co|ORG]] hired [[Anna Ford|PER]]. [[Ford|PER]] spoke.",
			want: []string{`org:ford-motor ORG "Ford Motor Co"`, `org:merrill-lynch ORG "Merrill Lynch and Co"`,
				`person:anna-ford PERSON "Anna Ford"`, `person:william-schreyer PERSON "William Schreyer"`},
		},
		{
			// A firm named after its partners, called by its first
			// partner's name, which the recognizer took for a person; a
			// person of the article with that surname keeps it.
			name:   "partner's name of a firm typed as a person",
			marked: "[[Hartley Voss|ORG]] advised the bank. [[Hartley|PER]] said rates would fall. [[Pryor Quint|ORG]] and [[Dana Pryor|PER]] spoke. [[Pryor|PER]] said no. The [[Nolan Plan|ORG]] came up, and [[Nolan|PER]] spoke. [[Ames LBO|ORG]] bid, and [[Ames|PER]] agreed.",
			want: []string{`org:ames-lbo ORG "Ames LBO"`, `org:hartley-voss ORG "Hartley Voss"`, `org:nolan-plan ORG "Nolan Plan"`, `org:pryor-quint ORG "Pryor Quint"`,
				`person:ames PERSON "Ames" partial`, `person:dana-pryor PERSON "Dana Pryor"`, `person:nolan PERSON "Nolan" partial`},
		},
		{
			// A company named after its founder, cut by the recognizer
			// into her name and the rest; the founder herself stays a
			// person, and a name two words short of the company's too.
			name:   "company named after a person",
			marked: "[[Clara Bishop Home|PER]] profit falls\n\n[[Clara Bishop Home|PER]] [[Designs Inc.|ORG]] said sales fell. Shares of [[Clara Bishop Home|PER]] [[Designs|ORG]] rose, and [[Clara Bishop|PER]] said she was pleased. [[Tom Hale|PER]] [[Senate|ORG]] staff met. [[Rex Ward LBO Inc|ORG]] is a unit of [[Rex Ward|PER]], owned by [[Rex Ward Group Inc|ORG]].",
			want: []string{`org:clara-bishop-home-designs ORG "Clara Bishop Home Designs Inc."`, `org:rex-ward-group ORG "Rex Ward Group Inc."`, `org:rex-ward-lbo ORG "Rex Ward LBO Inc"`,
				`org:senate@US ORG "Senate (United States)"`, `person:clara-bishop PERSON "Clara Bishop"`, `person:rex-ward PERSON "Rex Ward"`, `person:tom-hale PERSON "Tom Hale"`},
		},
		{
			// "Cmdr.", "Hon." and "Pres." kept their period in the
			// tokenizer but were no titles to the resolver.
			name:   "abbreviated titles",
			marked: "[[Cmdr. Ann Lee|PER]] met [[Hon. Bob Carr|PER]] and [[Pres. Jo Kim|PER]]. [[Lee|PER]] spoke.",
			want:   []string{`person:ann-lee PERSON "Ann Lee"`, `person:bob-carr PERSON "Bob Carr"`, `person:jo-kim PERSON "Jo Kim"`},
		},
		{
			name:   "family name first",
			marked: "[[North Korea leader Kim Jong Un|PER]] wrote. [[Kim|PER]] said it was good.",
			want:   []string{`country:KP COUNTRY "North Korea"`, `person:kim-jong-un PERSON "Kim Jong Un"`},
		},
		{
			name:   "ambiguous",
			marked: "[[Kim Jong Un|PER]] and his sister [[Kim Yo Jong|PER]] came. [[Kim|PER]] spoke.",
			want:   []string{`person:kim PERSON "Kim" ambiguous partial`, `person:kim-jong-un PERSON "Kim Jong Un"`, `person:kim-yo-jong PERSON "Kim Yo Jong"`},
		},
		{
			name:   "acronym definition and credit",
			marked: "SEOUL (Reuters) - The [[Korean Central News Agency (KCNA)|ORG]] said so. [[Apple Inc.|ORG]] and [[Apple|ORG]] agreed, [[KCNA|LOC]] said. — Reuters",
			want:   []string{`org:apple ORG "Apple Inc."`, `org:kcna ORG "Korean Central News Agency"`, `org:reuters ORG "Reuters"`},
		},
		{
			name:   "countries",
			marked: "[[U.S.|LOC]] and [[Britain|LOC]] met [[DPRK|ORG]] and [[the United States|LOC]] in [[Korea, North|LOC]]. [[America|LOC]] and [[UK|ORG]] and [[Russian|MISC]] officials.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `country:KP COUNTRY "North Korea"`, `country:US COUNTRY "United States"`},
		},
		{
			name:   "demonyms",
			opts:   ResolveOptions{Demonyms: true},
			marked: "[[Russian|MISC]] troops and [[Ukraine|LOC]] forces.",
			want:   []string{`country:RU COUNTRY "Russia"`, `country:UA COUNTRY "Ukraine"`},
		},
		{
			name:   "shortened organization",
			marked: "The [[Minnesota Vikings|ORG]] won. the [[Vikings|ORG]] scored.",
			want:   []string{`org:minnesota-vikings ORG "Minnesota Vikings"`},
		},
		{
			name: "aliases and exclude",
			opts: ResolveOptions{
				Aliases: []AliasRule{{Alias: "Vlad", Canonical: "Vladimir Putin", Type: Person}, {Alias: "Blighty", Canonical: "United Kingdom"},
					{Alias: "Big Blue", Canonical: "org:ibm"}},
				Exclude: []string{"org:reuters", "Minnesota Vikings"},
			},
			marked: "[[Vlad|ORG]] visited [[Blighty|LOC]] and [[Big Blue|ORG]]. [[Vladimir Putin|PER]] met the [[Minnesota Vikings|ORG]] (Reuters).",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `org:ibm ORG "Big Blue"`, `person:vladimir-putin PERSON "Vladimir Putin"`},
		},
		{
			name:   "case",
			marked: "[[SHAQUILLE O'Neal|PER]] scored. [[O'Neal|PER]] said.",
			want:   []string{`person:shaquille-oneal PERSON "Shaquille O'Neal"`},
		},
		{
			name:   "two companies in one span",
			marked: "[[Microsoft Corp. AOL|ORG]] talked. [[Enbridge Inc. ENB.TO|ORG]] did not, nor did [[Merck Co Inc.'s|ORG]] unit.",
			want:   []string{`org:aol ORG "AOL" partial`, `org:enbridge ORG "Enbridge Inc."`, `org:merck ORG "Merck Co Inc."`, `org:microsoft ORG "Microsoft Corp."`},
		},
		{
			name:   "office inside an organization span",
			marked: "[[Federal Reserve Chairman Alan Greenspan|ORG]] spoke. [[Vikings Coach|ORG]] [[Mike Tice|PER]] did not.",
			want:   []string{`org:federal-reserve ORG "Federal Reserve"`, `org:vikings ORG "Vikings" partial`, `person:alan-greenspan PERSON "Alan Greenspan"`, `person:mike-tice PERSON "Mike Tice"`},
		},
		{
			name:   "titles of several words",
			marked: "[[Chancellor of the Exchequer Nigel Lawson|PER]] met [[White House Chief of Staff Howard Baker|PER]] and [[U.S. Trade Representative Clayton Yeutter|PER]]. [[Lawson|PER]] spoke.",
			want:   []string{`country:US COUNTRY "United States"`, `person:clayton-yeutter PERSON "Clayton Yeutter"`, `person:howard-baker PERSON "Howard Baker"`, `person:nigel-lawson PERSON "Nigel Lawson"`},
		},
		{
			name:   "a prince is no commoner of his name",
			marked: "[[Prince Charles|PER]] met [[Charles Kennedy|PER]]. [[Charles|PER]] smiled.",
			want:   []string{`person:charles-kennedy PERSON "Charles Kennedy"`, `person:prince-charles PERSON "Prince Charles"`},
		},
		{
			name:   "connectors and company suffixes",
			marked: "[[Merrill Lynch & Co Inc|ORG]] and [[Standard & Poor's Corp|ORG]] met. [[Merrill Lynch|ORG]] and [[S&P|ORG]] said [[Standard & Poor's|ORG]] agreed.",
			want:   []string{`org:merrill-lynch ORG "Merrill Lynch & Co Inc"`, `org:standard-and-poors ORG "Standard and Poor's"`},
		},
		{
			name:   "generic bodies qualified",
			marked: "[[TOKYO|LOC]], March 3 - The [[Finance Ministry|ORG]] said the [[U.S. Treasury|ORG]] agreed. [[Brazil's|LOC]] [[Central Bank|ORG]] did not.",
			want:   []string{`country:BR COUNTRY "Brazil"`, `country:US COUNTRY "United States"`, `org:central-bank@BR ORG "Central Bank (Brazil)"`, `org:finance-ministry@JP ORG "Finance Ministry (Japan)"`, `org:treasury@US ORG "Treasury (United States)"`},
		},
		{
			name:   "acronyms: the article's definition wins",
			marked: "The [[Norfolk High School|ORG]] ([[NHS|ORG]]) won. The [[NHS|ORG]] and [[NATO|ORG]] did not.",
			want:   []string{`org:norfolk-high-school ORG "Norfolk High School"`, `org:north-atlantic-treaty-organization ORG "North Atlantic Treaty Organization"`},
		},
		{
			name:   "a body of no country names nothing",
			marked: "The [[Treasury|ORG]] said the [[Finance Ministry|ORG]] agreed.",
			want:   nil,
		},
		{
			name:   "a body only one country calls so is that country's",
			marked: "The [[Justice Department|ORG]] sued [[Google|ORG]].",
			want:   []string{`org:google ORG "Google" partial`, `org:justice-department@US ORG "Justice Department (United States)"`},
		},
		{
			name:   "a hyphen after Saint joins no fixture",
			marked: "[[Lionel Messi|PER]] left [[Paris Saint-Germain|ORG]].",
			want:   []string{`org:paris-saint-germain ORG "Paris Saint-Germain"`, `person:lionel-messi PERSON "Lionel Messi"`},
		},
		{
			name:   "a hyphen inside a compound or before the name's head joins no names",
			marked: "The [[National Hi-Tech Fraud Unit|ORG]], the [[US Anti-Piracy Agency|ORG]], the [[United States-Chile Trade Forum|ORG]] and the [[Liberty Tax-Free Income Fund|ORG]] met. [[Manchester United-Arsenal|ORG]] is on Sunday. The [[Harbour Party Co-Chairman|ORG]] spoke.",
			want: []string{`org:arsenal ORG "Arsenal" partial`, `org:harbour-party ORG "Harbour Party"`, `org:liberty-tax-free-income-fund ORG "Liberty Tax-Free Income Fund"`, `org:manchester-united ORG "Manchester United"`,
				`org:national-hi-tech-fraud-unit ORG "National Hi-Tech Fraud Unit"`, `org:united-states-chile-trade-forum ORG "United States-Chile Trade Forum"`,
				`org:us-anti-piracy-agency ORG "US Anti-Piracy Agency"`},
		},
		{
			name:   "former countries",
			marked: "[[Soviet Union|ORG]], [[USSR|ORG]], [[West Germany|LOC]] and the [[Federal Republic|LOC]] met [[East Germany|LOC]].",
			want:   []string{`country:DDDE COUNTRY "East Germany"`, `country:DEWG COUNTRY "West Germany"`, `country:SUHH COUNTRY "Soviet Union"`},
		},
		{
			name:   "former countries as their successors",
			opts:   ResolveOptions{Successors: true},
			marked: "[[Soviet Union|ORG]], [[USSR|ORG]], [[West Germany|LOC]] and [[East Germany|LOC]] met.",
			want:   []string{`country:DE COUNTRY "Germany"`, `country:RU COUNTRY "Russia"`},
		},
		{
			name:   "names that are no office",
			marked: "[[Premier League|ORG]] and [[General Motors|ORG]] and the [[U.S.|LOC]] [[Department of Energy|ORG]] met.",
			want:   []string{`country:US COUNTRY "United States"`, `org:energy-department@US ORG "Energy Department (United States)"`, `org:general-motors ORG "General Motors"`, `org:premier-league ORG "Premier League"`},
		},
		{
			name:   "two companies joined by and",
			places: true,
			marked: "[[Ameritech|ORG]] owns [[Ohio Bell and Wisconsin Bell|ORG]] and [[Kestrel Capital Corp of New York|ORG]] does not.",
			want:   []string{`location:new-york LOCATION "New York"`, `org:ameritech ORG "Ameritech" partial`, `org:kestrel-capital ORG "Kestrel Capital Corp"`, `org:ohio-bell ORG "Ohio Bell"`, `org:wisconsin-bell ORG "Wisconsin Bell"`},
		},
		{
			name:   "a subsidiary named by its place",
			places: true,
			marked: "[[Kestrel Capital|ORG]] ([[Europe|LOC]]) Ltd is an arm of [[Kestrel Capital Corp|ORG]]. [[Kestrel Capital|ORG]] ([[Europe|LOC]]) advised miners in [[Europe|LOC]].",
			want:   []string{`location:europe LOCATION "Europe" partial`, `org:kestrel-capital ORG "Kestrel Capital Corp."`, `org:kestrel-capital-europe ORG "Kestrel Capital (Europe) Ltd"`},
		},
		{
			name:   "places cut at their joiners",
			places: true,
			marked: "[[Newcastle|ORG]] upon [[Tyne|PER]] and [[Tyne|PER]] and [[Wear|LOC]] and [[EAST|ORG]] [[BERLIN|ORG]].",
			want:   []string{`location:east-berlin LOCATION "East Berlin"`, `location:newcastle-upon-tyne LOCATION "Newcastle upon Tyne"`, `location:tyne-and-wear LOCATION "Tyne and Wear"`},
		},
		{
			name:   "a state is no company's short name",
			places: true,
			marked: "[[TEXAS|LOC]] AIR UNIT TO FOLD\n\n[[Texas Air Corp|ORG]] said so. [[Texas|ORG]] officials welcomed it in [[Texas|LOC]].",
			want:   []string{`location:texas LOCATION "Texas" partial`, `org:texas-air ORG "Texas Air Corp"`},
		},
		{
			name:   "a known body of one country after its country",
			marked: "The [[U.S. Securities and Exchange Commission|ORG]] and the [[SEC|ORG]] met the [[U.K. Treasury|ORG]].",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `country:US COUNTRY "United States"`, `org:securities-and-exchange-commission ORG "Securities and Exchange Commission"`, `org:treasury@GB ORG "Treasury (United Kingdom)"`},
		},
		{
			name:   "the Gulf by its story",
			places: true,
			marked: "[[Iran|LOC]] attacked tankers in the [[Gulf|LOC]]. [[Gulf and Western|ORG]] Inc said so.",
			want:   []string{`country:IR COUNTRY "Iran"`, `location:persian-gulf LOCATION "Persian Gulf"`, `org:gulf-and-western ORG "Gulf and Western Inc"`},
		},
		{
			name:   "the Gulf of a grain report",
			places: true,
			marked: "[[Taiwan|LOC]] bought [[U.S.|LOC]] corn for [[Gulf|LOC]] shipment.",
			want:   []string{`country:TW COUNTRY "Taiwan"`, `country:US COUNTRY "United States"`, `location:us-gulf LOCATION "U.S. Gulf"`},
		},
		{
			name:   "a sign-off with a carriage return written out",
			places: true,
			marked: "The bank said so.\n[[REUTER...^M|ORG]]",
			want:   []string{`org:reuters ORG "REUTER" source`},
		},
		{
			name:   "a body the dateline's country has not",
			marked: "[[TOKYO|LOC]], March 3 - [[U.S.|LOC]] senators met [[State Department|ORG]] officials over [[Japan|LOC]]'s chips.",
			want:   []string{`country:JP COUNTRY "Japan"`, `country:US COUNTRY "United States"`, `org:state-department@US ORG "State Department (United States)"`},
		},
		{
			// Japan, named most, has a Diet, no Congress or Senate, and a
			// Finance Ministry, no Treasury; the Soviet Union ministries.
			name:   "bodies only some countries have",
			marked: "[[TOKYO|LOC]], March 3 - [[Japan|LOC]] told [[Japan|LOC]]'s exporters that [[Congress|ORG]] and the [[Senate|ORG]] in the [[United States|LOC]] would vote. [[Treasury|ORG]] officials agreed. [[Japan|LOC]] said so.",
			want: []string{`country:JP COUNTRY "Japan"`, `country:US COUNTRY "United States"`, `org:congress@US ORG "Congress (United States)"`,
				`org:senate@US ORG "Senate (United States)"`, `org:treasury@US ORG "Treasury (United States)"`},
		},
		{
			name:   "a department where the news names no country that has one",
			marked: "[[MOSCOW|LOC]], April 2 - The [[Soviet Union|LOC]] bought wheat, [[Agriculture Department|ORG]] officials said. [[Congress|ORG]] was told.",
			want:   []string{`country:SUHH COUNTRY "Soviet Union"`, `org:congress@US ORG "Congress (United States)"`},
		},
		{
			// Names the news uses for a body without defining them.
			name:   "well-known short names",
			marked: "[[G-7|ORG]] ministers met. The [[Big Board|ORG]] fell. [[S and P|ORG]] cut the rating. The [[West German Bundesbank|ORG]] held rates; the [[Bundesbank|ORG]] said so.",
			want: []string{`org:bundesbank ORG "Bundesbank"`, `org:group-of-seven ORG "Group of Seven"`,
				`org:new-york-stock-exchange ORG "New York Stock Exchange"`, `org:standard-and-poors ORG "Standard and Poor's"`},
		},
		{
			name:   "a country that ends the sentence before a body",
			marked: "The [[United States|LOC]] dismissed gains in Northern [[Iraq|LOC]]. [[State Department|ORG]] spokesman [[Charles Redman|PER]] said so.",
			want:   []string{`country:IQ COUNTRY "Iraq"`, `country:US COUNTRY "United States"`, `org:state-department@US ORG "State Department (United States)"`, `person:charles-redman PERSON "Charles Redman"`},
		},
		{
			name:   "a firm's first partner before a comma",
			marked: "Sears, [[Roebuck and Co|ORG]] said so, as did [[Goldman, Sachs and Co|ORG]].",
			want:   []string{`org:goldman-sachs ORG "Goldman, Sachs and Co."`, `org:sears-roebuck ORG "Sears, Roebuck and Co"`},
		},
		{
			name:   "a party's member",
			marked: "[[Labour MP|ORG]] [[Stephen Pound|PER]] and 34 [[Labour MPs|ORG]] rebelled.",
			want:   []string{`org:labour-party ORG "Labour Party"`, `person:stephen-pound PERSON "Stephen Pound"`},
		},
		{
			name:   "a referee's town",
			places: true,
			marked: "Referee: [[Mike Riley|PER]] ([[Leeds|ORG]]). [[Leeds United|ORG]] won.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`, `org:leeds-united ORG "Leeds United"`, `person:mike-riley PERSON "Mike Riley"`},
		},
		{
			// Recognizers stop at a channel's number and cut a regional
			// station's place off; "Radio Four" is Radio 4, and "BBC News
			// 24" is no longer name of BBC News.
			name: "BBC stations and channels",
			marked: "He told [[BBC Radio|ORG]] 4 and [[BBC Radio|ORG]] [[Scotland|LOC]] so. [[Radio|ORG]] 1 and [[BBC Radio Four|ORG]] agreed. " +
				"[[BBC News|ORG]] 24 showed it, [[BBC News Online|ORG]] wrote it and [[BBC1|LOC]] and [[BBC2|ORG]] aired it.",
			want: []string{`org:bbc-news ORG "BBC News"`, `org:bbc-news-24 ORG "BBC News 24"`, `org:bbc-one ORG "BBC One"`,
				`org:bbc-radio-1 ORG "BBC Radio 1"`, `org:bbc-radio-4 ORG "BBC Radio 4"`, `org:bbc-radio-scotland ORG "BBC Radio Scotland"`,
				`org:bbc-two ORG "BBC Two"`},
		},
		{
			name:   "a club's nickname in a story of the club",
			marked: "[[Blues|ORG]] boss [[Jose Mourinho|PER]] said [[Chelsea|ORG]] would win. The [[Gunners|ORG]] lost to [[Arsenal|ORG]]'s rivals.",
			want:   []string{`org:arsenal ORG "Arsenal"`, `org:chelsea ORG "Chelsea"`, `person:jose-mourinho PERSON "Jose Mourinho"`},
		},
		{
			// "Blues" is Chelsea's nickname and Birmingham City's: in a
			// story of both, or of neither, it stays a name of its own.
			name:   "a nickname of two clubs named",
			marked: "[[Blues|ORG]] fans cheered as [[Chelsea|ORG]] met [[Birmingham City|ORG]]. [[Blues|ORG]] won.",
			want:   []string{`org:birmingham-city ORG "Birmingham City"`, `org:blues ORG "Blues" partial`, `org:chelsea ORG "Chelsea" partial`},
		},
		{
			name:   "a nickname with no club named",
			marked: "The [[Blues|ORG]] played on.",
			want:   []string{`org:blues ORG "Blues" partial`},
		},
		{
			name:   "LA is Los Angeles",
			places: true,
			marked: "The awards in [[LA|ORG]] were held.",
			want:   []string{`location:los-angeles LOCATION "Los Angeles"`},
		},
		{
			// The office after a surname names the tenure, not the person.
			name:   "a surname's presidency",
			marked: "It was the toughest budget of the [[Bush Presidency|PER]], [[Dick Cheney|PER]] said.",
			want:   []string{`person:bush PERSON "Bush" partial`, `person:dick-cheney PERSON "Dick Cheney"`},
		},
		{
			// A market report's shouted heading begins with the market's
			// town, which recognizers type as an organization; "N.Z." is
			// New Zealand.
			name:   "market headings",
			places: true,
			marked: "[[N.Y.|ORG]] GRAIN FREIGHTS - April 1\n[[Tradax|ORG]] took a ship. [[PARIS|ORG]] COCOA OPG\n[[N.Z.|ORG]] officials spoke.",
			want: []string{`country:NZ COUNTRY "New Zealand"`, `location:new-york LOCATION "New York"`, `location:paris LOCATION "PARIS" partial`,
				`org:tradax ORG "Tradax" partial`},
		},
		{
			// Only a commodity makes a town a market in a sentence.
			name:   "a town before a word that may go on a name",
			places: true,
			marked: "[[N.Y.|ORG]] bank staff met.",
			want:   []string{`org:ny ORG "N.Y." partial`},
		},
		{
			// The heading's abbreviation may be typed as a place too.
			name:   "market heading with a place",
			places: true,
			marked: "[[N.Y.|LOC]] COMEX SILVER CLOSING - May 4\n[[Halden Metals|ORG]] bought silver.\n[[N.Y.|LOC]] FOREIGN EXCH CLOSING - May 4\nStg 1.62",
			want:   []string{`location:new-york LOCATION "New York"`, `org:halden-metals ORG "Halden Metals"`},
		},
		{
			// "H.K." alone is the territory, also in an article of a
			// company whose name begins with it.
			name:   "H.K. beside a company of its name",
			places: true,
			marked: "[[H.K. Cable|ORG]] bought a rival for 90 mln [[H.K.|ORG]] dlrs. [[HK|ORG]] stocks rose.",
			want:   []string{`location:hong-kong LOCATION "Hong Kong"`, `org:hk-cable ORG "H.K. Cable"`},
		},
		{
			// A headline's organization word followed by the words that
			// begin the body's company is the company's short name, not
			// the state (it is dropped as headline noise, as the body
			// does not give it whole).
			name:   "headline short name of a company",
			places: true,
			marked: "[[OREGON|ORG]] LASER WINS CONTRACT\n\n[[Oregon Laser Optics Inc|ORG]] said it won a contract from [[Pacific Shipyards|ORG]].",
			want:   []string{`org:oregon-laser-optics ORG "Oregon Laser Optics Inc"`, `org:pacific-shipyards ORG "Pacific Shipyards"`},
		},
		{
			// A product's model alone is the product the article names
			// with its maker.
			name:   "model of a maker's product",
			marked: "[[Kato|ORG]] unveiled the [[Kato VX|ORG]] on Monday. The [[VX|ORG]] has two screens. [[NRC|ORG]] and [[BQL|ORG]] formed [[NRC BQL|ORG]]; [[BQL|ORG]] will run it.",
			want: []string{`org:bql ORG "BQL" partial`, `org:kato ORG "Kato" partial`, `org:kato-vx ORG "Kato VX"`,
				`org:nrc ORG "NRC" partial`, `org:nrc-bql ORG "Nrc Bql"`},
		},
		{
			// A legal form phrase names the state a company is registered
			// in: no organization "Nevada Limited".
			name:   "place of incorporation",
			places: true,
			marked: "[[Pine Trust|ORG]] sold its stake to a [[Nevada Limited|ORG]] partnership. [[Delta Ventures|ORG]] is an [[Oregon Corp|ORG]]. [[Alder Mills|ORG]] bought [[Kestrel Lines|ORG]] of [[Utah Inc|ORG]].",
			want: []string{`location:nevada LOCATION "Nevada" partial`, `location:oregon LOCATION "Oregon" partial`, `org:alder-mills ORG "Alder Mills"`,
				`org:delta-ventures ORG "Delta Ventures"`, `org:kestrel-lines ORG "Kestrel Lines"`, `org:pine-trust ORG "Pine Trust"`, `org:utah ORG "Utah Inc."`},
		},
		{
			// Without "a", "an" or "of" before it, it stays a company.
			name:   "a company named after a state",
			places: true,
			marked: "[[Nevada Limited|ORG]] said it would sell a mill.",
			want:   []string{`org:nevada ORG "Nevada Limited"`},
		},
		{
			// Canadian provinces' abbreviations after a town, as the
			// American states'.
			name:   "province abbreviations",
			places: true,
			marked: "[[Midland Motors|ORG]] will shut plants in [[Kingston|LOC]], [[Ont|LOC]]. and [[Red Deer|LOC]], [[Alta|ORG]]. and in [[Surrey|LOC]], [[B.C.|ORG]] next year.",
			want: []string{`location:alberta LOCATION "Alberta"`, `location:british-columbia LOCATION "British Columbia"`, `location:kingston LOCATION "Kingston" partial`,
				`location:ontario LOCATION "Ontario"`, `location:red-deer LOCATION "Red Deer"`, `location:surrey LOCATION "Surrey" partial`, `org:midland-motors ORG "Midland Motors"`},
		},
		{
			name:   "an agency between a dateline's date and its dash",
			places: true,
			marked: "[[CANBERRA|LOC]], Aug 2 [[AAP|ORG]] - [[Westpac|ORG]] said so.",
			want:   []string{`location:canberra LOCATION "Canberra" partial`, `org:aap ORG "AAP" source`, `org:westpac ORG "Westpac" partial`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			_, _, es, err := resolveMarked(r, tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			got := summaryOf(es, tt.places)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
				for _, e := range es {
					for _, m := range e.Mentions {
						t.Logf("%s: %q name=%q title=%q role=%q", e.ID, m.Text, m.Name, m.Title, m.Role)
					}
				}
			}
		})
	}
}

func TestReadAliases(t *testing.T) {
	tests := []struct {
		in      string
		want    []AliasRule
		wantErr string
	}{
		{in: "# comment\nVlad,Vladimir Putin\n\nBlighty, United Kingdom ,country\n",
			want: []AliasRule{{Alias: "Vlad", Canonical: "Vladimir Putin"}, {Alias: "Blighty", Canonical: "United Kingdom", Type: Country}}},
		{in: "a,b\nc\n", wantErr: "aliases.csv:2: want alias,canonical[,type], got 1 fields"},
		{in: "a,b,PLANET\n", wantErr: `aliases.csv:1: unknown type "PLANET"`},
		{in: "a,\"b\n", wantErr: "aliases.csv:1:"},
		{in: "a,...\n", wantErr: "aliases.csv:1: empty alias or canonical name"},
	}
	for _, tt := range tests {
		got, err := ReadAliases(strings.NewReader(tt.in), "aliases.csv")
		if tt.wantErr != "" {
			var pe *input.ParseError
			if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) || !errors.As(err, &pe) {
				t.Errorf("ReadAliases(%q) error = %v, want a *ParseError starting %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("ReadAliases(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestReadExclude(t *testing.T) {
	got, err := ReadExclude(strings.NewReader("\ufefforg:reuters\n# comment\n\n  Vladimir Putin \r\n"), "x.txt")
	if want := []string{"org:reuters", "Vladimir Putin"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ReadExclude = %q, %v; want %q", got, err, want)
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"}, {"SHAQUILLE O'Neal", "shaquille oneal"}, {"Kim Jong-un", "kim jong un"},
		{"José", "jose"}, {"Jose\u0301", "jose"}, {"AT&T", "at and t"}, {"The Vikings", "vikings"},
		{"Korea#39;s", "koreas"}, {"  ", ""},
	}
	for _, tt := range tests {
		if got := names.Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCaseScoreParticles: the particles of people's names were a list of
// their own that caseScore did not read, so "ibn" counted as a word left in
// lower case and "Abdullah Ibn Saud" was preferred to "Abdullah ibn Saud".
// Since tail12u a particle or small word written with a capital inside a
// name scores lower (innerCapital): the lower-case form is at least as good.
func TestCaseScoreParticles(t *testing.T) {
	for _, pair := range [][2]string{
		{"Abdullah ibn Saud", "Abdullah Ibn Saud"}, {"Osama bin Laden", "Osama Bin Laden"},
		{"Ludwig van Beethoven", "Ludwig Van Beethoven"}, {"Bank of Japan", "Bank Of Japan"},
	} {
		if got, want := caseScore(pair[0]), caseScore(pair[1]); got < want {
			t.Errorf("caseScore(%q) = %d, want at least %d as for %q", pair[0], got, want, pair[1])
		}
	}
	if got := caseScore("abdullah ibn saud"); got >= 0 {
		t.Errorf("caseScore(all lower case) = %d, want < 0", got)
	}
}

// TestStateAfterCity: "Penn." kept its period in the tokenizer but was no
// dateline state abbreviation to the resolver, which made it an
// organization "Penn".
func TestStateAfterCity(t *testing.T) {
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		marked, want string
		not          bool // want is not among the ids
	}{
		{marked: "Workers at a plant in [[Phoenixville|LOC]], [[Penn.|ORG]], struck.", want: "location:pennsylvania"},
		{marked: "[[SAN JOSE|LOC]], [[Calif.|ORG]] - Chips sold.", want: "location:california"},
		{marked: "A plant in [[Goldendale|LOC]], [[Washington|LOC]], was sold.", want: "location:washington-state"},
		{marked: "In October 1985, [[Washington|LOC]] outlined a strategy.", want: "location:washington-state", not: true},
		{marked: "It said so. Also, [[Washington|LOC]] and its allies agreed.", want: "location:washington-state", not: true},
		{marked: "On Friday, [[Washington|LOC]] announced tariffs.", want: "location:washington-state", not: true},
		{marked: "Flights to [[New York|LOC]], [[Washington|LOC]] and [[Miami|LOC]] start.", want: "location:washington-state", not: true},
		{marked: "But [[He Weiling|PER]], [[Washington|LOC]] representative of the institute, said so.", want: "location:washington-state", not: true},
		{marked: "A plant in [[Richmond|LOC]], [[Washington|LOC]] that makes parts.", want: "location:washington-state"},
		{marked: "A plant in [[Napa|LOC]],\n[[Calif|LOC]], was sold.", want: "location:california"},
	} {
		_, _, es, err := resolveMarked(r, tt.marked)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range es {
			ids = append(ids, e.ID)
		}
		if slices.Contains(ids, tt.want) == tt.not {
			t.Errorf("%s: got %q, want %s among them: %v", tt.marked, ids, tt.want, !tt.not)
		}
	}
}
