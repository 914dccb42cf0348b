package extract

import "github.com/nergraph/nergraph/internal/names"

// postHeads are posts that open a post's title before "of": "Professor
// of Music", "Mayor of Tervane", "Secretary of Trade". No body's name
// opens so ("Ministry of", "Office of", "Bank of" are bodies'), so the
// words name an office, held by a person or vacant, and no organization.
var postHeads = names.Set{"professor": true, "mayor": true, "minister": true, "secretary": true,
	"chairman": true, "chairwoman": true, "governor": true, "chancellor": true, "commissioner": true,
	"lecturer": true, "dean": true, "ambassador": true}

// postOfName reports whether a name not typed PERSON is a post's title: a
// word of [postHeads], "of", and what the post is of ("the Mayor of
// Tervane would say", "was Professor of Drama and Dance in"). The body
// or place after "of" is named by its own mention when the recognizer
// takes it apart, and the holder by his.
func postOfName(m *mention) bool {
	return len(m.words) >= 3 && m.words[1] == "of" && postHeads[m.words[0]] && m.typ != Person && m.canon == "" && m.agency < 0
}
