package names

import "sync"

// capitals maps each country's alpha-2 code to its capital city (some have
// two). Written for this project; a test checks it against a public dataset
// when that is available.
var capitals = map[string][]string{
	"AD": {"Andorra la Vella"}, "AE": {"Abu Dhabi"}, "AF": {"Kabul"}, "AG": {"Saint John's"},
	"AL": {"Tirana"}, "AM": {"Yerevan"}, "AO": {"Luanda"}, "AR": {"Buenos Aires"}, "AT": {"Vienna"},
	"AU": {"Canberra"}, "AZ": {"Baku"}, "BA": {"Sarajevo"}, "BB": {"Bridgetown"}, "BD": {"Dhaka"},
	"BE": {"Brussels"}, "BF": {"Ouagadougou"}, "BG": {"Sofia"}, "BH": {"Manama"}, "BI": {"Gitega", "Bujumbura"},
	"BJ": {"Porto-Novo", "Cotonou"}, "BN": {"Bandar Seri Begawan"}, "BO": {"Sucre", "La Paz"},
	"BR": {"Brasilia", "Brasília"}, "BS": {"Nassau"}, "BT": {"Thimphu"}, "BW": {"Gaborone"},
	"BY": {"Minsk"}, "BZ": {"Belmopan"}, "CA": {"Ottawa"}, "CD": {"Kinshasa"}, "CF": {"Bangui"},
	"CG": {"Brazzaville"}, "CH": {"Bern"}, "CI": {"Yamoussoukro", "Abidjan"}, "CL": {"Santiago"},
	"CM": {"Yaounde", "Yaoundé"}, "CN": {"Beijing"}, "CO": {"Bogota", "Bogotá"}, "CR": {"San Jose", "San José"},
	"CU": {"Havana"}, "CV": {"Praia"}, "CY": {"Nicosia"}, "CZ": {"Prague"}, "DE": {"Berlin"},
	"DJ": {"Djibouti City"}, "DK": {"Copenhagen"}, "DM": {"Roseau"}, "DO": {"Santo Domingo"},
	"DZ": {"Algiers"}, "EC": {"Quito"}, "EE": {"Tallinn"}, "EG": {"Cairo"}, "ER": {"Asmara"},
	"ES": {"Madrid"}, "ET": {"Addis Ababa"}, "FI": {"Helsinki"}, "FJ": {"Suva"}, "FM": {"Palikir"},
	"FR": {"Paris"}, "GA": {"Libreville"}, "GB": {"London"}, "GD": {"St. George's"}, "GE": {"Tbilisi"},
	"GH": {"Accra"}, "GM": {"Banjul"}, "GN": {"Conakry"}, "GQ": {"Malabo"}, "GR": {"Athens"},
	"GT": {"Guatemala City"}, "GW": {"Bissau"}, "GY": {"Georgetown"}, "HN": {"Tegucigalpa"},
	"HR": {"Zagreb"}, "HT": {"Port-au-Prince"}, "HU": {"Budapest"}, "ID": {"Jakarta"}, "IE": {"Dublin"},
	"IL": {"Jerusalem"}, "IN": {"New Delhi"}, "IQ": {"Baghdad"}, "IR": {"Tehran"}, "IS": {"Reykjavik", "Reykjavík"},
	"IT": {"Rome"}, "JM": {"Kingston"}, "JO": {"Amman"}, "JP": {"Tokyo"}, "KE": {"Nairobi"},
	"KG": {"Bishkek"}, "KH": {"Phnom Penh"}, "KI": {"South Tarawa"}, "KM": {"Moroni"},
	"KN": {"Basseterre"}, "KP": {"Pyongyang"}, "KR": {"Seoul"}, "KW": {"Kuwait City"},
	"KZ": {"Astana"}, "LA": {"Vientiane"}, "LB": {"Beirut"}, "LC": {"Castries"}, "LI": {"Vaduz"},
	"LK": {"Sri Jayawardenepura Kotte", "Colombo"}, "LR": {"Monrovia"}, "LS": {"Maseru"},
	"LT": {"Vilnius"}, "LU": {"Luxembourg City"}, "LV": {"Riga"}, "LY": {"Tripoli"}, "MA": {"Rabat"},
	"MC": {"Monte Carlo"}, "MD": {"Chisinau", "Chișinău"}, "ME": {"Podgorica"}, "MG": {"Antananarivo"},
	"MH": {"Majuro"}, "MK": {"Skopje"}, "ML": {"Bamako"}, "MM": {"Naypyidaw", "Nay Pyi Taw", "Yangon"},
	"MN": {"Ulaanbaatar", "Ulan Bator"}, "MR": {"Nouakchott"}, "MT": {"Valletta"}, "MU": {"Port Louis"},
	"MV": {"Male", "Malé"}, "MW": {"Lilongwe"}, "MX": {"Mexico City"}, "MY": {"Kuala Lumpur"},
	"MZ": {"Maputo"}, "NA": {"Windhoek"}, "NE": {"Niamey"}, "NG": {"Abuja"}, "NI": {"Managua"},
	"NL": {"Amsterdam"}, "NO": {"Oslo"}, "NP": {"Kathmandu"}, "NR": {"Yaren"}, "NZ": {"Wellington"},
	"OM": {"Muscat"}, "PA": {"Panama City"}, "PE": {"Lima"}, "PG": {"Port Moresby"}, "PH": {"Manila"},
	"PK": {"Islamabad"}, "PL": {"Warsaw"}, "PS": {"Ramallah", "East Jerusalem"}, "PT": {"Lisbon"},
	"PW": {"Ngerulmud"}, "PY": {"Asuncion", "Asunción"}, "QA": {"Doha"}, "RO": {"Bucharest"},
	"RS": {"Belgrade"}, "RU": {"Moscow"}, "RW": {"Kigali"}, "SA": {"Riyadh"}, "SB": {"Honiara"},
	"SC": {"Victoria"}, "SD": {"Khartoum"}, "SE": {"Stockholm"}, "SG": {"Singapore"}, "SI": {"Ljubljana"},
	"SK": {"Bratislava"}, "SL": {"Freetown"}, "SM": {"City of San Marino"}, "SN": {"Dakar"},
	"SO": {"Mogadishu"}, "SR": {"Paramaribo"}, "SS": {"Juba"}, "ST": {"Sao Tome", "São Tomé"},
	"SV": {"San Salvador"}, "SY": {"Damascus"}, "SZ": {"Mbabane", "Lobamba"}, "TD": {"N'Djamena"},
	"TG": {"Lome", "Lomé"}, "TH": {"Bangkok"}, "TJ": {"Dushanbe"}, "TL": {"Dili"}, "TM": {"Ashgabat"},
	"TN": {"Tunis"}, "TO": {"Nuku'alofa"}, "TR": {"Ankara"}, "TT": {"Port of Spain"}, "TV": {"Funafuti"},
	"TW": {"Taipei"}, "TZ": {"Dodoma", "Dar es Salaam"}, "UA": {"Kyiv", "Kiev"}, "UG": {"Kampala"},
	"US": {"Washington, D.C.", "Washington"}, "UY": {"Montevideo"}, "UZ": {"Tashkent"},
	"VA": {"Vatican City"}, "VC": {"Kingstown"}, "VE": {"Caracas"}, "VN": {"Hanoi"}, "VU": {"Port Vila"},
	"WS": {"Apia"}, "XK": {"Pristina"}, "YE": {"Sanaa", "Sana'a"}, "ZA": {"Pretoria", "Cape Town"},
	"ZM": {"Lusaka"}, "ZW": {"Harare"},
}

// bigCities are cities often in the news that are no capital, with the
// country of each.
var bigCities = map[string]string{
	"New York": "US", "New York City": "US", "Los Angeles": "US", "Chicago": "US", "Houston": "US",
	"San Francisco": "US", "Boston": "US", "Seattle": "US", "Detroit": "US", "Atlanta": "US",
	"Miami": "US", "Dallas": "US", "Philadelphia": "US", "Las Vegas": "US", "New Orleans": "US",
	"Shanghai": "CN", "Guangzhou": "CN", "Shenzhen": "CN", "Hong Kong": "",
	"Mumbai": "IN", "Bombay": "IN", "Kolkata": "IN", "Calcutta": "IN", "Chennai": "IN", "Madras": "IN",
	"Bangalore": "IN", "Karachi": "PK", "Lahore": "PK", "Sydney": "AU", "Melbourne": "AU",
	"Toronto": "CA", "Montreal": "CA", "Vancouver": "CA", "Istanbul": "TR", "Geneva": "CH",
	"Zurich": "CH", "Frankfurt": "DE", "Munich": "DE", "Hamburg": "DE", "Milan": "IT",
	"Barcelona": "ES", "St. Petersburg": "RU", "Saint Petersburg": "RU", "Lagos": "NG",
	"Johannesburg": "ZA", "Dubai": "AE", "Basra": "IQ", "Mosul": "IQ", "Fallujah": "IQ", "Falluja": "IQ", "Najaf": "IQ",
	"Kirkuk": "IQ", "Tikrit": "IQ", "Kandahar": "AF", "Osaka": "JP", "Sao Paulo": "BR",
	"São Paulo": "BR", "Rio de Janeiro": "BR", "Tel Aviv": "IL", "Haifa": "IL", "Aleppo": "SY",
	"Benghazi": "LY", "Kharkiv": "UA", "Odesa": "UA", "Odessa": "UA", "Donetsk": "UA",
	"Mariupol": "UA", "Grozny": "RU", "Beslan": "RU",
	// Places in the news that are no city.
	"Gaza": "PS", "Crimea": "UA", "Kashmir": "", "Darfur": "SD", "Chechnya": "RU", "West Bank": "PS",
}

// datelineCities are more cities that datelines name, with their country.
// Unlike [bigCities] they are not always places: many name a club too
// ("Leeds", "Hamburg").
var datelineCities = map[string]string{
	"Edinburgh": "GB", "Glasgow": "GB", "Manchester": "GB", "Liverpool": "GB", "Leeds": "GB",
	"Cardiff": "GB", "Belfast": "GB", "Birmingham": "GB", "Newcastle": "GB", "Bonn": "DE",
	"Cologne": "DE", "Duesseldorf": "DE", "Dusseldorf": "DE", "Leipzig": "DE", "Stuttgart": "DE",
	"Turin": "IT", "Naples": "IT", "Lyon": "FR", "Marseille": "FR", "Rotterdam": "NL",
	"The Hague": "NL", "Antwerp": "BE", "Basle": "CH", "Basel": "CH", "Leningrad": "RU",
	"Perth": "AU", "Brisbane": "AU", "Adelaide": "AU", "Auckland": "NZ", "Calgary": "CA",
	"Winnipeg": "CA", "Jeddah": "SA", "Peking": "CN", "Madras": "IN", "Pittsburgh": "US",
	"Minneapolis": "US", "St. Louis": "US", "Kansas City": "US", "Denver": "US",
	"Cleveland": "US", "Cincinnati": "US", "Omaha": "US", "Des Moines": "US", "Milwaukee": "US",
	"West Berlin": "DEWG", "East Berlin": "DDDE",
}

// PlaceHeads are words that begin place names the recognizer often takes for
// a person: "Camp David", "Fort Hood", "Lake Placid", "San Jose".
var PlaceHeads = union(PlaceFirst, Set{"st": true, "saint": true, "san": true, "santa": true,
	"los": true, "las": true, "el": true, "new": true, "north": true, "south": true,
	"east": true, "west": true, "upper": true, "lower": true})

// PlaceTails are last words that make a name a place's, a facility's
// included, whatever a recognizer said: "Downing Street", "Old Trafford
// Stadium", "West Cumberland Hospital", "Heathrow Airport".
var PlaceTails = Set{"street": true, "road": true, "avenue": true, "square": true,
	"bridge": true, "airport": true, "stadium": true, "hospital": true, "palace": true,
	"castle": true, "cathedral": true, "abbey": true, "prison": true, "station": true,
	"arena": true, "boulevard": true, "lane": true, "mine": true, "dam": true, "canal": true,
	"refinery": true, "smelter": true, "racecourse": true, "oilfield": true}

// FacilityHeads are last words that make a name a facility's only after a
// word of [FacilityKinds]: "Palisades Nuclear Plant", "Kelso Gas Field",
// "Cowlitz Falls Hydroelectric Project", where "Robert Plant", "Frank
// Field" and "Government Accountability Project" are no places.
var FacilityHeads = Set{"plant": true, "station": true, "project": true, "field": true, "reactor": true, "complex": true}

// FacilityKinds say what a facility of [FacilityHeads] makes or holds.
var FacilityKinds = Set{"nuclear": true, "power": true, "generating": true, "geothermal": true,
	"hydroelectric": true, "hydro": true, "chemical": true, "chemicals": true, "assembly": true,
	"gas": true, "oil": true, "coal": true, "steel": true, "electric": true, "refining": true,
	"petrochemical": true, "fertilizer": true, "fertiliser": true, "cement": true, "desalination": true}

// FacilityByWords reports whether a folded name of three words or more is
// a facility's by its last two words: "palisades nuclear plant", "kelso gas
// field". The two words alone ("Power Project") name no facility.
func FacilityByWords(words []string) bool {
	n := len(words)
	return n >= 3 && FacilityHeads[words[n-1]] && FacilityKinds[words[n-2]]
}

// PlaceFirst are the place words that never begin a person's name.
var PlaceFirst = Set{"camp": true, "fort": true, "mount": true, "mt": true, "lake": true,
	"port": true, "cape": true, "gulf": true, "bay": true, "river": true, "isle": true, "glen": true}

// PersonalNames are capitals that are as often people's names: the
// recognizer's PERSON stands for them.
var PersonalNames = Set{"victoria": true, "sofia": true, "santiago": true, "kingston": true,
	"male": true, "georgetown": true, "moroni": true, "lima": true, "san jose": true, "juba": true,
	"praia": true, "roseau": true, "apia": true, "castries": true, "victoria city": true}

// StateAbbrevs are the abbreviations of the American states that datelines
// write after a city ("SAN JOSE, Calif."), folded, with the state's name.
var StateAbbrevs = map[string]string{"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas",
	"calif": "California", "colo": "Colorado", "conn": "Connecticut", "del": "Delaware",
	"fla": "Florida", "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas",
	"kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
	"mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi",
	"mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada",
	"nh": "New Hampshire", "nj": "New Jersey", "nm": "New Mexico", "ny": "New York State",
	"nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma", "ore": "Oregon",
	"pa": "Pennsylvania", "penn": "Pennsylvania", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota",
	"tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia",
	"wash": "Washington State", "wva": "West Virginia", "wis": "Wisconsin", "wisc": "Wisconsin", "wyo": "Wyoming"}

// ProvinceAbbrevs are the abbreviations of the Canadian provinces that
// follow a town and a comma as [StateAbbrevs] do: "Oshawa, Ont.",
// "Vancouver, B.C.".
var ProvinceAbbrevs = map[string]string{"ont": "Ontario", "que": "Quebec", "bc": "British Columbia",
	"alta": "Alberta", "man": "Manitoba", "sask": "Saskatchewan", "ns": "Nova Scotia", "nb": "New Brunswick",
	"nfld": "Newfoundland", "pei": "Prince Edward Island"}

// regions are places that are no country, capital or big city but stand
// alone in headlines: continents, American states, regions in the news.
var regions = sync.OnceValue(func() Set {
	m := Set{"europe": true, "asia": true, "africa": true, "america": true,
		"americas": true, "antarctica": true, "oceania": true, "arctic": true, "balkans": true,
		"scandinavia": true, "siberia": true, "sahara": true, "darfur": true, "gaza": true,
		"kashmir": true, "tibet": true, "chechnya": true, "kosovo": true, "kurdistan": true,
		"silicon valley": true, "wall street": true, "hollywood": true,
		// The states without a dateline abbreviation in StateAbbrevs.
		"alaska": true, "hawaii": true, "idaho": true, "iowa": true, "maine": true, "ohio": true,
		"utah": true}
	for _, st := range StateAbbrevs {
		m[Key(st)] = true
	}
	return m
})
