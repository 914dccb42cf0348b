package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// continents are the names of the continents that a compass word makes a
// region of: "Western Europe", "Central America", "East Asia".
var continents = names.Set{"europe": true, "asia": true, "africa": true, "america": true}

// continentPart reports whether key is a compass word and a continent
// ("western europe"): a region whatever the article is about. A sports
// story keeps [Resolver.compassPlaces] from its other names ("West
// Tervane" may be a side), but no side is called "Western Europe".
func continentPart(key string) bool {
	w, c, ok := strings.Cut(key, " ")
	return ok && compassWords[w] && continents[c]
}
