package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// rugbyProvinces are the four Irish provinces that field professional
// rugby sides under their own names.
var rugbyProvinces = names.Set{"ulster": true, "munster": true, "leinster": true, "connacht": true}

// rugbyCues are words of a rugby report, matched in lower case.
var rugbyCues = []string{"rugby", "heineken cup", "celtic league", "six nations", "fly-half", "scrum", "flanker", "tries"}

// provinceSide types as a club the bare name of an Irish province in a
// rugby report: "Ulster beat Cardiff", "Munster lock Paul O'Connell",
// "S Best (Ulster)" name the province's side, an organization, as
// [Resolver.townOrClub] does for a town's club. The region tables keep
// the provinces places everywhere else, and so does a mention after a
// preposition of place ("school days in Leinster"), though the article's
// other mentions, typed here, outvote it in its group.
func (r *Resolver) provinceSide(a *article, m *mention) {
	if len(m.words) != 1 || !rugbyProvinces[m.key] || m.typ == Org || m.forced != "" || m.canon != "" || m.country >= 0 {
		return
	}
	if w, _ := prevWord(a.text, m.Start); w != "from" && placePrepositions[strings.ToLower(w)] || !r.sportArticle(a) {
		return
	}
	low := strings.ToLower(a.text)
	for _, c := range rugbyCues {
		if strings.Contains(low, c) {
			m.typ, m.typed = Org, true
			return
		}
	}
}
