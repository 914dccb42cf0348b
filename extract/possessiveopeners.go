package extract

import "github.com/nergraph/nergraph/internal/names"

// possessiveDeterminers open a phrase and never a person's name: "My
// God", "Our Town".
var possessiveDeterminers = names.Set{"my": true, "our": true, "your": true, "their": true}

// possessiveOpener reports whether a name the recognizer took for a person
// opens with a possessive determiner ([possessiveDeterminers]): an
// exclamation, a quoted phrase or a title ("'My Word this is dull'"), no
// person (MISC). "His"/"Her" are left: "Her Majesty", "His Holiness" name
// a person by a style.
func possessiveOpener(m *mention) bool {
	return m.typ == Person && len(m.words) >= 2 && m.canon == "" && possessiveDeterminers[m.words[0]]
}
