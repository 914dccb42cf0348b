package names

import (
	"strings"
	"sync"
)

// Index holds the lookup tables built once from the country and agency
// tables and the place lists. Countries and agencies are given by their
// index in [Index.Countries] and [Agencies]; -1 means none.
type Index struct {
	Countries     []CountryInfo  // the country table, in its own order
	CountryIDs    []string       // entity id of each country: "country:RU"
	CountryByKey  map[string]int // folded names and aliases
	CountryUpper  map[string]int // folded short aliases that count only in capitals: US, UK
	CountryByCode map[string]int // "RU", "RUS"
	DemonymByKey  map[string]int // folded demonyms: "russian"
	AgencyByKey   map[string]int // folded agency names
	AgencyUpper   map[string]int // folded agency names that count only in capitals: AP
	AgencyCredit  map[string]int // folded agency names that count only as credits: Reuter
	ScanFirst     map[string]int // folded first word of names found by scanning → most words
	ScanNames     Set            // folded names found by scanning
	Acronyms      Set            // folded acronyms kept in capitals for display
	Places        Set            // folded capitals and big cities: always places
	// CityCountry gives the country code of capitals, big cities and
	// American states, by folded name: "moscow" → "RU", "bonn" → "DE".
	CityCountry map[string]string
}

// displayAcronyms are acronyms that keep their capitals when a headline in
// capitals is written in title case.
var displayAcronyms = []string{"UN", "EU", "NATO", "IBM", "AT&T", "CEO", "NFL", "NBA", "NHL", "FBI", "CIA", "NASA", "OPEC", "WTO", "IMF", "UEFA", "FIFA", "BBC", "CNN", "ABC", "CBS", "NBC", "SEC", "AOL", "HP", "AMD", "IAEA", "WHO", "NASDAQ", "UAW"}

// Tables returns the lookup tables, built on first use.
var Tables = sync.OnceValue(func() *Index {
	t := &Index{
		Countries:    countryTable,
		CountryByKey: map[string]int{}, CountryUpper: map[string]int{}, CountryByCode: map[string]int{},
		DemonymByKey: map[string]int{}, AgencyByKey: map[string]int{}, AgencyUpper: map[string]int{}, AgencyCredit: map[string]int{},
		ScanFirst: map[string]int{}, ScanNames: Set{}, Acronyms: Set{}, Places: Set{},
		CityCountry: map[string]string{},
	}
	t.addCountries()
	for _, cs := range capitals {
		for _, c := range cs {
			if !PersonalNames[Key(c)] {
				t.Places[Key(c)] = true
			}
		}
	}
	for c, code := range bigCities {
		t.Places[Key(c)] = true
		if code != "" {
			t.CityCountry[Key(c)] = code
		}
	}
	for c, code := range datelineCities {
		t.CityCountry[Key(c)] = code
	}
	for code, cs := range capitals {
		for _, c := range cs {
			t.CityCountry[Key(c)] = code
		}
	}
	for _, st := range StateAbbrevs {
		t.CityCountry[Key(st)] = "US"
	}
	for i, a := range Agencies {
		for _, n := range a.Names {
			t.AgencyByKey[Key(n)] = i
			t.scan(n)
		}
		for _, n := range a.CreditOnly {
			t.AgencyCredit[Key(n)] = i
			t.scan(n)
		}
		for _, n := range a.UpperOK {
			t.AgencyUpper[Key(n)] = i
			t.Acronyms[Key(n)] = true
			t.scan(n)
		}
	}
	for _, a := range displayAcronyms {
		t.Acronyms[Key(a)] = true
	}
	return t
})

func (t *Index) addCountries() {
	t.CountryIDs = make([]string, len(countryTable))
	for i, c := range countryTable {
		t.CountryIDs[i] = "country:" + c.Alpha2
		t.CountryByCode[c.Alpha2] = i
		if c.Alpha3 != "" {
			t.CountryByCode[c.Alpha3] = i
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if IsAcronym(n) {
				t.CountryUpper[Key(n)] = i
				t.Acronyms[Key(n)] = true
			} else {
				t.CountryByKey[Key(n)] = i
			}
			if !c.Weak {
				t.scan(n)
			}
		}
		for _, d := range c.Demonyms {
			t.DemonymByKey[Key(d)] = i
		}
	}
}

// scan adds a name to those found by scanning the text.
func (t *Index) scan(name string) {
	ws := strings.Fields(Key(name))
	if len(ws) == 0 {
		return
	}
	t.ScanFirst[ws[0]] = max(t.ScanFirst[ws[0]], len(ws))
	t.ScanNames[strings.Join(ws, " ")] = true
}

// Country finds the country a normalized name names, if any: its index in
// t.Countries, or -1. key is Key(name).
func (t *Index) Country(name, key string) int {
	if i, ok := t.CountryByKey[key]; ok {
		return i
	}
	if i, ok := t.CountryUpper[key]; ok && IsUpperWord(strings.ReplaceAll(name, " ", "")) {
		return i
	}
	return -1
}

// Agency finds the news agency a normalized name names, if any: its index
// in [Agencies], or -1. key is Key(name).
func (t *Index) Agency(name, key string) int {
	if i, ok := t.AgencyByKey[key]; ok {
		return i
	}
	if i, ok := t.AgencyUpper[key]; ok && IsUpperWord(name) {
		return i
	}
	return -1
}

// IsDemonym reports whether a folded word names a people: a country's
// ("russian") or no one country's ("arab", "kurds").
func (t *Index) IsDemonym(key string) bool {
	_, ok := t.DemonymByKey[key]
	return ok || OtherDemonyms[key]
}

// IsRegion reports whether a folded name is a region the tables know: a
// continent, an American state, "Kashmir", "Wall Street".
func IsRegion(key string) bool {
	return regions()[key]
}

// KnownPlace reports whether a folded name is a place the tables know: a
// country, a capital or big city, a state or a region.
func (t *Index) KnownPlace(key string) bool {
	_, c := t.CountryByKey[key]
	return c || t.Places[key] || regions()[key]
}
