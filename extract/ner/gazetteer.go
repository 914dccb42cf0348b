package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
)

// Gazetteer categories. The derived ones are built from training
// annotations; the others from the lists in gazetteers/, which we wrote.
const (
	gazPER     = iota // derived: seen as PER in training data
	gazORG            // derived
	gazLOC            // derived
	gazMISC           // derived
	gazCountry        // gazetteers/countries.txt
	gazPlace          // gazetteers/places.txt: cities, states, regions
	gazNation         // gazetteers/nationalities.txt
	gazFirst          // gazetteers/firstnames.txt
	gazOrgWord        // gazetteers/orgwords.txt: Corp, Ministry, Party
	gazMedia          // gazetteers/media.txt: news agencies, papers
	gazTitle          // gazetteers/titles.txt: President, Minister
	gazTime           // gazetteers/time.txt: months, weekdays
	gazOrg            // gazetteers/orgs.txt: well-known organizations
	gazLast           // gazetteers/lastnames.txt
	gazMisc           // gazetteers/misc.txt: events, languages, religions
	gazTeam           // gazetteers/teams.txt, teams_us.txt: sports clubs and teams
	gazAgency         // gazetteers/agencies.txt: government agencies, central banks
	// Compiled from open data by cmd/nergaz (gazetteers/compiled.tsv.gz).
	gazCountryX // countries, former countries
	gazNationX  // demonyms
	gazCity     // cities of 15,000 people or more, capitals
	gazRegion   // states, provinces, regions
	gazClub     // football clubs
	gazCompany  // listed companies
	gazUniv     // universities
	gazParty    // political parties
	gazPerson   // person names
	gazFirstX   // first names
	numGaz
)

// compiledCats maps the categories of gazetteers/compiled.tsv.gz to ours.
var compiledCats = map[string]int{
	"countryx": gazCountryX, "nationx": gazNationX, "city": gazCity, "region": gazRegion, "club": gazClub,
	"company": gazCompany, "univ": gazUniv, "party": gazParty, "person": gazPerson, "firstx": gazFirstX,
}

const gazMaxLen = 6

// prefixBit marks a phrase that begins a longer entry.
const prefixBit = 1 << 31

//go:embed gazetteers/*.txt gazetteers/compiled.tsv.gz
var gazFiles embed.FS

var gazFileCats = map[string]int{
	"countries.txt":     gazCountry,
	"places.txt":        gazPlace,
	"nationalities.txt": gazNation,
	"firstnames.txt":    gazFirst,
	"orgwords.txt":      gazOrgWord,
	"media.txt":         gazMedia,
	"titles.txt":        gazTitle,
	"time.txt":          gazTime,
	"orgs.txt":          gazOrg,
	"lastnames.txt":     gazLast,
	"misc.txt":          gazMisc,
	"teams.txt":         gazTeam,
	"teams_us.txt":      gazTeam,
	"media_extra.txt":   gazMedia,
	"agencies.txt":      gazAgency,
}

// gazetteer maps the hash of a lower-cased phrase to a bit set of
// categories. It is built in m, then frozen into sorted arrays with an
// index for lookups.
type gazetteer struct {
	m map[uint64]uint32
	// The frozen table: keys in increasing order, their bits, the index.
	keys []uint64
	vals []uint32
	idx  dirIndex
	// seen has a bit set for every key, so that most tokens are ruled
	// out without a lookup.
	seen []uint64
}

// freeze builds the lookup table from m.
func (g *gazetteer) freeze() {
	g.keys = make([]uint64, 0, len(g.m))
	for k := range g.m {
		g.keys = append(g.keys, k)
	}
	slices.Sort(g.keys)
	g.vals = make([]uint32, len(g.keys))
	for i, k := range g.keys {
		g.vals[i] = g.m[k]
	}
	g.index()
}

// index builds the index and the seen bits of the frozen table.
func (g *gazetteer) index() {
	g.idx = newDirIndex(g.keys)
	clear(g.seen)
	for _, h := range g.keys {
		b := h & (gazSeenBits - 1)
		g.seen[b/64] |= 1 << (b % 64)
	}
}

// lookup returns the bits of the phrase with hash h in the frozen table.
func (g *gazetteer) lookup(h uint64) (uint32, bool) {
	if !g.has(h) {
		return 0, false
	}
	i := g.idx.find(h)
	if i < 0 {
		return 0, false
	}
	return g.vals[i], true
}

const gazSeenBits = 1 << 21

func newGazetteer() *gazetteer {
	return &gazetteer{m: make(map[uint64]uint32), seen: make([]uint64, gazSeenBits/64)}
}

func (g *gazetteer) set(h uint64, bits uint32) {
	g.m[h] |= bits
}

func (g *gazetteer) has(h uint64) bool {
	b := h & (gazSeenBits - 1)
	return g.seen[b/64]&(1<<(b%64)) != 0
}

func phraseHash(words []string) (hashes []uint64) {
	h := uint64(fnvOffset)
	for _, w := range words {
		h = mix(h, hashLower(w))
		hashes = append(hashes, h)
	}
	return hashes
}

// add adds a phrase of tokens to category cat.
func (g *gazetteer) add(words []string, cat int) {
	if len(words) == 0 || len(words) > gazMaxLen {
		return
	}
	hs := phraseHash(words)
	for i, h := range hs {
		if i == len(hs)-1 {
			g.set(h, 1<<cat)
		} else {
			g.set(h, prefixBit)
		}
	}
}

func (g *gazetteer) clone() *gazetteer {
	c := newGazetteer()
	for k, v := range g.m {
		c.m[k] = v
	}
	return c
}

// staticGazetteer builds the gazetteer of our hand-written lists.
func staticGazetteer(withCompiled bool) (*gazetteer, error) {
	g := newGazetteer()
	names := make([]string, 0, len(gazFileCats))
	for n := range gazFileCats {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := fs.ReadFile(gazFiles, "gazetteers/"+n)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			g.add(strings.Fields(line), gazFileCats[n])
		}
	}
	if !withCompiled {
		return g, nil
	}
	b, err := fs.ReadFile(gazFiles, "gazetteers/compiled.tsv.gz")
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gazetteers/compiled.tsv.gz: %w", err)
	}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		cat, phrase, ok := strings.Cut(sc.Text(), "\t")
		c, known := compiledCats[cat]
		if !ok || !known {
			return nil, &ParseError{File: "gazetteers/compiled.tsv.gz", Line: line, Err: fmt.Errorf("want a known category, a tab and a phrase")}
		}
		g.add(strings.Fields(phrase), c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteers/compiled.tsv.gz: %w", err)
	}
	return g, nil
}

// mark sets the gazetteer bits of each token: for every entry that matches
// tokens [i, j), bit 4*category + position (0 begin, 1 inside, 2 last,
// 3 unit).
func (g *gazetteer) mark(info []tokInfo) {
	for i := range info {
		info[i].gaz = [2]uint64{}
	}
	if g == nil {
		return
	}
	set := func(ti *tokInfo, b uint64) { ti.gaz[b/64] |= 1 << (b % 64) }
	for i := range info {
		h := uint64(fnvOffset)
		for l := 0; l < gazMaxLen && i+l < len(info); l++ {
			h = mix(h, info[i+l].lower)
			var m uint32
			if l == 0 && info[i].gazSet {
				m = info[i].gazWord // no key holds 0: it stands for none
			} else {
				m, _ = g.lookup(h)
			}
			if m == 0 {
				break
			}
			cats := uint64(m &^ prefixBit)
			for cats != 0 {
				c := uint64(trailingZeros(cats))
				cats &= cats - 1
				if l == 0 {
					set(&info[i], 4*c+3)
					continue
				}
				set(&info[i], 4*c)
				for k := i + 1; k < i+l; k++ {
					set(&info[k], 4*c+1)
				}
				set(&info[i+l], 4*c+2)
			}
			if m&prefixBit == 0 {
				break
			}
		}
	}
}
