package extract

import "github.com/nergraph/nergraph/internal/names"

// maruShip reports whether a name ends in "Maru", the word that ends a
// Japanese merchant ship's name: "the tanker Quarbo Maru", a ship (MISC),
// no person. A name with an organization's word ("Quarbo Maru Lines") is
// left.
func maruShip(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.words[n-1] != "maru" || m.canon != "" {
		return false
	}
	return !anyOrgWord(m.words)
}

// dowAverages are the Dow Jones averages by their short names: "the Dow
// Industrials fell 39 points".
var dowAverages = names.Set{"industrials": true, "transports": true, "transportation": true, "utilities": true}

// dowAverage reports whether a name is "Dow" and an average's word
// ([dowAverages]): a stock index (MISC), no person and no firm.
func dowAverage(m *mention) bool {
	return len(m.words) == 2 && m.words[0] == "dow" && dowAverages[m.words[1]] && m.canon == ""
}
