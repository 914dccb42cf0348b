package names

import (
	"cmp"
	"slices"
	"strings"
)

// CountryInfo is one country of the built-in country table.
type CountryInfo struct {
	Name string // common English name, used as the node label
	// Alpha2 is the code of the entity id ("country:RU"): the ISO 3166-1
	// alpha-2 code, "XK" for Kosovo, and for a former country its ISO
	// 3166-3 alpha-4 code ("SUHH"), or "DEWG" for West Germany, which ISO
	// 3166-3 does not list (DE passed to reunited Germany).
	Alpha2   string
	Alpha3   string   // ISO 3166-1 alpha-3 code ("RUS"); ISO 3166-3's for a former country ("SUN")
	Aliases  []string // official and common other names and abbreviations
	Demonyms []string // "Russian", counted as mentions only when asked for
	// Weak marks a name that is as often something else (the US state of
	// Georgia, the given name Chad): it is a country only when the recognizer
	// tagged it as a place, never when found by scanning the text.
	Weak bool
	// Successor is, for a former country, the code of the country of today
	// it is mapped to on request (the Soviet Union to Russia); by default
	// the two are apart.
	Successor string
	// Ended is, for a former country, the day it ceased to exist, as
	// 2006-01-02: an article dated before it is of its time.
	Ended string
}

// Former reports whether c is a country that no longer exists.
func (c CountryInfo) Former() bool { return c.Ended != "" }

// The table is written by hand for this project from general knowledge; a
// test checks its codes against a public dataset when that is available.
// Fields: alpha-2, alpha-3, name, aliases, demonyms.
var countryTable = append([]CountryInfo{
	{Alpha2: "AD", Alpha3: "AND", Name: "Andorra", Demonyms: []string{"Andorran"}},
	{Alpha2: "AE", Alpha3: "ARE", Name: "United Arab Emirates", Aliases: []string{"UAE", "U.A.E.", "Emirates"}, Demonyms: []string{"Emirati"}},
	{Alpha2: "AF", Alpha3: "AFG", Name: "Afghanistan", Demonyms: []string{"Afghan", "Afghans"}},
	{Alpha2: "AG", Alpha3: "ATG", Name: "Antigua and Barbuda", Aliases: []string{"Antigua & Barbuda", "Antigua"}},
	{Alpha2: "AL", Alpha3: "ALB", Name: "Albania", Demonyms: []string{"Albanian", "Albanians"}},
	{Alpha2: "AM", Alpha3: "ARM", Name: "Armenia", Demonyms: []string{"Armenian", "Armenians"}},
	{Alpha2: "AO", Alpha3: "AGO", Name: "Angola", Demonyms: []string{"Angolan", "Angolans"}},
	{Alpha2: "AR", Alpha3: "ARG", Name: "Argentina", Aliases: []string{"Argentine Republic"}, Demonyms: []string{"Argentine", "Argentinian", "Argentines"}},
	{Alpha2: "AT", Alpha3: "AUT", Name: "Austria", Aliases: []string{"Republic of Austria"}, Demonyms: []string{"Austrian", "Austrians"}},
	{Alpha2: "AU", Alpha3: "AUS", Name: "Australia", Aliases: []string{"Commonwealth of Australia"}, Demonyms: []string{"Australian", "Australians"}},
	{Alpha2: "AZ", Alpha3: "AZE", Name: "Azerbaijan", Demonyms: []string{"Azerbaijani", "Azeri"}},
	{Alpha2: "BA", Alpha3: "BIH", Name: "Bosnia and Herzegovina", Aliases: []string{"Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"}, Demonyms: []string{"Bosnian", "Bosnians"}},
	{Alpha2: "BB", Alpha3: "BRB", Name: "Barbados", Demonyms: []string{"Barbadian"}},
	{Alpha2: "BD", Alpha3: "BGD", Name: "Bangladesh", Demonyms: []string{"Bangladeshi", "Bangladeshis"}},
	{Alpha2: "BE", Alpha3: "BEL", Name: "Belgium", Demonyms: []string{"Belgian", "Belgians"}},
	{Alpha2: "BF", Alpha3: "BFA", Name: "Burkina Faso", Demonyms: []string{"Burkinabe"}},
	{Alpha2: "BG", Alpha3: "BGR", Name: "Bulgaria", Demonyms: []string{"Bulgarian", "Bulgarians"}},
	{Alpha2: "BH", Alpha3: "BHR", Name: "Bahrain", Demonyms: []string{"Bahraini"}},
	{Alpha2: "BI", Alpha3: "BDI", Name: "Burundi", Demonyms: []string{"Burundian"}},
	{Alpha2: "BJ", Alpha3: "BEN", Name: "Benin", Demonyms: []string{"Beninese"}},
	{Alpha2: "BN", Alpha3: "BRN", Name: "Brunei", Aliases: []string{"Brunei Darussalam"}},
	{Alpha2: "BO", Alpha3: "BOL", Name: "Bolivia", Demonyms: []string{"Bolivian", "Bolivians"}},
	{Alpha2: "BR", Alpha3: "BRA", Name: "Brazil", Aliases: []string{"Brasil"}, Demonyms: []string{"Brazilian", "Brazilians"}},
	{Alpha2: "BS", Alpha3: "BHS", Name: "Bahamas", Aliases: []string{"The Bahamas"}, Demonyms: []string{"Bahamian"}},
	{Alpha2: "BT", Alpha3: "BTN", Name: "Bhutan", Demonyms: []string{"Bhutanese"}},
	{Alpha2: "BW", Alpha3: "BWA", Name: "Botswana"},
	{Alpha2: "BY", Alpha3: "BLR", Name: "Belarus", Demonyms: []string{"Belarusian", "Belarusians"}},
	{Alpha2: "BZ", Alpha3: "BLZ", Name: "Belize", Demonyms: []string{"Belizean"}},
	{Alpha2: "CA", Alpha3: "CAN", Name: "Canada", Demonyms: []string{"Canadian", "Canadians"}},
	{Alpha2: "CD", Alpha3: "COD", Name: "Democratic Republic of the Congo", Aliases: []string{"Democratic Republic of Congo", "DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Zaire"}, Demonyms: []string{"Congolese"}},
	{Alpha2: "CF", Alpha3: "CAF", Name: "Central African Republic"},
	{Alpha2: "CG", Alpha3: "COG", Name: "Republic of the Congo", Aliases: []string{"Republic of Congo", "Congo Republic", "Congo-Brazzaville"}},
	{Alpha2: "CH", Alpha3: "CHE", Name: "Switzerland", Aliases: []string{"Swiss Confederation"}, Demonyms: []string{"Swiss"}},
	{Alpha2: "CI", Alpha3: "CIV", Name: "Ivory Coast", Aliases: []string{"Côte d'Ivoire", "Cote d'Ivoire", "Cote dIvoire"}, Demonyms: []string{"Ivorian", "Ivorians"}},
	{Alpha2: "CL", Alpha3: "CHL", Name: "Chile", Demonyms: []string{"Chilean", "Chileans"}},
	{Alpha2: "CM", Alpha3: "CMR", Name: "Cameroon", Demonyms: []string{"Cameroonian"}},
	{Alpha2: "CN", Alpha3: "CHN", Name: "China", Aliases: []string{"People's Republic of China", "PRC", "P.R.C.", "Mainland China"}, Demonyms: []string{"Chinese"}},
	{Alpha2: "CO", Alpha3: "COL", Name: "Colombia", Demonyms: []string{"Colombian", "Colombians"}},
	{Alpha2: "CR", Alpha3: "CRI", Name: "Costa Rica", Demonyms: []string{"Costa Rican"}},
	{Alpha2: "CU", Alpha3: "CUB", Name: "Cuba", Demonyms: []string{"Cuban", "Cubans"}},
	{Alpha2: "CV", Alpha3: "CPV", Name: "Cape Verde", Aliases: []string{"Cabo Verde"}, Demonyms: []string{"Cape Verdean"}},
	{Alpha2: "CY", Alpha3: "CYP", Name: "Cyprus", Demonyms: []string{"Cypriot", "Cypriots"}},
	{Alpha2: "CZ", Alpha3: "CZE", Name: "Czech Republic", Aliases: []string{"Czechia"}, Demonyms: []string{"Czech", "Czechs"}},
	{Alpha2: "DE", Alpha3: "DEU", Name: "Germany", Aliases: []string{"Deutschland"}, Demonyms: []string{"German", "Germans"}},
	{Alpha2: "DJ", Alpha3: "DJI", Name: "Djibouti"},
	{Alpha2: "DK", Alpha3: "DNK", Name: "Denmark", Demonyms: []string{"Danish", "Dane", "Danes"}},
	{Alpha2: "DM", Alpha3: "DMA", Name: "Dominica"},
	{Alpha2: "DO", Alpha3: "DOM", Name: "Dominican Republic", Demonyms: []string{"Dominican"}},
	{Alpha2: "DZ", Alpha3: "DZA", Name: "Algeria", Demonyms: []string{"Algerian", "Algerians"}},
	{Alpha2: "EC", Alpha3: "ECU", Name: "Ecuador", Demonyms: []string{"Ecuadorian", "Ecuadorean"}},
	{Alpha2: "EE", Alpha3: "EST", Name: "Estonia", Demonyms: []string{"Estonian", "Estonians"}},
	{Alpha2: "EG", Alpha3: "EGY", Name: "Egypt", Aliases: []string{"Arab Republic of Egypt"}, Demonyms: []string{"Egyptian", "Egyptians"}},
	{Alpha2: "ER", Alpha3: "ERI", Name: "Eritrea", Demonyms: []string{"Eritrean"}},
	{Alpha2: "ES", Alpha3: "ESP", Name: "Spain", Aliases: []string{"Kingdom of Spain", "España"}, Demonyms: []string{"Spanish", "Spaniard", "Spaniards"}},
	{Alpha2: "ET", Alpha3: "ETH", Name: "Ethiopia", Demonyms: []string{"Ethiopian", "Ethiopians"}},
	{Alpha2: "FI", Alpha3: "FIN", Name: "Finland", Demonyms: []string{"Finnish", "Finn", "Finns"}},
	{Alpha2: "FJ", Alpha3: "FJI", Name: "Fiji", Demonyms: []string{"Fijian"}},
	{Alpha2: "FM", Alpha3: "FSM", Name: "Micronesia", Aliases: []string{"Federated States of Micronesia"}},
	{Alpha2: "FR", Alpha3: "FRA", Name: "France", Aliases: []string{"French Republic"}, Demonyms: []string{"French", "Frenchman"}},
	{Alpha2: "GA", Alpha3: "GAB", Name: "Gabon", Demonyms: []string{"Gabonese"}},
	{Alpha2: "GB", Alpha3: "GBR", Name: "United Kingdom", Aliases: []string{"UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"}, Demonyms: []string{"British", "Briton", "Britons"}},
	{Alpha2: "GD", Alpha3: "GRD", Name: "Grenada"},
	{Alpha2: "GE", Alpha3: "GEO", Name: "Georgia", Weak: true},
	{Alpha2: "GH", Alpha3: "GHA", Name: "Ghana", Demonyms: []string{"Ghanaian", "Ghanaians"}},
	{Alpha2: "GM", Alpha3: "GMB", Name: "Gambia", Aliases: []string{"The Gambia"}, Demonyms: []string{"Gambian"}},
	{Alpha2: "GN", Alpha3: "GIN", Name: "Guinea", Demonyms: []string{"Guinean"}},
	{Alpha2: "GQ", Alpha3: "GNQ", Name: "Equatorial Guinea"},
	{Alpha2: "GR", Alpha3: "GRC", Name: "Greece", Aliases: []string{"Hellenic Republic"}, Demonyms: []string{"Greek", "Greeks"}},
	{Alpha2: "GT", Alpha3: "GTM", Name: "Guatemala", Demonyms: []string{"Guatemalan"}},
	{Alpha2: "GW", Alpha3: "GNB", Name: "Guinea-Bissau", Aliases: []string{"Guinea Bissau"}},
	{Alpha2: "GY", Alpha3: "GUY", Name: "Guyana", Demonyms: []string{"Guyanese"}},
	{Alpha2: "HN", Alpha3: "HND", Name: "Honduras", Demonyms: []string{"Honduran"}},
	{Alpha2: "HR", Alpha3: "HRV", Name: "Croatia", Demonyms: []string{"Croatian", "Croat", "Croats"}},
	{Alpha2: "HT", Alpha3: "HTI", Name: "Haiti", Demonyms: []string{"Haitian", "Haitians"}},
	{Alpha2: "HU", Alpha3: "HUN", Name: "Hungary", Demonyms: []string{"Hungarian", "Hungarians"}},
	{Alpha2: "ID", Alpha3: "IDN", Name: "Indonesia", Demonyms: []string{"Indonesian", "Indonesians"}},
	{Alpha2: "IE", Alpha3: "IRL", Name: "Ireland", Aliases: []string{"Republic of Ireland", "Eire"}, Demonyms: []string{"Irish"}},
	{Alpha2: "IL", Alpha3: "ISR", Name: "Israel", Aliases: []string{"State of Israel"}, Demonyms: []string{"Israeli", "Israelis"}},
	{Alpha2: "IN", Alpha3: "IND", Name: "India", Aliases: []string{"Republic of India"}, Demonyms: []string{"Indian", "Indians"}},
	{Alpha2: "IQ", Alpha3: "IRQ", Name: "Iraq", Demonyms: []string{"Iraqi", "Iraqis"}},
	{Alpha2: "IR", Alpha3: "IRN", Name: "Iran", Aliases: []string{"Islamic Republic of Iran"}, Demonyms: []string{"Iranian", "Iranians"}},
	{Alpha2: "IS", Alpha3: "ISL", Name: "Iceland", Demonyms: []string{"Icelandic", "Icelander"}},
	{Alpha2: "IT", Alpha3: "ITA", Name: "Italy", Aliases: []string{"Italian Republic"}, Demonyms: []string{"Italian", "Italians"}},
	{Alpha2: "JM", Alpha3: "JAM", Name: "Jamaica", Demonyms: []string{"Jamaican", "Jamaicans"}},
	{Alpha2: "JO", Alpha3: "JOR", Name: "Jordan", Aliases: []string{"Hashemite Kingdom of Jordan"}, Demonyms: []string{"Jordanian", "Jordanians"}, Weak: true},
	{Alpha2: "JP", Alpha3: "JPN", Name: "Japan", Demonyms: []string{"Japanese"}},
	{Alpha2: "KE", Alpha3: "KEN", Name: "Kenya", Demonyms: []string{"Kenyan", "Kenyans"}},
	{Alpha2: "KG", Alpha3: "KGZ", Name: "Kyrgyzstan", Aliases: []string{"Kyrgyz Republic", "Kirghizia"}, Demonyms: []string{"Kyrgyz"}},
	{Alpha2: "KH", Alpha3: "KHM", Name: "Cambodia", Demonyms: []string{"Cambodian", "Cambodians"}},
	{Alpha2: "KI", Alpha3: "KIR", Name: "Kiribati"},
	{Alpha2: "KM", Alpha3: "COM", Name: "Comoros", Aliases: []string{"Union of the Comoros"}},
	{Alpha2: "KN", Alpha3: "KNA", Name: "Saint Kitts and Nevis", Aliases: []string{"St. Kitts and Nevis", "St Kitts and Nevis"}},
	{Alpha2: "KP", Alpha3: "PRK", Name: "North Korea", Aliases: []string{"DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "Korea, North", "N. Korea", "N.Korea"}, Demonyms: []string{"North Korean", "North Koreans"}},
	{Alpha2: "KR", Alpha3: "KOR", Name: "South Korea", Aliases: []string{"Republic of Korea", "ROK", "Korea, South", "S. Korea", "S.Korea"}, Demonyms: []string{"South Korean", "South Koreans"}},
	{Alpha2: "KW", Alpha3: "KWT", Name: "Kuwait", Demonyms: []string{"Kuwaiti", "Kuwaitis"}},
	{Alpha2: "KZ", Alpha3: "KAZ", Name: "Kazakhstan", Demonyms: []string{"Kazakh", "Kazakhstani"}},
	{Alpha2: "LA", Alpha3: "LAO", Name: "Laos", Aliases: []string{"Lao PDR", "Lao People's Democratic Republic"}, Demonyms: []string{"Laotian"}},
	{Alpha2: "LB", Alpha3: "LBN", Name: "Lebanon", Demonyms: []string{"Lebanese"}},
	{Alpha2: "LC", Alpha3: "LCA", Name: "Saint Lucia", Aliases: []string{"St. Lucia", "St Lucia"}},
	{Alpha2: "LI", Alpha3: "LIE", Name: "Liechtenstein"},
	{Alpha2: "LK", Alpha3: "LKA", Name: "Sri Lanka", Demonyms: []string{"Sri Lankan", "Sri Lankans"}},
	{Alpha2: "LR", Alpha3: "LBR", Name: "Liberia", Demonyms: []string{"Liberian", "Liberians"}},
	{Alpha2: "LS", Alpha3: "LSO", Name: "Lesotho"},
	{Alpha2: "LT", Alpha3: "LTU", Name: "Lithuania", Demonyms: []string{"Lithuanian", "Lithuanians"}},
	{Alpha2: "LU", Alpha3: "LUX", Name: "Luxembourg"},
	{Alpha2: "LV", Alpha3: "LVA", Name: "Latvia", Demonyms: []string{"Latvian", "Latvians"}},
	{Alpha2: "LY", Alpha3: "LBY", Name: "Libya", Demonyms: []string{"Libyan", "Libyans"}},
	{Alpha2: "MA", Alpha3: "MAR", Name: "Morocco", Demonyms: []string{"Moroccan", "Moroccans"}},
	{Alpha2: "MC", Alpha3: "MCO", Name: "Monaco", Demonyms: []string{"Monegasque"}},
	{Alpha2: "MD", Alpha3: "MDA", Name: "Moldova", Aliases: []string{"Republic of Moldova"}, Demonyms: []string{"Moldovan"}},
	{Alpha2: "ME", Alpha3: "MNE", Name: "Montenegro", Demonyms: []string{"Montenegrin"}},
	{Alpha2: "MG", Alpha3: "MDG", Name: "Madagascar", Demonyms: []string{"Malagasy"}},
	{Alpha2: "MH", Alpha3: "MHL", Name: "Marshall Islands"},
	{Alpha2: "MK", Alpha3: "MKD", Name: "North Macedonia", Aliases: []string{"Macedonia", "Republic of North Macedonia"}, Demonyms: []string{"Macedonian"}},
	{Alpha2: "ML", Alpha3: "MLI", Name: "Mali", Demonyms: []string{"Malian"}},
	{Alpha2: "MM", Alpha3: "MMR", Name: "Myanmar", Aliases: []string{"Burma"}, Demonyms: []string{"Burmese"}},
	{Alpha2: "MN", Alpha3: "MNG", Name: "Mongolia", Demonyms: []string{"Mongolian"}},
	{Alpha2: "MR", Alpha3: "MRT", Name: "Mauritania", Demonyms: []string{"Mauritanian"}},
	{Alpha2: "MT", Alpha3: "MLT", Name: "Malta", Demonyms: []string{"Maltese"}},
	{Alpha2: "MU", Alpha3: "MUS", Name: "Mauritius", Demonyms: []string{"Mauritian"}},
	{Alpha2: "MV", Alpha3: "MDV", Name: "Maldives", Aliases: []string{"The Maldives"}},
	{Alpha2: "MW", Alpha3: "MWI", Name: "Malawi", Demonyms: []string{"Malawian"}},
	{Alpha2: "MX", Alpha3: "MEX", Name: "Mexico", Aliases: []string{"México"}, Demonyms: []string{"Mexican", "Mexicans"}},
	{Alpha2: "MY", Alpha3: "MYS", Name: "Malaysia", Demonyms: []string{"Malaysian", "Malaysians"}},
	{Alpha2: "MZ", Alpha3: "MOZ", Name: "Mozambique", Demonyms: []string{"Mozambican"}},
	{Alpha2: "NA", Alpha3: "NAM", Name: "Namibia", Demonyms: []string{"Namibian"}},
	{Alpha2: "NE", Alpha3: "NER", Name: "Niger", Demonyms: []string{"Nigerien"}},
	{Alpha2: "NG", Alpha3: "NGA", Name: "Nigeria", Demonyms: []string{"Nigerian", "Nigerians"}},
	{Alpha2: "NI", Alpha3: "NIC", Name: "Nicaragua", Demonyms: []string{"Nicaraguan"}},
	{Alpha2: "NL", Alpha3: "NLD", Name: "Netherlands", Aliases: []string{"The Netherlands", "Holland", "Kingdom of the Netherlands"}, Demonyms: []string{"Dutch"}},
	{Alpha2: "NO", Alpha3: "NOR", Name: "Norway", Demonyms: []string{"Norwegian", "Norwegians"}},
	{Alpha2: "NP", Alpha3: "NPL", Name: "Nepal", Demonyms: []string{"Nepalese", "Nepali"}},
	{Alpha2: "NR", Alpha3: "NRU", Name: "Nauru"},
	{Alpha2: "NZ", Alpha3: "NZL", Name: "New Zealand", Aliases: []string{"N.Z."}, Demonyms: []string{"New Zealander", "New Zealanders"}},
	{Alpha2: "OM", Alpha3: "OMN", Name: "Oman", Demonyms: []string{"Omani"}},
	{Alpha2: "PA", Alpha3: "PAN", Name: "Panama", Demonyms: []string{"Panamanian"}},
	{Alpha2: "PE", Alpha3: "PER", Name: "Peru", Demonyms: []string{"Peruvian", "Peruvians"}},
	{Alpha2: "PG", Alpha3: "PNG", Name: "Papua New Guinea"},
	{Alpha2: "PH", Alpha3: "PHL", Name: "Philippines", Aliases: []string{"The Philippines"}, Demonyms: []string{"Filipino", "Filipinos", "Philippine"}},
	{Alpha2: "PK", Alpha3: "PAK", Name: "Pakistan", Demonyms: []string{"Pakistani", "Pakistanis"}},
	{Alpha2: "PL", Alpha3: "POL", Name: "Poland", Demonyms: []string{"Polish", "Pole", "Poles"}},
	{Alpha2: "PS", Alpha3: "PSE", Name: "Palestine", Aliases: []string{"State of Palestine", "Palestinian Territories", "Palestinian territories"}, Demonyms: []string{"Palestinian", "Palestinians"}},
	{Alpha2: "PT", Alpha3: "PRT", Name: "Portugal", Demonyms: []string{"Portuguese"}},
	{Alpha2: "PW", Alpha3: "PLW", Name: "Palau"},
	{Alpha2: "PY", Alpha3: "PRY", Name: "Paraguay", Demonyms: []string{"Paraguayan"}},
	{Alpha2: "QA", Alpha3: "QAT", Name: "Qatar", Demonyms: []string{"Qatari"}},
	{Alpha2: "RO", Alpha3: "ROU", Name: "Romania", Demonyms: []string{"Romanian", "Romanians"}},
	{Alpha2: "RS", Alpha3: "SRB", Name: "Serbia", Demonyms: []string{"Serbian", "Serb", "Serbs"}},
	{Alpha2: "RU", Alpha3: "RUS", Name: "Russia", Aliases: []string{"Russian Federation"}, Demonyms: []string{"Russian", "Russians"}},
	{Alpha2: "RW", Alpha3: "RWA", Name: "Rwanda", Demonyms: []string{"Rwandan", "Rwandans"}},
	{Alpha2: "SA", Alpha3: "SAU", Name: "Saudi Arabia", Aliases: []string{"Kingdom of Saudi Arabia"}, Demonyms: []string{"Saudi", "Saudis"}},
	{Alpha2: "SB", Alpha3: "SLB", Name: "Solomon Islands"},
	{Alpha2: "SC", Alpha3: "SYC", Name: "Seychelles"},
	{Alpha2: "SD", Alpha3: "SDN", Name: "Sudan", Demonyms: []string{"Sudanese"}},
	{Alpha2: "SE", Alpha3: "SWE", Name: "Sweden", Demonyms: []string{"Swedish", "Swede", "Swedes"}},
	{Alpha2: "SG", Alpha3: "SGP", Name: "Singapore", Demonyms: []string{"Singaporean"}},
	{Alpha2: "SI", Alpha3: "SVN", Name: "Slovenia", Demonyms: []string{"Slovenian", "Slovene"}},
	{Alpha2: "SK", Alpha3: "SVK", Name: "Slovakia", Aliases: []string{"Slovak Republic"}, Demonyms: []string{"Slovak", "Slovaks"}},
	{Alpha2: "SL", Alpha3: "SLE", Name: "Sierra Leone", Demonyms: []string{"Sierra Leonean"}},
	{Alpha2: "SM", Alpha3: "SMR", Name: "San Marino"},
	{Alpha2: "SN", Alpha3: "SEN", Name: "Senegal", Demonyms: []string{"Senegalese"}},
	{Alpha2: "SO", Alpha3: "SOM", Name: "Somalia", Demonyms: []string{"Somali", "Somalis"}},
	{Alpha2: "SR", Alpha3: "SUR", Name: "Suriname", Aliases: []string{"Surinam"}},
	{Alpha2: "SS", Alpha3: "SSD", Name: "South Sudan", Demonyms: []string{"South Sudanese"}},
	{Alpha2: "ST", Alpha3: "STP", Name: "Sao Tome and Principe", Aliases: []string{"São Tomé and Príncipe"}},
	{Alpha2: "SV", Alpha3: "SLV", Name: "El Salvador", Demonyms: []string{"Salvadoran"}},
	{Alpha2: "SY", Alpha3: "SYR", Name: "Syria", Aliases: []string{"Syrian Arab Republic"}, Demonyms: []string{"Syrian", "Syrians"}},
	{Alpha2: "SZ", Alpha3: "SWZ", Name: "Eswatini", Aliases: []string{"Swaziland"}},
	{Alpha2: "TD", Alpha3: "TCD", Name: "Chad", Weak: true},
	{Alpha2: "TG", Alpha3: "TGO", Name: "Togo", Demonyms: []string{"Togolese"}},
	{Alpha2: "TH", Alpha3: "THA", Name: "Thailand", Demonyms: []string{"Thai"}},
	{Alpha2: "TJ", Alpha3: "TJK", Name: "Tajikistan", Demonyms: []string{"Tajik"}},
	{Alpha2: "TL", Alpha3: "TLS", Name: "East Timor", Aliases: []string{"Timor-Leste"}, Demonyms: []string{"East Timorese"}},
	{Alpha2: "TM", Alpha3: "TKM", Name: "Turkmenistan", Demonyms: []string{"Turkmen"}},
	{Alpha2: "TN", Alpha3: "TUN", Name: "Tunisia", Demonyms: []string{"Tunisian", "Tunisians"}},
	{Alpha2: "TO", Alpha3: "TON", Name: "Tonga", Demonyms: []string{"Tongan"}},
	{Alpha2: "TR", Alpha3: "TUR", Name: "Turkey", Aliases: []string{"Türkiye", "Turkiye"}, Demonyms: []string{"Turkish", "Turk", "Turks"}},
	{Alpha2: "TT", Alpha3: "TTO", Name: "Trinidad and Tobago", Aliases: []string{"Trinidad & Tobago", "Trinidad"}},
	{Alpha2: "TV", Alpha3: "TUV", Name: "Tuvalu"},
	{Alpha2: "TW", Alpha3: "TWN", Name: "Taiwan", Aliases: []string{"Republic of China"}, Demonyms: []string{"Taiwanese"}},
	{Alpha2: "TZ", Alpha3: "TZA", Name: "Tanzania", Aliases: []string{"United Republic of Tanzania"}, Demonyms: []string{"Tanzanian"}},
	{Alpha2: "UA", Alpha3: "UKR", Name: "Ukraine", Aliases: []string{"the Ukraine"}, Demonyms: []string{"Ukrainian", "Ukrainians"}},
	{Alpha2: "UG", Alpha3: "UGA", Name: "Uganda", Demonyms: []string{"Ugandan", "Ugandans"}},
	{Alpha2: "US", Alpha3: "USA", Name: "United States", Aliases: []string{"U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "U.S.A"}, Demonyms: []string{"American", "Americans"}},
	{Alpha2: "UY", Alpha3: "URY", Name: "Uruguay", Demonyms: []string{"Uruguayan"}},
	{Alpha2: "UZ", Alpha3: "UZB", Name: "Uzbekistan", Demonyms: []string{"Uzbek"}},
	{Alpha2: "VA", Alpha3: "VAT", Name: "Vatican City", Aliases: []string{"Holy See", "Vatican", "Vatican City State"}},
	{Alpha2: "VC", Alpha3: "VCT", Name: "Saint Vincent and the Grenadines", Aliases: []string{"St. Vincent and the Grenadines", "St Vincent and the Grenadines"}},
	{Alpha2: "VE", Alpha3: "VEN", Name: "Venezuela", Demonyms: []string{"Venezuelan", "Venezuelans"}},
	{Alpha2: "VN", Alpha3: "VNM", Name: "Vietnam", Aliases: []string{"Viet Nam"}, Demonyms: []string{"Vietnamese"}},
	{Alpha2: "VU", Alpha3: "VUT", Name: "Vanuatu"},
	{Alpha2: "WS", Alpha3: "WSM", Name: "Samoa", Demonyms: []string{"Samoan"}},
	{Alpha2: "XK", Alpha3: "XKX", Name: "Kosovo", Demonyms: []string{"Kosovar", "Kosovars"}},
	{Alpha2: "YE", Alpha3: "YEM", Name: "Yemen", Demonyms: []string{"Yemeni", "Yemenis"}},
	{Alpha2: "ZA", Alpha3: "ZAF", Name: "South Africa", Demonyms: []string{"South African", "South Africans"}},
	{Alpha2: "ZM", Alpha3: "ZMB", Name: "Zambia", Demonyms: []string{"Zambian", "Zambians"}},
	{Alpha2: "ZW", Alpha3: "ZWE", Name: "Zimbabwe", Demonyms: []string{"Zimbabwean", "Zimbabweans"}},
}, formerCountries...)

// Countries returns a copy of the built-in country table, sorted by Alpha2.
func Countries() []CountryInfo {
	out := slices.Clone(countryTable)
	slices.SortFunc(out, func(a, b CountryInfo) int { return cmp.Compare(a.Alpha2, b.Alpha2) })
	return out
}

// LookupCountry finds a country by name, alias or ISO code, ignoring case,
// accents and punctuation ("u.s.", "Britain", "DPRK", "RUS"). Demonyms are not
// names of countries and are not found. It reports false when nothing fits.
func LookupCountry(name string) (CountryInfo, bool) {
	t := Tables()
	i := t.Country(name, Key(name))
	ok := i >= 0
	if !ok {
		i, ok = t.CountryByCode[strings.ToUpper(strings.TrimSpace(name))]
	}
	if !ok {
		return CountryInfo{}, false
	}
	return countryTable[i], true
}
