package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io/fs"
	"strings"
	"sync"
)

// cityNames holds the folded names of the cities of the compiled
// gazetteer (gazetteers/compiled.tsv.gz, category "city"), read once on
// first use.
var cityNames = sync.OnceValue(readCities)

// readCities reads the city names of the compiled gazetteer, folded to
// lower case; none when it cannot be read.
func readCities() map[string]bool {
	out := map[string]bool{}
	b, err := fs.ReadFile(gazFiles, "gazetteers/compiled.tsv.gz")
	if err != nil {
		return out
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return out
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if cat, phrase, ok := strings.Cut(sc.Text(), "\t"); ok && cat == "city" {
			out[strings.ToLower(phrase)] = true
		}
	}
	return out
}

// KnownCity reports whether name, in any case, is a city of the compiled
// gazetteer: a town of 15,000 people or more, or a capital ("Portsmouth",
// "Slough"). The first call reads the gazetteer.
func KnownCity(name string) bool {
	return cityNames()[strings.ToLower(name)]
}
