package extract

// This file (tail17i) holds the cue by which a name the recognizer took
// for a person names a club's site when it is the second of two sites
// joined by "and": "buy back the club's Vell Park stadium and Ann Lemmo
// training ground". [groundPerson] wants "the" or a possessive right
// before the name; here the first site's noun stands before "and".

// joinedSiteHeads follow the second site's name.
var joinedSiteHeads = []string{"training ground", "stadium"}

// joinedSiteNouns end the first site's noun phrase before "and".
var joinedSiteNouns = map[string]bool{"stadium": true, "ground": true, "stand": true, "complex": true,
	"arena": true}

// joinedGroundPerson reports whether a name of one to three words typed a
// person, which no table knows, is followed by one space and a word of
// [joinedSiteHeads] that ends there, and preceded by "and" after a word
// of [joinedSiteNouns]. "Ann Lemmo stadium" with no site before it is
// left (a person's stadium plans: "Ann Lemmo stadium bid"). Cost: a byte
// test and two prefix tests after the mention, then two words read back.
func joinedGroundPerson(text string, m *mention) bool {
	if !headAfterPerson(text, m, joinedSiteHeads) {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "and" {
		return false
	}
	q, _ := prevWordFast(text, ps)
	return joinedSiteNouns[q]
}
