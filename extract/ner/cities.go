package ner

import "strings"

// KnownCity reports whether name, in any case, is a city of the compiled
// gazetteer (gazetteers/compiled.tsv.gz, category "city": a town of 15,000
// people or more, or a capital: "Portsmouth", "Slough"). It asks the
// embedded model's gazetteer, which holds the compiled lists with their
// categories, so that a process that tags text reads nothing more; false
// when the model cannot be had.
func KnownCity(name string) bool {
	m, err := Default()
	if err != nil {
		return false
	}
	return m.gazBits(strings.Fields(name))&(1<<gazCity) != 0
}
