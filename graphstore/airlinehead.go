package graphstore

// One airline is written "Airways" in one article and "Airlines" or
// "Airline" in another, "KLM Royal Dutch Airways", "KLM Royal Dutch
// Airlines": two nodes (tail14s, issue 10). A name of one word before the
// head is left apart: "Eastern Airways" and "Eastern Airlines" may be two
// carriers, a long name's own words hardly.

// airlineHead reports whether ws[i], the last word of an organization's
// name without its legal form, is an airline's head written another way
// than "airlines" ("airways", "airline") after two words or more, which
// compactKey writes "airlines".
func airlineHead(ws []string, i int) bool {
	if i != len(ws)-1 || i < 2 {
		return false
	}
	return ws[i] == "airways" || ws[i] == "airline"
}
