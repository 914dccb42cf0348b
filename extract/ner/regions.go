package ner

// regionCats are the compiled lists' states, provinces and regions, and
// their cities of 15,000 people or more.
const regionCats = 1<<gazRegion | 1<<gazCity

// bodyCats are the lists of bodies a place's name may also be: companies,
// well-known organizations, agencies, media, universities and parties.
const bodyCats = 1<<gazCompany | 1<<gazOrg | 1<<gazAgency | 1<<gazMedia | 1<<gazUniv | 1<<gazParty

// RegionOrCity reports whether the compiled lists hold words, ignoring
// case, as a state, a province or a region, or as a city, and no list of
// bodies holds them ("Bahia", "La Pampa", "Bahia Blanca"; not
// "Santander", a bank's name too). A club of the same name is allowed:
// the resolver asks only outside sports reports.
func (m *Model) RegionOrCity(words []string) bool {
	b := m.gazBits(words)
	return b&regionCats != 0 && b&bodyCats == 0
}
