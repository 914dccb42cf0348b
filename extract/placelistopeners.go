package extract

// This file (tail11n) lets a list of places open with "including", "like"
// or "such as" after a plural noun of places, as [placeNounList] reads it
// after "of": "towns and cities including Tervane, Amlow and Quarbin",
// "ports such as Zorbit and Lunmark". The recognizer takes a town that is
// also a club's name for the club.

// placeListOpener reports whether w, a list's word before its first name,
// may open a list of examples after a plural noun: "including", "like",
// the "as" of "such as".
func placeListOpener(w string) bool {
	return w == "including" || w == "like" || w == "as"
}

// placePluralBefore reports whether a plural of [placePlurals] stands
// right before the opener w that ends at at ("cities including", "towns
// like"), or before "such" when w is "as" ("ports such as").
func placePluralBefore(text, w string, at int) bool {
	p, pat := prevWordFast(text, at)
	if w == "as" {
		if p != "such" {
			return false
		}
		p, _ = prevWordFast(text, pat)
	}
	return placePlurals[p]
}
