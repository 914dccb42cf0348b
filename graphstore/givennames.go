package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// One article writes a person's given name short, "Bob Dole", "Mike
// Connery"; another writes it in full, "Robert Dole", "Michael Connery".
// Each name was a full name of its own and a node of its own (tail14q,
// issue 10): linkSpellings joins surnames one letter apart, not given
// names that differ in more, nor a name with and without "Jr" or "III"
// after it.

// shortGivenNames are the common English short forms of given names, each
// with the full forms it may stand for: facts of usage, not names of the
// corpora. A short form that is as often a name of its own ("Jack",
// "Harry", "Frank") is left out.
var shortGivenNames = map[string][]string{
	"al": {"albert", "alan", "alfred"}, "alex": {"alexander"}, "andy": {"andrew"},
	"ben": {"benjamin"}, "bill": {"william"}, "billy": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "charlie": {"charles"},
	"chris": {"christopher"}, "chuck": {"charles"}, "dan": {"daniel"},
	"danny": {"daniel"}, "dave": {"david"}, "dick": {"richard"},
	"don": {"donald"}, "doug": {"douglas"}, "ed": {"edward"},
	"eddie": {"edward"}, "fred": {"frederick"}, "greg": {"gregory"},
	"jeff": {"jeffrey"}, "jerry": {"gerald"}, "jim": {"james"},
	"jimmy": {"james"}, "joe": {"joseph"}, "ken": {"kenneth"},
	"larry": {"lawrence"}, "matt": {"matthew"}, "mick": {"michael"},
	"mike": {"michael"}, "nick": {"nicholas"}, "pete": {"peter"},
	"phil": {"philip", "phillip"}, "rich": {"richard"}, "rick": {"richard"},
	"rob": {"robert"}, "ron": {"ronald"}, "sam": {"samuel"},
	"steve": {"stephen", "steven"}, "ted": {"edward", "theodore"},
	"tim": {"timothy"}, "tom": {"thomas"}, "tommy": {"thomas"},
	"tony": {"anthony"}, "walt": {"walter"},
}

// linkGivenNames links a person's full name whose first word is a short
// form of a given name (shortGivenNames) into the one full name that is
// the same with a full form in its place ("Bob Dole", "Robert Dole"), and
// a name with a generation's suffix after it (names.NameSuffixes: "Jr",
// "III") into the same name without it, the name in more articles
// keeping the node, when their articles name the same things
// (evidence.enough, the surname left out): "Tom Sandor" the banker is no
// "Thomas Sandor" the footballer. Two full forms of the corpus for one
// short name ("Steve", "Stephen" and "Steven") link neither; nor does a
// surname that many people of the corpus bear (commonSurname people or
// more: "Steve Jones" the hooker is no "Stephen Jones" the fly-half,
// though both play for Wales; a son "Jr" is no father of that name), nor
// a name that opens a firm's (opensFirm).
func (c *corpus) linkGivenNames(l *linking) {
	byKey := map[string]string{} // people's names of two words or more → id
	bearers := map[string]int{}  // full names of people, by their surname
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Person {
			continue
		}
		seen := ""
		for j, k := range f.keys {
			if len(f.words[j]) < 2 {
				continue
			}
			byKey[k] = id
			if last := surname(f.words[j]); last != seen {
				bearers[last]++
				seen = last
			}
		}
	}
	var firms []string // organizations' names, sorted, once asked for
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Person {
			continue
		}
		for j, ws := range f.words {
			to, ok := c.givenFull(byKey, ws)
			if !ok {
				to, ok = withoutSuffix(byKey, ws)
			}
			if !ok || l.resolve(id) == l.resolve(to) {
				continue
			}
			last := surname(ws)
			if bearers[last] >= commonSurname || c.opensFirm(&firms, c.full[to].keys) {
				continue
			}
			if e := c.shared(id, to, "~"+last, "~"+lastWord(f.keys[j])); e.enough() {
				from, keep := c.keeper(id, to, RuleSpelling)
				l.link(RuleSpelling, from, keep, e.score)
				// A surname alone is weighed against the node's
				// candidate that stays (oneNodeEach): its profile
				// holds both names' articles.
				c.profiles[keep] = c.profile(keep).withArticles(c, c.full[from].articles)
				break
			}
		}
	}
}

// opensFirm reports whether one of the names ks opens the name of an
// organization of the corpus ("Philip Crosby", "Philip Crosby Associates
// Inc"): a firm called by its founder's name, which the type vote may
// join to it, and no person's node to grow. firms is made at the first
// call.
func (c *corpus) opensFirm(firms *[]string, ks []string) bool {
	if *firms == nil {
		*firms = []string{}
		for _, f := range c.fulls {
			if f.typ == extract.Org {
				*firms = append(*firms, f.keys...)
			}
		}
		slices.Sort(*firms)
	}
	for _, k := range ks {
		i, _ := slices.BinarySearch(*firms, k+" ")
		if i < len(*firms) && strings.HasPrefix((*firms)[i], k+" ") {
			return true
		}
	}
	return false
}

// commonSurname is how many full names of people of the corpus make a
// surname common: namesakes among them are many.
const commonSurname = 10

// surname returns the last word of a person's name's words that is no
// generation's suffix: "brittain" of "alfred brittain iii".
func surname(ws []string) string {
	if n := len(ws); n > 2 && names.NameSuffixes[ws[n-1]] {
		return ws[n-2]
	}
	return ws[len(ws)-1]
}

// withoutSuffix returns the id of the name of byKey that is ws, three
// words or more, without its last, a generation's suffix.
func withoutSuffix(byKey map[string]string, ws []string) (string, bool) {
	n := len(ws)
	if n < 3 || !names.NameSuffixes[ws[n-1]] {
		return "", false
	}
	id, ok := byKey[strings.Join(ws[:n-1], " ")]
	return id, ok
}

// givenFull returns the id of the one name of byKey that is ws with its
// first word, a short given name, written in full.
func (c *corpus) givenFull(byKey map[string]string, ws []string) (string, bool) {
	if len(ws) < 2 {
		return "", false
	}
	fulls, ok := shortGivenNames[ws[0]]
	if !ok {
		return "", false
	}
	rest := strings.Join(ws[1:], " ")
	found := ""
	for _, g := range fulls {
		id, ok := byKey[g+" "+rest]
		if !ok {
			continue
		}
		if found != "" && found != id {
			return "", false
		}
		found = id
	}
	return found, found != ""
}
