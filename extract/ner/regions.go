package ner

// regionCats are the compiled lists' states, provinces and regions.
const regionCats = 1 << gazRegion

// bodyCats are the lists of bodies a place's name may also be: companies,
// well-known organizations, agencies, media, universities and parties.
const bodyCats = 1<<gazCompany | 1<<gazOrg | 1<<gazAgency | 1<<gazMedia | 1<<gazUniv | 1<<gazParty

// RegionName reports whether the compiled lists hold words, ignoring
// case, as a state, a province or a region, and no list of bodies holds
// them ("Bahia", "La Pampa"; not "Santander", a bank's name too). A club
// of the same name is allowed: the resolver asks only outside sports
// reports. Cities are left out: too many firms are called by a town's
// name ("Santos", "Piedmont", "Midland" of Midland Bank).
func (m *Model) RegionName(words []string) bool {
	b := m.gazBits(words)
	return b&regionCats != 0 && b&bodyCats == 0
}
