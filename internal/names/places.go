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

// bigCities are cities often in the news that are no capital.
var bigCities = []string{
	"New York", "New York City", "Los Angeles", "Chicago", "Houston", "San Francisco", "Boston",
	"Seattle", "Detroit", "Atlanta", "Miami", "Dallas", "Philadelphia", "Las Vegas", "New Orleans",
	"Shanghai", "Hong Kong", "Mumbai", "Bombay", "Karachi", "Lahore", "Sydney", "Melbourne", "Toronto",
	"Montreal", "Vancouver", "Istanbul", "Geneva", "Zurich", "Frankfurt", "Munich", "Hamburg", "Milan",
	"Barcelona", "St. Petersburg", "Saint Petersburg", "Lagos", "Johannesburg", "Dubai", "Basra",
	"Mosul", "Fallujah", "Falluja", "Najaf", "Kirkuk", "Tikrit", "Gaza", "Kandahar", "Osaka",
	"Guangzhou", "Shenzhen", "Sao Paulo", "São Paulo", "Rio de Janeiro", "Kolkata", "Calcutta",
	"Chennai", "Bangalore", "Tel Aviv", "Haifa", "Aleppo", "Benghazi", "Kharkiv", "Odesa", "Odessa",
	"Donetsk", "Mariupol", "Crimea", "Kashmir", "Darfur", "Chechnya", "Grozny", "Beslan",
}

// PlaceHeads are words that begin place names the recognizer often takes for
// a person: "Camp David", "Fort Hood", "Lake Placid", "San Jose".
var PlaceHeads = union(PlaceFirst, Set{"st": true, "saint": true, "san": true, "santa": true,
	"los": true, "las": true, "el": true, "new": true, "north": true, "south": true,
	"east": true, "west": true, "upper": true, "lower": true})

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
	"nh": "New Hampshire", "nj": "New Jersey", "nm": "New Mexico", "ny": "New York",
	"nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma", "ore": "Oregon",
	"pa": "Pennsylvania", "penn": "Pennsylvania", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota",
	"tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia",
	"wash": "Washington State", "wva": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming"}

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
