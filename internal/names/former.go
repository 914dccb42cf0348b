package names

import "time"

// formerCountries are the states that the news names and that exist no
// longer, by their ISO 3166-3 codes (West Germany by nergraph's own,
// DEWG). They are countries of their own, never merged into their
// successors unless asked ([CountryInfo.Successor]).
var formerCountries = []CountryInfo{
	{Alpha2: "SUHH", Alpha3: "SUN", Name: "Soviet Union",
		Aliases:  []string{"USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviet Russia"},
		Demonyms: []string{"Soviet", "Soviets"}, Successor: "RU", Ended: "1991-12-26"},
	{Alpha2: "DDDE", Alpha3: "DDR", Name: "East Germany",
		Aliases:  []string{"German Democratic Republic", "GDR", "G.D.R.", "E. Germany"},
		Demonyms: []string{"East German", "East Germans"}, Successor: "DE", Ended: "1990-10-03"},
	{Alpha2: "DEWG", Name: "West Germany",
		Aliases:  []string{"W. Germany", "W.Germany"},
		Demonyms: []string{"West German", "West Germans"}, Successor: "DE", Ended: "1990-10-03"},
	{Alpha2: "YUCS", Alpha3: "YUG", Name: "Yugoslavia",
		Aliases:  []string{"Socialist Federal Republic of Yugoslavia", "SFRY"},
		Demonyms: []string{"Yugoslav", "Yugoslavs", "Yugoslavian"}, Successor: "RS", Ended: "1992-04-27"},
	{Alpha2: "CSHH", Alpha3: "CSK", Name: "Czechoslovakia",
		Aliases:  []string{"CSSR", "Czechoslovak Socialist Republic"},
		Demonyms: []string{"Czechoslovak", "Czechoslovaks", "Czechoslovakian"}, Successor: "CZ", Ended: "1992-12-31"},
	// Serbia and Montenegro (2003-2006; the Federal Republic of Yugoslavia
	// before it under another name) has two successors of equal standing,
	// so none is given: it is never merged into either.
	{Alpha2: "CSXX", Alpha3: "SCG", Name: "Serbia and Montenegro",
		Aliases: []string{"State Union of Serbia and Montenegro"}, Ended: "2006-06-03"},
}

// eraNames are names whose country depends on the time of the article:
// before 3 October 1990, "Germany", "the Federal Republic (of Germany)"
// and "FRG" meant West Germany. An entry names the former country's code
// and the country the name means after it ended ("" for none: "Federal
// Republic" alone names no country of today).
var eraNames = map[string][2]string{
	"germany":                     {"DEWG", "DE"},
	"federal republic of germany": {"DEWG", "DE"},
	"federal republic":            {"DEWG", ""},
	"frg":                         {"DEWG", ""},
}

// EraCountry returns the code of the country a folded name means in an
// article of a former country's time, and in one of today, for the names
// whose country depends on it ("germany": DEWG, DE). It reports false for
// any other name.
func EraCountry(key string) (then, now string, ok bool) {
	e, ok := eraNames[key]
	return e[0], e[1], ok
}

// FormerOf returns the code of the former country that a country of today
// was part of at time t ("RU" in 1987: "SUHH"), or "" when there is none
// or t is zero. What it was part of is read from the successor codes, and
// Slovakia and the other republics of Czechoslovakia and Yugoslavia from
// partOf.
func FormerOf(code string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	for _, c := range formerCountries {
		if c.Successor != code && partOf[code] != c.Alpha2 || c.Alpha2 == "DDDE" {
			continue
		}
		end, err := time.Parse(time.DateOnly, c.Ended)
		if err == nil && t.Before(end) {
			return c.Alpha2
		}
	}
	return ""
}

// partOf gives the former country that other countries of today belonged
// to, beyond the successors.
var partOf = map[string]string{"SK": "CSHH", "HR": "YUCS", "SI": "YUCS", "BA": "YUCS",
	"MK": "YUCS", "ME": "YUCS", "UA": "SUHH", "BY": "SUHH", "KZ": "SUHH", "GE": "SUHH",
	"AM": "SUHH", "AZ": "SUHH", "LT": "SUHH", "LV": "SUHH", "EE": "SUHH", "MD": "SUHH",
	"UZ": "SUHH", "TM": "SUHH", "TJ": "SUHH", "KG": "SUHH"}
