package relate

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/pos"
)

// roles appends the role relations of the sentence: a title before a name
// ("North Korea leader Kim Jong Un"), a possessive ("Russia's foreign
// minister Sergei Lavrov", "its chairman Henrik Solberg", "Alphabet's Waymo
// unit") or an apposition ("Satya Nadella, chief executive of Microsoft").
func (p *parse) roles(dst []Relation) []Relation {
	for bi := range p.s.Mentions {
		b := p.mention(bi)
		if b.Source || b.Entity == "" || b.Start < 0 || b.End > p.n || b.Start >= b.End || p.ment[b.Start] != bi {
			continue
		}
		dst = p.titleBefore(dst, bi)
		dst = p.roleAfter(dst, bi)
		dst = p.apposition(dst, bi)
	}
	return dst
}

// roleWords returns the start of the run of role words that ends at token
// end-1 (title words: adjectives, nouns, capitalized words, "former",
// hyphens), when its last word is a role noun; -1 otherwise.
func (p *parse) roleWords(end int) int {
	k := end - 1
	if k < 0 || p.inMention(k) || !isRoleNoun(p.low[k]) {
		return -1
	}
	for k-1 >= 0 && !p.inMention(k-1) && p.titleWord(k-1) {
		k--
	}
	return k
}

// titleWord reports whether token i can be part of a title.
func (p *parse) titleWord(i int) bool {
	t := p.tg(i)
	return t.IsAdj() || t == pos.NN || t == pos.NNP || t == pos.NNS || p.low[i] == "former" || p.low[i] == "-" || p.low[i] == "and"
}

func isRoleNoun(w string) bool {
	if roleNouns[w] {
		return true
	}
	_, ok := rolePlurals[w]
	return ok
}

// holds reports whether mention b can hold a role named by noun.
func (p *parse) holds(b int, noun string) bool {
	switch p.mention(b).Type {
	case Person:
		return !orgRoles[noun] || noun == "owner" || noun == "partner" || noun == "shareholder" || noun == "investor"
	case Org:
		return orgRoles[noun]
	}
	return false
}

// rolePredicate returns the predicate of role words [from, to): lower case,
// the last noun singular, "former" kept, and prep after it.
func (p *parse) rolePredicate(from, to int, prep string) (string, string) {
	var ws []string
	for i := from; i < to; i++ {
		w := p.low[i]
		if i == to-1 {
			if s, ok := rolePlurals[w]; ok {
				w = s
			}
		}
		ws = append(ws, w)
	}
	noun := ws[len(ws)-1]
	return strings.Join(ws, " ") + " " + prep, noun
}

// titleBefore finds "A R B" and "A 's R B": B holds role R of A.
func (p *parse) titleBefore(dst []Relation, bi int) []Relation {
	b := p.mention(bi)
	from := p.roleWords(b.Start)
	if from < 0 {
		return dst
	}
	aEnd := from - 1
	possessive := false
	if p.tagAt(aEnd) == pos.POS {
		possessive = true
		aEnd--
	}
	var holders []int
	if w := p.lowAt(aEnd); w == "its" || w == "their" {
		// "its chairman Henrik Solberg": the company before it.
		if a := p.nearestBefore(aEnd, func(m *Mention) bool { return m.Type == Org }); a >= 0 {
			holders = []int{a}
		}
	} else if ai, ok := p.entityEnding(aEnd); ok {
		holders = []int{ai}
	} else {
		return dst
	}
	_ = possessive
	for _, ai := range holders {
		a := p.mention(ai)
		if a.Type == Person || a.Type == Misc && !strings.Contains(a.Entity, ":") {
			continue
		}
		// Roles joined by "and": "chairman and chief executive officer".
		for _, part := range p.roleParts(from, b.Start) {
			pred, noun := p.rolePredicate(part[0], part[1], "of")
			if !p.holds(bi, noun) || a.Type == Location && !placeRoles[noun] {
				continue
			}
			// "Former Twitter chief executive Parag Agrawal".
			if p.lowAt(a.Start-1) == "former" && !strings.HasPrefix(pred, "former ") {
				pred = "former " + pred
			}
			dst = p.emitRole(dst, bi, ai, pred, part[0], part[1])
		}
	}
	return dst
}

// roleAfter finds "A 's B R" with R a unit: "Alphabet's Waymo unit".
func (p *parse) roleAfter(dst []Relation, bi int) []Relation {
	b := p.mention(bi)
	if !roleAfterName[p.lowAt(b.End)] || p.tagAt(b.Start-1) != pos.POS {
		return dst
	}
	ai, ok := p.entityEnding(b.Start - 2)
	if !ok || p.mention(bi).Type != Org {
		return dst
	}
	pred, _ := p.rolePredicate(b.End, b.End+1, "of")
	return p.emitRole(dst, bi, ai, pred, b.End, b.End+1)
}

// apposition finds "B, R of A", "B, A's R" and "B and C, the Rs of A and
// D".
func (p *parse) apposition(dst []Relation, bi int) []Relation {
	b := p.mention(bi)
	if p.lowAt(b.End) != "," {
		return dst
	}
	// B may end a coordination: "Lavrov and Wang Yi, the foreign ministers of ...".
	holders, _ := p.groupEnding(b.End - 1)
	if len(holders) == 0 || holders[len(holders)-1] != bi {
		return dst
	}
	i := b.End + 1
	for p.tagAt(i) == pos.DT {
		i++
	}
	if as, end := p.groupStarting(i); as != nil {
		if p.tagAt(end) != pos.POS || len(as) != 1 || len(holders) != 1 {
			return dst
		}
		return p.possessiveApposition(dst, bi, as[0], end+1)
	}
	return p.roleOfApposition(dst, bi, holders, i)
}

// possessiveApposition finds "B, A's R,": ai is A, and the role words
// start at token from, after the "'s".
func (p *parse) possessiveApposition(dst []Relation, bi, ai, from int) []Relation {
	to := from
	for to < p.n && !p.inMention(to) && p.titleWord(to) && p.low[to] != "and" {
		to++
	}
	if to == from || !isRoleNoun(p.low[to-1]) || !p.appositionEnds(to) {
		return dst
	}
	pred, noun := p.rolePredicate(from, to, "of")
	if p.holds(bi, noun) && !p.mention(ai).Type.isPersonLike() {
		dst = p.emitRole(dst, bi, ai, pred, from, to)
	}
	return dst
}

// roleOfApposition finds "B, R (and R) of A", with the role words from
// token from, and "B and C, the Rs of A and D", holders being B and C.
func (p *parse) roleOfApposition(dst []Relation, bi int, holders []int, from int) []Relation {
	to := from
	for to < p.n && !p.inMention(to) && p.titleWord(to) {
		to++
	}
	if to == from || !p.isP(to) {
		return dst
	}
	prep := p.low[to]
	if prep != "of" && prep != "for" && prep != "at" && prep != "to" {
		return dst
	}
	as, end := p.object(to + 1)
	if as == nil || !p.appositionEnds(end) {
		return dst
	}
	// Roles joined by "and": "co-founder and chief executive".
	parts := p.roleParts(from, to)
	for _, part := range parts {
		if !isRoleNoun(p.low[part[1]-1]) {
			return dst
		}
	}
	for _, part := range parts {
		pred, noun := p.rolePredicate(part[0], part[1], prep)
		switch {
		case len(holders) == 1:
			if len(as) != 1 || !p.holds(bi, noun) || p.mention(as[0]).Type == Person {
				continue
			}
			dst = p.emitRole(dst, bi, as[0], pred, part[0], to+1)
		case len(holders) == len(as):
			// Respectively: the first holder of the first place.
			for k, h := range holders {
				if p.holds(h, noun) && p.mention(as[k]).Type != Person {
					dst = p.emitRole(dst, h, as[k], pred, part[0], to+1)
				}
			}
		}
	}
	return dst
}

// roleParts splits role words [from, to) at "and" into the spans of each
// role; a part that is no role noun at its end ("chairman and chief
// executive officer" has two) is left out.
func (p *parse) roleParts(from, to int) [][2]int {
	var parts [][2]int
	s := from
	for k := from; k <= to; k++ {
		if k == to || p.low[k] == "and" {
			if k > s && isRoleNoun(p.low[k-1]) {
				parts = append(parts, [2]int{s, k})
			}
			s = k + 1
		}
	}
	return parts
}

func (t Type) isPersonLike() bool { return t == Person }

// appositionEnds reports whether an apposition ends at token i: a comma,
// the end of the sentence, or a verb.
func (p *parse) appositionEnds(i int) bool {
	t := p.tagAt(i)
	return i >= p.n || t == pos.Comma || t == pos.Period || t.IsVerb() || t == pos.MD || t == pos.RParen || t == pos.Colon
}

// nearestBefore returns the nearest mention before token i that fits, or -1.
func (p *parse) nearestBefore(i int, fits func(*Mention) bool) int {
	for k := i - 1; k >= 0; k-- {
		if mi := p.ment[k]; mi >= 0 {
			m := p.mention(mi)
			if !m.Source && m.Entity != "" && fits(m) {
				return mi
			}
			k = m.Start
		}
	}
	return -1
}

// emitRole appends the role relation holder → pred → of, with the
// evidence tokens [from, to).
func (p *parse) emitRole(dst []Relation, holder, of int, pred string, from, to int) []Relation {
	h, o := p.mention(holder), p.mention(of)
	if h.Entity == o.Entity || h.Source || o.Source {
		return dst
	}
	r := Relation{Subject: h.Entity, Predicate: pred, Object: o.Entity, Sentence: p.s.Index, Role: true, Mentions: [2]int{holder, of}}
	r.Text, r.Start, r.End = p.evidence(from, to, -1)
	return append(dst, r)
}

// sortRelations orders relations by their evidence, then by their ends.
func sortRelations(rs []Relation) {
	slices.SortStableFunc(rs, func(a, b Relation) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Object, b.Object), cmp.Compare(a.Predicate, b.Predicate))
	})
}

// dedupe drops repeats among dst[from:]: the same ends, predicate and
// negation (either order for symmetric relations).
func dedupe(dst []Relation, from int) []Relation {
	out := dst[:from]
	for _, r := range dst[from:] {
		dup := false
		for _, q := range out[from:] {
			same := q.Subject == r.Subject && q.Object == r.Object ||
				(q.Symmetric || r.Symmetric) && q.Subject == r.Object && q.Object == r.Subject
			if same && q.Predicate == r.Predicate && q.Negated == r.Negated {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}
