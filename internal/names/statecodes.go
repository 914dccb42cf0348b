package names

import (
	"strings"
	"sync"
)

// stateCodes gives the ISO 3166-2 code of each American state, Canadian
// province and British nation by its name, folded.
var stateCodes = map[string]string{"alabama": "US-AL", "alaska": "US-AK", "arizona": "US-AZ",
	"arkansas": "US-AR", "california": "US-CA", "colorado": "US-CO", "connecticut": "US-CT",
	"delaware": "US-DE", "florida": "US-FL", "georgia": "US-GA", "hawaii": "US-HI", "idaho": "US-ID",
	"illinois": "US-IL", "indiana": "US-IN", "iowa": "US-IA", "kansas": "US-KS", "kentucky": "US-KY",
	"louisiana": "US-LA", "maine": "US-ME", "maryland": "US-MD", "massachusetts": "US-MA",
	"michigan": "US-MI", "minnesota": "US-MN", "mississippi": "US-MS", "missouri": "US-MO",
	"montana": "US-MT", "nebraska": "US-NE", "nevada": "US-NV", "new hampshire": "US-NH",
	"new jersey": "US-NJ", "new mexico": "US-NM", "new york": "US-NY", "new york state": "US-NY",
	"north carolina": "US-NC", "north dakota": "US-ND", "ohio": "US-OH", "oklahoma": "US-OK",
	"oregon": "US-OR", "pennsylvania": "US-PA", "rhode island": "US-RI", "south carolina": "US-SC",
	"south dakota": "US-SD", "tennessee": "US-TN", "texas": "US-TX", "utah": "US-UT",
	"vermont": "US-VT", "virginia": "US-VA", "washington": "US-WA", "washington state": "US-WA",
	"west virginia": "US-WV", "wisconsin": "US-WI", "wyoming": "US-WY",
	"ontario": "CA-ON", "quebec": "CA-QC", "british columbia": "CA-BC", "alberta": "CA-AB",
	"manitoba": "CA-MB", "saskatchewan": "CA-SK", "nova scotia": "CA-NS", "new brunswick": "CA-NB",
	"newfoundland": "CA-NL", "prince edward island": "CA-PE",
	"england": "GB-ENG", "scotland": "GB-SCT", "wales": "GB-WLS", "northern ireland": "GB-NIR"}

// stateAbbrevCodes gives the code of each abbreviation of StateAbbrevs and
// ProvinceAbbrevs.
var stateAbbrevCodes = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, t := range []map[string]string{StateAbbrevs, ProvinceAbbrevs} {
		for ab, name := range t {
			m[ab] = stateCodes[Key(name)]
		}
	}
	return m
})

// StateCode returns the ISO 3166-2 code of the state, province or nation
// whose name is the whole of name ("Virginia", "British Columbia"), or "".
func StateCode(name string) string { return stateCodes[Key(name)] }

// StateAfterComma returns the ISO 3166-2 code of the American state,
// Canadian province or British nation that s begins with, as a story writes
// it after a town and a comma: its abbreviation with its period ("Va.",
// "N.Y.", "Ont."), or its name in capitals not followed by "and" or "or"
// ("Ohio", "New Mexico"; "Richmond, Virginia and Maryland" lists states).
// A line may break between its words. It returns "" for anything else.
func StateAfterComma(s string) string {
	s = strings.ReplaceAll(s, "\n", " ") // a line broken inside the name
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return ""
	}
	// An abbreviation: letters and periods, ending in a period.
	i := 0
	for i < len(s) && (s[i] == '.' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i > 1 && s[i-1] == '.' {
		if code := stateAbbrevCodes()[strings.ToLower(strings.ReplaceAll(s[:i], ".", ""))]; code != "" {
			return code
		}
	}
	// A name of up to three capitalized words, the longest the table has.
	code, end := "", 0
	for n, j := 0, 0; n < 3; n++ {
		k := j
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
			k++
		}
		if k == j || s[j] < 'A' || s[j] > 'Z' {
			break
		}
		if c := stateCodes[strings.ToLower(s[:k])]; c != "" {
			code, end = c, k
		}
		if k >= len(s) || s[k] != ' ' {
			break
		}
		j = k + 1
	}
	if code == "" || end < len(s) && (s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z') {
		return ""
	}
	rest := s[end:]
	if strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ") {
		return ""
	}
	return code
}
