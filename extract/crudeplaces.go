package extract

// loneTownGrade reports whether a one-word name the tables know as a
// place, typed ORG by the recognizer, names a crude grade before "crude"
// ("Lunmark crude rose 20 cents"): asked by [Resolver.crudeByCue] where a
// place the tables know would keep its node. The firm's reading is wrong
// either way, and a grade is named for its field or its terminal, no
// entity. A region of two words or more ("West Texas crudes", tail10yw's
// keep) and a person's type are left as they were.
func loneTownGrade(m *mention) bool {
	return m.typ == Org && len(m.words) == 1
}
