package extract

import "github.com/nergraph/nergraph/extract/text"

// groupedSheet reports whether a sentence that [Resolver.parseTeamSheet]
// read as a list of items names a side's players by their positions'
// groups: ten items or more, parted by three semicolons or more ("Vell;
// Marlow, Dunne, Tobin, Pell; Quarnsen, Ardo; ..."), the way a rugby
// side's fifteen are listed from the full-back to the back row. Such a
// line shows itself a team sheet as a substitute's minute does; a list of
// towns or firms is seldom cut into groups by semicolons, and one of
// towns is left by the place count that parseTeamSheet asks after
// (tail15b).
func groupedSheet(toks []text.Token, items int) bool {
	if items < 10 {
		return false // the usual case, decided at once
	}
	semis := 0
	for _, t := range toks {
		if t.Text == ";" {
			semis++
		}
	}
	return semis >= 3
}
