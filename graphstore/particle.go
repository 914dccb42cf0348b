package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A surname's particle is written by one story and left out by another,
// or written in another language: "Elena de Marvaz" and "Elena Marvaz",
// "Paolo di Venturo" and "Paolo De Venturo". Each was a full name of its
// own and a node of its own (tail17g, issue 10): linkSpellings joins
// surnames one letter apart and names with and without a middle initial,
// not a particle, a word of two letters or more.

// surnameParticles are the words that stand before a surname in Romance,
// Dutch and German names, in lower case: facts of usage. "la" and "le" are
// left out (they open surnames of their own: "de la Vega" keeps its "la";
// "Le" is a Vietnamese surname), and so are "den" and "do", given names
// and surnames of their own too ("Den", "Do").
var surnameParticles = names.Set{
	"da": true, "dal": true, "dalla": true, "das": true, "de": true, "del": true,
	"della": true, "der": true, "di": true, "dos": true, "du": true, "lo": true,
	"ter": true, "van": true, "von": true,
}

// linkParticleNames links a person's full name that holds a surname's
// particle (surnameParticles) between its first and its last word into
// the one other person's full name of the same words without particles,
// or with another particle ("Elena de Marvaz", "Elena Marvaz"; "Paolo di
// Venturo", "Paolo De Venturo"), the name in more articles keeping the
// node, when their articles name the same things (evidence.enough, the
// surname left out) or no other person's full name bears the surname
// (surnameOwn). The first word is a given name (two letters or more,
// no particle) and the surname four letters at least; a core that names
// of three ids or more share links none (the reader cannot tell which two
// are one). The names with a particle are few: their cores are made
// first, and every other person's name is one map look-up of its key.
func (c *corpus) linkParticleNames(l *linking) {
	var byCore map[string][]particleName // made at the first name with a particle
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Person {
			continue
		}
		for j, ws := range f.words {
			if core, ok := particleCore(ws); ok {
				if byCore == nil {
					byCore = map[string][]particleName{}
				}
				byCore[core] = append(byCore[core], particleName{id, f.keys[j]})
			}
		}
	}
	if byCore == nil {
		return
	}
	plain := map[string][]particleName{} // names without a particle, by the core they are
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Person {
			continue
		}
		for _, k := range f.keys {
			if _, ok := byCore[k]; ok {
				plain[k] = append(plain[k], particleName{id, k})
			}
		}
	}
	for _, core := range sortedIDs(byCore) {
		a, b, ok := particlePair(append(byCore[core], plain[core]...))
		if !ok || l.resolve(a.id) == l.resolve(b.id) {
			continue
		}
		e := c.shared(a.id, b.id, "~"+lastWord(a.key), "~"+lastWord(b.key))
		if e.enough() || c.surnameOwn(lastWord(a.key), a.id, b.id) {
			from, to := c.keeper(a.id, b.id, RuleSpelling)
			l.link(RuleSpelling, from, to, e.score)
		}
	}
}

// surnameOwn reports whether no person's full name of the corpus but those
// of ids a and b bears the surname last: a surname that only the two
// spellings of one name bear is one man's, whatever his articles name
// (the president "Anton von Kessel" of ten stories and "Anton Kessel" on a
// visit abroad). It walks the corpus's full names; linkParticleNames asks
// it only for a pair its evidence did not link, a few in a corpus.
func (c *corpus) surnameOwn(last, a, b string) bool {
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Person || id == a || id == b {
			continue
		}
		for _, ws := range f.words {
			if surname(ws) == last {
				return false
			}
		}
	}
	return true
}

// particleName is a person's name in linkParticleNames: its id and key.
type particleName struct{ id, key string }

// particlePair returns a name of each of the two ids of group (the first
// name with a particle first), or false when group holds one id or three
// or more.
func particlePair(group []particleName) (a, b particleName, ok bool) {
	a = group[0]
	for _, n := range group[1:] {
		switch {
		case n.id == a.id:
		case !ok:
			b, ok = n, true
		case n.id != b.id:
			return a, b, false
		}
	}
	return a, b, ok
}

// particleCore returns a person's name's words without the particles
// between its first and its last word, joined, when it holds one and is a
// given name and a surname (a first word of two letters or more and no
// particle, a surname of four letters or more).
func particleCore(ws []string) (string, bool) {
	n := len(ws)
	if n < 3 || len(ws[0]) < 2 || surnameParticles[ws[0]] || len(ws[n-1]) < 4 || surnameParticles[ws[n-1]] {
		return "", false
	}
	particle := false
	for _, w := range ws[1 : n-1] {
		particle = particle || surnameParticles[w]
	}
	if !particle {
		return "", false
	}
	var b strings.Builder
	b.WriteString(ws[0])
	for _, w := range ws[1 : n-1] {
		if surnameParticles[w] {
			continue
		}
		b.WriteByte(' ')
		b.WriteString(w)
	}
	b.WriteByte(' ')
	b.WriteString(ws[n-1])
	return b.String(), true
}
