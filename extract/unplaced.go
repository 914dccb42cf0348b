package extract

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// placeGaz is the embedded model's gazetteer, asked whether a one-word
// name is a place it knows; nil when the model cannot be had.
var placeGaz = sync.OnceValue(func() *ner.Model {
	m, err := ner.Default()
	if err != nil {
		return nil
	}
	return m
})

// placeWordsGz holds the one-word place names of GeoNames, folded and
// sorted (internal/tools/placewords; CC BY 4.0, © GeoNames).
//
//go:embed placewords.txt.gz
var placeWordsGz []byte

// placeWords returns the sorted folded names of placeWordsGz.
var placeWords = sync.OnceValue(func() []string {
	zr, err := gzip.NewReader(bytes.NewReader(placeWordsGz))
	if err != nil {
		return nil
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
})

// geoPlace reports whether GeoNames knows a folded one-word name as a town
// or a division.
func geoPlace(k string) bool {
	_, ok := slices.BinarySearch(placeWords(), k)
	return ok
}

// unplacedPlaces takes one-word names the recognizer typed as places, that
// no table or gazetteer knows as places and that no mention in the article
// puts in a place's position, for what they mostly are: brands, firms,
// works, people and common words ("Kronenbourg", "Hexal", "Radiohead",
// "Warcraft", "Stravinsky", "Unsurprisingly"). They become MISC, which is
// no node. A town the lists do not know keeps its type when the article
// says where it is: "in Postbridge", "the town of Trudering", "Vasteras,
// Sweden", "Klin, Ivanovo, Saransk", "the Heidrun oil field".
func (r *Resolver) unplacedPlaces(a *article) {
	var cand map[string]bool // key → some mention has a place's cue
	for _, m := range a.ms {
		if m.typ != Location || len(m.words) != 1 || m.ruled() {
			continue
		}
		if cand == nil {
			cand = map[string]bool{}
		}
		cue, seen := cand[m.key]
		if !seen {
			if r.knownPlaceKey(m.key) || placeGaz().PlaceName(m.words) {
				cue = true
			}
		}
		cand[m.key] = cue || r.placeCue(a.text, m)
	}
	for _, m := range a.ms {
		if m.typ == Location && len(m.words) == 1 && !m.typed && m.canon == "" && m.forced == "" && m.country < 0 && m.agency < 0 {
			if cue, ok := cand[m.key]; ok && !cue {
				m.typ = Misc
			}
		}
	}
}

// knownPlaceKey reports whether the tables know a folded one-word name as
// a place: a country, a city, a region, a county, a state's abbreviation.
func (r *Resolver) knownPlaceKey(k string) bool {
	_, abbr := names.StateAbbrevs[k]
	return r.t.KnownPlace(k) || r.t.CityCountry[k] != "" || names.IsRegion(k) || names.Shires[k] || abbr || geoPlace(k)
}

// placePreps put the name after them in a place: "in Postbridge", "near
// Ledbury". "From" and "to" are left out: things are bought from firms
// and sold to them.
var placePreps = names.Set{"in": true, "at": true, "near": true, "around": true, "outside": true,
	"across": true, "inside": true, "throughout": true, "towards": true, "toward": true, "via": true,
	"nearby": true, "offshore": true, "eastern": true, "western": true, "northern": true, "southern": true,
	"central": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}

// placeNouns name a kind of place: before "of" ("the town of Trudering")
// or after the name ("the Heidrun oil field", "Rhein-Main airport").
var placeNouns = names.Set{"town": true, "city": true, "village": true, "port": true, "capital": true,
	"province": true, "region": true, "state": true, "district": true, "county": true, "island": true,
	"islands": true, "suburb": true, "suburbs": true, "outskirts": true, "valley": true, "river": true,
	"basin": true, "basins": true, "field": true, "oilfield": true, "airport": true, "harbour": true, "harbor": true,
	"mine": true, "refinery": true, "dam": true, "coast": true, "mountains": true, "peninsula": true,
	"bay": true, "lake": true, "gulf": true, "strait": true, "sea": true, "stadium": true,
	"area": true, "areas": true, "border": true, "hills": true, "prefecture": true, "municipality": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "centre": true, "center": true, "streets": true, "plant": true, "terminal": true, "mill": true, "mills": true,
	"mines": true, "fields": true, "plants": true,
	"lakes": true, "rivers": true, "mount": true, "cape": true,
	// What happens at a place: "the Chernobyl nuclear accident".
	"accident": true, "disaster": true, "earthquake": true, "bombing": true, "bombings": true,
	"massacre": true, "blast": true, "explosion": true, "riots": true, "siege": true, "reactor": true}

// placeCue reports whether the words around a one-word name put it in a
// place's position: a place's preposition before it, "<kind of place> of"
// before it, a kind of place after it, a known place after a comma
// ("Vasteras, Sweden"), or a known place beside it in a list ("Klin,
// Ivanovo, Saransk", "Wello, Tigre and Hararghe").
func (r *Resolver) placeCue(text string, m *mention) bool {
	p, ps := prevWord(text, m.Start)
	pk := strings.ToLower(p)
	if placePreps[pk] && !(pk == "in" && holdingBefore(text, ps)) || placeNouns[pk] && pk == p {
		return true // "in Postbridge", "the river Uruc", "lakes Erie"
	}
	if pk == "the" {
		// "at the Maracana", "in the Sudetenland"
		if pp, _ := prevWord(text, ps); placePreps[strings.ToLower(pp)] {
			return true
		}
	}
	if pk == "of" {
		if pp, _ := prevWord(text, ps); placeNouns[strings.ToLower(strings.TrimRight(pp, ",;:"))] {
			return true
		}
	}
	n, ne := nextWord(text, m.End)
	if placeNouns[strings.ToLower(strings.TrimRight(n, ",.;:"))] {
		return true
	}
	if n != "" && !upperWord(n) && !strings.ContainsAny(n, ",.;:") {
		// "the Skarvik oil field", "the Wauna paper mill"
		if nn, _ := nextWord(text, ne); placeNouns[strings.TrimRight(nn, ",.;:")] {
			return true
		}
	}
	if m.End < len(text) && text[m.End] == ',' {
		if r.placeWord(n) {
			return true
		}
	}
	// A list: the word before the comma or "and", or the one after.
	if strings.HasSuffix(p, ",") || pk == "and" || pk == "or" {
		q := strings.TrimRight(p, ",")
		if pk == "and" || pk == "or" {
			q, _ = prevWord(text, ps)
		}
		if r.placeWord(q) {
			return true
		}
	}
	if n == "and" || n == "or" || m.End < len(text) && text[m.End] == ',' {
		var after string
		if n == "and" || n == "or" {
			after, _ = nextWord(text, ne)
		} else {
			after, _ = nextWord(text, m.End+1)
		}
		if r.placeWord(after) {
			return true
		}
	}
	return false
}

// holdingNouns before "in" make what follows a company: "its interest in
// Pegard", "a stake in Hexal".
var holdingNouns = names.Set{"interest": true, "interests": true, "stake": true, "stakes": true,
	"holding": true, "holdings": true, "investment": true, "investments": true, "shares": true}

// holdingBefore reports whether the word before byte i is a holding noun.
func holdingBefore(text string, i int) bool {
	w, _ := prevWord(text, i)
	return holdingNouns[strings.ToLower(w)]
}

// placeWord reports whether a word, punctuation trimmed, is a place the
// tables or the model's gazetteer know.
func (r *Resolver) placeWord(w string) bool {
	w = strings.Trim(w, ",.;:()\"'")
	if w == "" || !upperWord(w) {
		return false
	}
	k := names.Key(w)
	_, abbr := names.StateAbbrevs[k]
	// GeoNames' small towns are left out: a neighbour in a list of
	// players ("Griffen, Pozzebon, Robertson") may share a town's name.
	return r.t.KnownPlace(k) || r.t.CityCountry[k] != "" || names.IsRegion(k) || names.Shires[k] || abbr ||
		placeGaz().PlaceName([]string{w})
}

// modelName reports whether a one-word name is a product's or a model's,
// or money: it holds a digit and a letter ("PS2", "IE7", "MD-11", "M-1-A",
// "SS-20", "A$245m"), and is none of the few organizations so named ("MI5",
// "3M", "O2", "ITV1", "TF-1") nor a group of countries ("G-7", "G20").
func modelName(name string) bool {
	digit, letter := false, false
	for _, c := range name {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case unicode.IsLetter(c):
			letter = true
		case c == ' ':
			return false
		}
	}
	if !digit || !letter {
		return false
	}
	k := strings.ToLower(strings.ReplaceAll(name, "-", ""))
	if names.DigitNames[k] {
		return false
	}
	rest, group := strings.CutPrefix(k, "g")
	return !group || rest == "" || strings.Trim(rest, "0123456789") != ""
}

// underwriterRoles are a bank's roles in a bond issue, right before its
// name: "lead manager Postipankki said", "co-lead manager Kidder".
var underwriterRoles = names.Set{"co-manager": true, "co-managers": true, "lead-manager": true,
	"underwriter": true, "underwriters": true, "co-lead": true, "bookrunner": true}

// leadManager reports whether a bank's role in a bond issue stands right
// before a mention: "lead manager Postipankki", "co-lead managers Nikko".
// A "general manager" is a person; a "lead manager" of an issue is a bank.
func leadManager(text string, m *mention) bool {
	p, ps := prevWord(text, m.Start)
	p = strings.ToLower(p)
	if underwriterRoles[p] {
		return true
	}
	if p != "manager" && p != "managers" {
		return false
	}
	q, _ := prevWord(text, ps)
	q = strings.ToLower(q)
	return q == "lead" || q == "co-lead" || q == "joint-lead" || q == "joint" || q == "issue"
}
