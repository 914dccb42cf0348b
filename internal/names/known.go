package names

import (
	"cmp"
	"sync"
)

// KnownName is what a well-known acronym or short name stands for when an
// article uses it without defining it: "NHS" is the National Health
// Service, "Fed" the Federal Reserve, "Tories" the Conservative Party,
// "USDA" the agriculture department of the United States. An article's own
// definition ("Norfolk High School (NHS)") wins in that article.
type KnownName struct {
	Name string // the full name: "National Health Service"
	Type Type
	// Body and Country, for a generic body, give its head and the country
	// it belongs to: USDA is the "agriculture-department" of "US".
	Body, Country string
	// Upper: the short name counts only written in capitals ("SEC", not
	// "Sec").
	Upper bool
	// OrgOnly: the short name counts only where a recognizer took it for an
	// organization: "Labour" is the party, "labour" or a MISC "Labour" not.
	OrgOnly bool
	// Where is the country whose articles use the short name so ("Labour"
	// in Britain, "Labor" in Australia); in an article tied to another
	// country it stands for nothing known. "" for anywhere.
	Where string
	// Of is the country the body belongs to, where its name is used
	// everywhere ("the Fed" is American in a London story too): a cue to
	// the country an article speaks of.
	Of string
	// ByCountry gives, for a name that every country has, its full name in
	// an article tied to each country: "the Communist Party" of a Moscow
	// story of 1987 is the Communist Party of the Soviet Union. Name is
	// then empty.
	ByCountry map[string]string
}

// communistParties are the communist parties by country.
var communistParties = map[string]string{"SUHH": "Communist Party of the Soviet Union",
	"RU": "Communist Party of the Russian Federation", "CN": "Communist Party of China",
	"CSHH": "Communist Party of Czechoslovakia", "VN": "Communist Party of Vietnam",
	"CU": "Communist Party of Cuba", "FR": "French Communist Party", "IT": "Italian Communist Party",
	"IN": "Communist Party of India", "PT": "Portuguese Communist Party", "GR": "Communist Party of Greece"}

// knownNames is written for this project from general knowledge: acronyms
// that news copy leaves undefined, and the short names of parties,
// central banks and clubs. It leaves out what has several common meanings
// ("ABC", "IRA", "WHO").
var knownNames = map[string]KnownName{
	"nhs":     {Name: "National Health Service", Type: Org, Upper: true, Where: "GB"},
	"eu":      {Name: "European Union", Type: Org, Upper: true},
	"ec":      {Name: "European Community", Type: Org, Upper: true},
	"eec":     {Name: "European Community", Type: Org, Upper: true},
	"un":      {Name: "United Nations", Type: Org, Upper: true},
	"nato":    {Name: "North Atlantic Treaty Organization", Type: Org, Upper: true},
	"opec":    {Name: "Organization of the Petroleum Exporting Countries", Type: Org, Upper: true},
	"imf":     {Name: "International Monetary Fund", Type: Org, Upper: true},
	"gatt":    {Name: "General Agreement on Tariffs and Trade", Type: Org, Upper: true},
	"usda":    {Name: "Agriculture Department", Type: Org, Body: "agriculture-department", Country: "US", Upper: true},
	"fda":     {Name: "Food and Drug Administration", Type: Org, Upper: true, Of: "US"},
	"sec":     {Name: "Securities and Exchange Commission", Type: Org, Upper: true, Of: "US"},
	"ftc":     {Name: "Federal Trade Commission", Type: Org, Upper: true, Of: "US"},
	"cftc":    {Name: "Commodity Futures Trading Commission", Type: Org, Upper: true, Of: "US"},
	"fbi":     {Name: "Federal Bureau of Investigation", Type: Org, Upper: true, Of: "US"},
	"cia":     {Name: "Central Intelligence Agency", Type: Org, Upper: true, Of: "US"},
	"nasa":    {Name: "National Aeronautics and Space Administration", Type: Org, Upper: true, Of: "US"},
	"faa":     {Name: "Federal Aviation Administration", Type: Org, Upper: true, Of: "US"},
	"epa":     {Name: "Environmental Protection Agency", Type: Org, Upper: true, Of: "US"},
	"irs":     {Name: "Internal Revenue Service", Type: Org, Upper: true, Of: "US"},
	"fdic":    {Name: "Federal Deposit Insurance Corporation", Type: Org, Upper: true, Of: "US"},
	"fslic":   {Name: "Federal Savings and Loan Insurance Corporation", Type: Org, Upper: true, Of: "US"},
	"wto":     {Name: "World Trade Organization", Type: Org, Upper: true},
	"iaea":    {Name: "International Atomic Energy Agency", Type: Org, Upper: true},
	"ecb":     {Name: "European Central Bank", Type: Org, Upper: true},
	"boj":     {Name: "Bank of Japan", Type: Org, Upper: true, Of: "JP"},
	"boe":     {Name: "Bank of England", Type: Org, Upper: true, Of: "GB"},
	"oecd":    {Name: "Organisation for Economic Co-operation and Development", Type: Org, Upper: true},
	"ifc":     {Name: "International Finance Corporation", Type: Org, Upper: true},
	"ems":     {Name: "European Monetary System", Type: Misc, Upper: true},
	"miti":    {Name: "Ministry of International Trade and Industry", Type: Org, Upper: true, Where: "JP"},
	"ldp":     {Name: "Liberal Democratic Party", Type: Org, Upper: true, Where: "JP"},
	"cbi":     {Name: "Confederation of British Industry", Type: Org, Upper: true, Where: "GB"},
	"tuc":     {Name: "Trades Union Congress", Type: Org, Upper: true, Where: "GB"},
	"anc":     {Name: "African National Congress", Type: Org, Upper: true},
	"plo":     {Name: "Palestine Liberation Organization", Type: Org, Upper: true},
	"nyse":    {Name: "New York Stock Exchange", Type: Org, Upper: true, Of: "US"},
	"asean":   {Name: "Association of Southeast Asian Nations", Type: Org, Upper: true},
	"efta":    {Name: "European Free Trade Association", Type: Org, Upper: true},
	"cmea":    {Name: "Council for Mutual Economic Assistance", Type: Org, Upper: true},
	"comecon": {Name: "Council for Mutual Economic Assistance", Type: Org},
	"adb":     {Name: "Asian Development Bank", Type: Org, Upper: true},
	"eib":     {Name: "European Investment Bank", Type: Org, Upper: true},
	"ebrd":    {Name: "European Bank for Reconstruction and Development", Type: Org, Upper: true},
	"fao":     {Name: "Food and Agriculture Organization", Type: Org, Upper: true},
	"ilo":     {Name: "International Labour Organization", Type: Org, Upper: true},
	"rba":     {Name: "Reserve Bank", Type: Org, Body: "reserve-bank", Country: "AU", Upper: true},
	"gop":     {Name: "Republican Party", Type: Org, Upper: true, Where: "US"},

	"fed":                                    {Name: "Federal Reserve", Type: Org, Of: "US"},
	"federal reserve board":                  {Name: "Federal Reserve", Type: Org, Of: "US"},
	"federal reserve system":                 {Name: "Federal Reserve", Type: Org, Of: "US"},
	"us federal reserve":                     {Name: "Federal Reserve", Type: Org, Of: "US"},
	"tories":                                 {Name: "Conservative Party", Type: Org, Where: "GB"},
	"tory":                                   {Name: "Conservative Party", Type: Org, OrgOnly: true, Where: "GB"},
	"tory party":                             {Name: "Conservative Party", Type: Org, Where: "GB"},
	"conservatives":                          {Name: "Conservative Party", Type: Org, OrgOnly: true, Where: "GB"},
	"conservative":                           {Name: "Conservative Party", Type: Org, OrgOnly: true, Where: "GB"},
	"lib dems":                               {Name: "Liberal Democrats", Type: Org, Where: "GB"},
	"lib dem":                                {Name: "Liberal Democrats", Type: Org, Where: "GB"},
	"liberal democrat":                       {Name: "Liberal Democrats", Type: Org, OrgOnly: true, Where: "GB"},
	"labour":                                 {Name: "Labour Party", Type: Org, OrgOnly: true, Where: "GB"},
	"labor":                                  {Name: "Australian Labor Party", Type: Org, OrgOnly: true, Where: "AU"},
	"labor party":                            {Name: "Australian Labor Party", Type: Org, Where: "AU"},
	"congress party":                         {Name: "Indian National Congress", Type: Org, Where: "IN"},
	"democrats":                              {Name: "Democratic Party", Type: Org, OrgOnly: true, Where: "US"},
	"democratic":                             {Name: "Democratic Party", Type: Org, OrgOnly: true, Where: "US"},
	"republicans":                            {Name: "Republican Party", Type: Org, OrgOnly: true, Where: "US"},
	"republican":                             {Name: "Republican Party", Type: Org, OrgOnly: true, Where: "US"},
	"man utd":                                {Name: "Manchester United", Type: Org},
	"communist party":                        {Type: Org, ByCountry: communistParties},
	"communist":                              {Type: Org, OrgOnly: true, ByCountry: communistParties},
	"communists":                             {Type: Org, OrgOnly: true, ByCountry: communistParties},
	"lords":                                  {Name: "House of Lords", Type: Org, OrgOnly: true, Where: "GB"},
	"ec commission":                          {Name: "European Commission", Type: Org},
	"commission of the european communities": {Name: "European Commission", Type: Org},
	"oscar":                                  {Name: "Academy Awards", Type: Misc},
	"oscars":                                 {Name: "Academy Awards", Type: Misc},
	"academy awards":                         {Name: "Academy Awards", Type: Misc},
	"grammy":                                 {Name: "Grammy Awards", Type: Misc},
	"grammys":                                {Name: "Grammy Awards", Type: Misc},
	"emmy":                                   {Name: "Emmy Awards", Type: Misc},
	"emmys":                                  {Name: "Emmy Awards", Type: Misc},
	"baftas":                                 {Name: "Bafta Awards", Type: Misc},
	"golden globes":                          {Name: "Golden Globe Awards", Type: Misc},
	"six nations":                            {Name: "Six Nations Championship", Type: Misc},
	"rbs six nations":                        {Name: "Six Nations Championship", Type: Misc},
	"champions league":                       {Name: "Champions League", Type: Misc},
	"executive commission":                   {Name: "European Commission", Type: Org, OrgOnly: true},
	"ec executive commission":                {Name: "European Commission", Type: Org},
	"european community executive commission":           {Name: "European Commission", Type: Org},
	"european communitys executive commission":          {Name: "European Commission", Type: Org},
	"brussels executive commission":                     {Name: "European Commission", Type: Org},
	"community executive commission":                    {Name: "European Commission", Type: Org},
	"european community commission":                     {Name: "European Commission", Type: Org},
	"european community ec commission":                  {Name: "European Commission", Type: Org},
	"organization of petroleum exporting countries":     {Name: "Organization of the Petroleum Exporting Countries", Type: Org},
	"organisation of petroleum exporting countries":     {Name: "Organization of the Petroleum Exporting Countries", Type: Org},
	"organisation of the petroleum exporting countries": {Name: "Organization of the Petroleum Exporting Countries", Type: Org},
	"general agreement on trade and tariffs":            {Name: "General Agreement on Tariffs and Trade", Type: Org},
	"us house of representatives":                       {Name: "House of Representatives", Type: Org},
	"us house":                                          {Name: "House of Representatives", Type: Org},
	"moodys investors":                                  {Name: "Moody's Investors Service", Type: Org},
	"moodys investors services":                         {Name: "Moody's Investors Service", Type: Org},
	"house":                                             {Name: "House of Representatives", Type: Org, OrgOnly: true, Where: "US"},
	"new york city":                                     {Name: "New York", Type: Location},
	"washington dc":                                     {Name: "Washington", Type: Location},
	"commons":                                           {Name: "House of Commons", Type: Org, OrgOnly: true, Where: "GB"},
	"man united":                                        {Name: "Manchester United", Type: Org},
	"new labour":                                        {Name: "Labour Party", Type: Org, Where: "GB"},
	"mideast gulf":                                      {Name: "Persian Gulf", Type: Location},
	"g 7":                                               {Name: "Group of Seven", Type: Org},
	"g7":                                                {Name: "Group of Seven", Type: Org},
	"group of 7":                                        {Name: "Group of Seven", Type: Org},
	"big board":                                         {Name: "New York Stock Exchange", Type: Org, Of: "US"},
	"s and p":                                           {Name: "Standard and Poor's", Type: Org, OrgOnly: true},
	"bundesbank":                                        {Name: "Bundesbank", Type: Org, Of: "DE"},
	"west german bundesbank":                            {Name: "Bundesbank", Type: Org, Of: "DE"},
	"german bundesbank":                                 {Name: "Bundesbank", Type: Org, Of: "DE"},
	"deutsche bundesbank":                               {Name: "Bundesbank", Type: Org, Of: "DE"},
	"arabian gulf":                                      {Name: "Persian Gulf", Type: Location},
	"la":                                                {Name: "Los Angeles", Type: Location, Upper: true},
	// "H.K. dlrs", "H.K. stocks": the territory, even beside a company
	// whose name begins so (H.K. Telecom).
	"hk": {Name: "Hong Kong", Type: Location, Upper: true},

	// The American mortgage and student-loan agencies by their nicknames,
	// which the recognizer takes for women's names ("Fannie Mae said").
	"fannie mae":  {Name: "Federal National Mortgage Association", Type: Org, Of: "US"},
	"freddie mac": {Name: "Federal Home Loan Mortgage Corporation", Type: Org, Of: "US"},
	"ginnie mae":  {Name: "Government National Mortgage Association", Type: Org, Of: "US"},
	"sallie mae":  {Name: "Student Loan Marketing Association", Type: Org, Of: "US"},

	// The British bank by its short name, which the recognizer types a
	// place by its "West" ("A spokesman for Nat West said") (tail10yh).
	"nat west": {Name: "National Westminster Bank", Type: Org, Of: "GB"},
	"natwest":  {Name: "National Westminster Bank", Type: Org, Of: "GB"},
}

// knownOf gives the country of the well-known bodies of one country by the
// key of their full name: "securities and exchange commission" → "US".
var knownOf = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, k := range knownNames {
		if c := cmp.Or(k.Of, k.Country); c != "" && k.Name != "" && k.Body == "" {
			m[Key(k.Name)] = c
		}
	}
	return m
})

// KnownOf returns the country of a well-known body of one country by its
// full name ("Securities and Exchange Commission" → "US"), or "".
func KnownOf(name string) string {
	return knownOf()[Key(name)]
}

// Known returns what a short name stands for when an article leaves it
// undefined (see [KnownName]), by the name as written. It reports false
// for a name the table does not hold, and for one that counts only in
// capitals written otherwise.
func Known(name string) (KnownName, bool) {
	var kb [64]byte
	key := string(AppendKey(kb[:0], name)) // on the stack: a hot lookup
	k, ok := knownNames[key]
	if !ok {
		k, ok = knownStation(key)
	}
	if !ok || k.Upper && !IsAcronym(name) {
		return KnownName{}, false
	}
	return k, true
}

// IsKnownName reports whether a folded name is one of the well-known
// names of the table, as a short form ("lib dems") or as the name it
// stands for ("liberal democrats").
func IsKnownName(key string) bool {
	if _, ok := knownNames[key]; ok {
		return true
	}
	return knownFull()[key]
}

// knownFull holds the keys of the names the well-known short names stand
// for.
var knownFull = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range knownNames {
		if k.Name != "" {
			m[Key(k.Name)] = true
		}
	}
	return m
})
