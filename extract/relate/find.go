package relate

import (
	"strings"

	"github.com/nergraph/nergraph/extract/pos"
)

// relations finds the sentence's relations: those of its verb groups, then
// its roles, sorted by the start of their evidence.
func (p *parse) relations(dst []Relation) []Relation {
	p.verbGroups()
	from := len(dst)
	for gi, g := range p.vgs {
		p.subject(gi, g)
		dst = p.groupRelations(dst, gi, g)
	}
	dst = p.roles(dst)
	sortRelations(dst[from:])
	return dedupe(dst, from)
}

// group returns the coordination of entity mentions that ends with the
// mention ending at token i: "X", "X and Y", "X, Y and the Z". It returns
// the mentions in text order and the first token of the group.
func (p *parse) groupEnding(i int) ([]int, int) {
	k, ok := p.entityEnding(i)
	if !ok {
		return nil, -1
	}
	ms := []int{k}
	first := p.mention(k).Start
	oxford := false // the last separator was ", and": the list needs a third item
	for {
		j := p.skipTitleBack(first)
		w := p.lowAt(j - 1)
		if w != "and" && w != "or" && w != "," {
			break
		}
		j--
		comma := false
		if w != "," && p.lowAt(j-1) == "," { // ", and"
			j--
			comma = true
		}
		if w == "," && len(ms) == 1 && !p.listContinues(p.mention(ms[0]).End) && !oxford {
			break // "X, Y verb": an apposition or a clause, not a list
		}
		k2, ok := p.entityEnding(j - 1)
		if !ok {
			break
		}
		ms = append([]int{k2}, ms...)
		first = p.mention(k2).Start
		oxford = comma
	}
	if oxford {
		// "Salesforce bought Slack, and IBM": a clause, not a list of two.
		ms = ms[1:]
		first = p.mention(ms[0]).Start
	}
	return ms, first
}

// skipTitleBack returns where the noun phrase of the mention starting at
// first begins: before its determiner, and before title words of a person
// ("his son Bronny", "President Putin").
func (p *parse) skipTitleBack(first int) int {
	j := first
	if k := p.ment[first]; k >= 0 && p.mention(k).Type == Person && first > 0 && !p.inMention(first-1) &&
		(isRoleNoun(p.low[first-1]) || kinNouns[p.low[first-1]] || honorifics[p.low[first-1]]) {
		// "Russian President Vladimir Putin", "his son Bronny".
		t := first - 1
		for t > 0 && t > first-4 && !p.inMention(t-1) && (p.tg(t-1) == pos.NN || p.tg(t-1) == pos.NNP || p.tg(t-1).IsAdj()) {
			t--
		}
		if t < j && (p.tagAt(t-1) == pos.PRPS || p.tagAt(t-1) == pos.DT) {
			t--
		}
		if t < j {
			j = t
		}
	}
	if j == first && (p.tagAt(j-1) == pos.DT || p.tagAt(j-1) == pos.PDT) {
		j--
	}
	return j
}

// skipTitle returns where the mention of a person starts after title words
// from token i ("Chinese Premier Li Qiang", "his son Bronny"), or i.
func (p *parse) skipTitle(i int) int {
	j := i
	if p.tagAt(j) == pos.PRPS || p.tagAt(j) == pos.DT {
		j++
	}
	k := j
	for k < p.n && k < j+4 && !p.inMention(k) && (p.tg(k) == pos.NNP || p.tg(k) == pos.NN || p.tg(k).IsAdj()) {
		k++
	}
	if k > j && k < p.n {
		if m := p.ment[k]; m >= 0 && p.mention(m).Start == k && p.mention(m).Type == Person {
			last := p.low[k-1]
			if isRoleNoun(last) || kinNouns[last] || honorifics[last] {
				return k
			}
		}
	}
	return i
}

// groupStarting is the coordination of entity mentions that starts at the
// mention beginning at token i. It returns the mentions and the token after
// the group.
func (p *parse) groupStarting(i int) ([]int, int) {
	i = p.skipTitle(i)
	k, ok := p.entityAt(i)
	if !ok {
		return nil, -1
	}
	ms := []int{k}
	end := p.mention(k).End
	for {
		j := end
		w := p.lowAt(j)
		if w != "and" && w != "or" && w != "," {
			break
		}
		j++
		oxford := false
		if w == "," && (p.lowAt(j) == "and" || p.lowAt(j) == "or") {
			j++
			oxford = true
		}
		if oxford && len(ms) < 2 {
			break // "bought Slack, and IBM bought": a clause, not a list
		}
		if p.tagAt(j) == pos.DT {
			j++
		}
		j = p.skipTitle(j)
		k2, ok := p.entityAt(j)
		if !ok {
			break
		}
		// "X, Y and Z" lists; but "X, the Y" is an apposition: a comma alone
		// joins only when an "and" follows later in the list.
		if w == "," && !oxford && !p.listContinues(p.mention(k2).End) {
			break
		}
		ms = append(ms, k2)
		end = p.mention(k2).End
	}
	return ms, end
}

// listContinues reports whether a list of mentions goes on to an "and" or
// "or" from token i.
func (p *parse) listContinues(i int) bool {
	for i < p.n {
		w := p.low[i]
		if w == "and" || w == "or" {
			return true
		}
		if w != "," {
			return false
		}
		i++
		if p.tagAt(i) == pos.DT {
			i++
		}
		k, ok := p.entityAt(i)
		if !ok {
			return false
		}
		i = p.mention(k).End
	}
	return false
}

// headAfter reports whether a noun phrase that ends before token i ends
// there: no possessive, noun or adjective after it makes the mention a
// modifier ("Russia's ambassador", "Coca-Cola shares").
func (p *parse) headAfter(i int) bool {
	t := p.tagAt(i)
	switch {
	case t == pos.POS || p.lowAt(i) == "'" || p.lowAt(i) == "'s":
		return false
	case t == pos.NN || t == pos.NNS:
		return false
	case (t == pos.NNP || t == pos.NNPS) && !p.inMention(i) && !timeNouns[p.lowAt(i)]:
		return false
	case timeAdjectives[p.lowAt(i)] && timeUnits[p.lowAt(i+1)]:
		return true
	case t.IsAdj() && p.tagAt(i+1).IsNoun() && !p.inMention(i+1):
		return false
	case t == pos.VBG && p.tagAt(i+1).IsNoun() && !p.inMention(i+1):
		return false
	case p.inMention(i):
		return false // "the U.S. Air Force ...": two names in a row, the first a modifier
	case t == pos.CD && (p.tagAt(i+1) == pos.NN || p.tagAt(i+1) == pos.NNS) && !p.inMention(i+1):
		return false // "McDonnell Douglas MD-11 airliners", "Model 5312 processors"
	case t == pos.Comma && strings.HasSuffix(p.lowAt(i+1), "-based"):
		return false // "Madrid, Spain-based Ingenieria"
	}
	return true
}

// subjectOK reports whether a group of mentions that starts at token
// first can be a subject: it is not the object of a preposition ("Delegations
// from Brazil"), nor the second half of a coordination with a common noun.
func (p *parse) subjectOK(first int) bool {
	j := first - 1
	for j >= 0 && (p.tg(j) == pos.DT || p.tg(j) == pos.PDT) {
		j--
	}
	if j < 0 {
		return true
	}
	w, t := p.low[j], p.tg(j)
	switch {
	case (t == pos.IN || t == pos.TO) && !subordinators[w]:
		return false
	case t == pos.CC:
		return p.lowAt(j-1) == "," // ", and IBM bought": a new clause
	case (t == pos.NN || t == pos.NNS) && !p.inMention(j):
		// "spokesman Dmitry Peskov", "unit Natural Gas Clearinghouse" are
		// titles; "a bid to take control Trailways" is not.
		return isRoleNoun(w) || kinNouns[w] || honorifics[w]
	}
	return true
}

// subject resolves the subject of group gi. A clause of its own finds it
// before its verbs; an infinitive, gerund or participle takes it from the
// clause it depends on.
func (p *parse) subject(gi int, g *vgroup) {
	switch g.kind {
	case infinitive:
		p.infinitiveSubject(gi, g)
	case gerund:
		p.gerundSubject(gi, g)
	case participle:
		g.subj = p.appositionBefore(g.start)
	default:
		p.clauseSubject(gi, g)
	}
}

// infinitiveSubject: the doer of "to sign" is the subject of the clause
// before, unless that clause asked its object to act ("urged Israel to
// agree").
func (p *parse) infinitiveSubject(gi int, g *vgroup) {
	prev := p.prevFinite(gi)
	if prev == nil {
		return
	}
	if objectControl[prev.lemma] && prev.objEnd >= 0 || objectControl[prev.lemma] && p.objectNounBefore(g.start) {
		return
	}
	if prev.objEnd >= 0 && prev.objEnd == g.start && !purposeAfterObject(prev) {
		return
	}
	g.subj = prev.subj
}

// gerundSubject: "accused Pyongyang of supplying": the accused does it;
// "after leaving": the subject of the clause.
func (p *parse) gerundSubject(gi int, g *vgroup) {
	prev := p.prevFinite(gi)
	if prev == nil {
		return
	}
	if prev.objEnd >= 0 && prev.objEnd == g.start-1 && len(prev.obj) > 0 {
		g.subj = prev.obj
		return
	}
	if p.tagAt(g.start-1) == pos.Comma || g.start == 0 {
		return // a participle clause ", speaking after ..." has no entity subject of its own here
	}
	if t := p.tagAt(g.start - 2); (t == pos.NN || t == pos.NNS) && !p.inMention(g.start-2) {
		return // "the best candidate for steering Japan": the noun's, not the subject's
	}
	g.subj = prev.subj
}

// clauseSubject finds the subject of a clause before its verbs, past
// adverbs and a parenthesis: a relative pronoun's antecedent, the subject
// of a coordinated verb, a pronoun, or the mentions right before.
func (p *parse) clauseSubject(gi int, g *vgroup) {
	i := g.start - 1
	for i >= 0 && (p.tg(i).IsAdverb() || reflexives[p.low[i]] || p.low[i] == "longer" || p.low[i] == "no" && p.lowAt(i+1) == "longer") && !p.inMention(i) {
		i--
	}
	if i < 0 {
		return
	}
	// A relative pronoun: the noun it follows.
	if w := p.low[i]; relativePronouns[w] && (p.tg(i) == pos.WP || p.tg(i) == pos.WDT || p.tg(i) == pos.IN) {
		g.subj = p.antecedent(i)
		return
	}
	// A parenthesis between subject and verb: ", who visited Kyiv last week,".
	if p.tg(i) == pos.Comma {
		open := p.parenthesisStart(i)
		if open < 0 {
			// "Its largest creditor, Meridian Bank, said": the entity of an
			// apposition to the subject.
			if ms, first := p.groupEnding(i - 1); ms != nil && p.lowAt(first-1) == "," && !p.inMention(first-2) &&
				p.tagAt(first-2).IsNoun() {
				g.subj = ms
			}
			return
		}
		i = open - 1
	}
	if i < 0 {
		return
	}
	// Coordinated verbs share the subject: "withdrew from X and then bombed
	// Y"; "was seized by regulators and sold to JPMorgan" shares the passive.
	if w := p.low[i]; w == "and" || w == "but" || w == "or" {
		if gi > 0 && p.vgs[gi-1].subj != nil && p.vgs[gi-1].kind != infinitive {
			prev := p.vgs[gi-1]
			g.subj = prev.subj
			if prev.passive && !g.passive && g.head == g.start && (p.tg(g.head) == pos.VBN || p.tg(g.head) == pos.VBD) {
				g.passive = true
			}
		}
		return
	}
	if p.tg(i) == pos.PRP {
		g.subj, g.pronoun = p.resolvePronoun(i, gi), true
		return
	}
	// "Alphabet's Waymo unit expanded": the unit is the named one.
	if roleAfterName[p.low[i]] && !p.inMention(i) {
		if k, ok := p.entityEnding(i - 1); ok && p.mention(k).Type == Org {
			g.subj = []int{k}
		}
		return
	}
	ms, first := p.groupEnding(i)
	if ms == nil || !p.subjectOK(first) {
		return
	}
	g.subj = ms
	// "Xi, whom Biden met,": the relative pronoun is the object.
	if w := p.lowAt(first - 1); (w == "whom" || w == "which" || w == "that") && p.tagAt(first-1) != pos.DT {
		g.relObj = p.antecedent(first - 1)
	}
}

// purposeAfterObject reports whether an infinitive right after the object
// of prev is a purpose of prev's subject ("beat Dortmund to win") rather
// than an act of the object.
func purposeAfterObject(prev *vgroup) bool { return !objectControl[prev.lemma] }

// objectNounBefore reports whether a noun or pronoun (an object) comes right
// before token i.
func (p *parse) objectNounBefore(i int) bool {
	t := p.tagAt(i - 1)
	return t.IsNoun() || t == pos.PRP || p.inMention(i-1)
}

// prevFinite returns the nearest group before gi that is a clause of its own.
func (p *parse) prevFinite(gi int) *vgroup {
	for k := gi - 1; k >= 0; k-- {
		if g := p.vgs[k]; g.kind == finite {
			return g
		}
	}
	return nil
}

// antecedent returns the mentions a relative pronoun at i refers to: the
// group right before it (a comma between), or the entity of an apposition
// ("Hezbollah, the armed group that ...").
func (p *parse) antecedent(i int) []int {
	j := i - 1
	comma := p.tagAt(j) == pos.Comma
	if comma {
		j--
	}
	if ms, first := p.groupEnding(j); ms != nil {
		if comma && p.lowAt(first-1) == "," && p.inMention(first-2) && p.mention(ms[0]).Type.IsPlace() {
			return nil // "the Bass family of Fort Worth, Texas, which": a place names where, not who
		}
		if !comma && !p.subjectOK(first) {
			return nil // "legislation pending in Congress that would": the antecedent may be the noun before
		}
		return ms
	}
	return p.appositionBefore(i)
}

// appositionBefore returns the entity that the noun phrase ending before
// token i stands beside: "Shein, the retailer founded in China" gives Shein
// for "founded"; "VMware, bought by Broadcom" gives VMware.
func (p *parse) appositionBefore(i int) []int {
	j := i - 1
	if p.tagAt(j) == pos.Comma {
		j--
		if ms, first := p.groupEnding(j); ms != nil && p.subjectOK(first) {
			return ms
		}
		return nil
	}
	if ms, _ := p.groupEnding(j); ms != nil {
		return ms // "a deal brokered by China": no; the noun before must be an entity
	}
	// Skip a common noun phrase back to a comma after an entity.
	k := j
	for k >= 0 && (p.tg(k).IsNoun() || p.tg(k).IsAdj() || p.tg(k) == pos.DT || p.tg(k) == pos.CD) && !p.inMention(k) {
		k--
	}
	if k < j && p.tagAt(k) == pos.Comma {
		if ms, first := p.groupEnding(k - 1); ms != nil && p.subjectOK(first) {
			return ms
		}
	}
	return nil
}

// parenthesisStart returns the comma that opens the parenthesis closed by
// the comma at i, when the words between can be skipped to reach a subject:
// a relative clause, a participle clause, an apposition or a prepositional
// phrase. It returns -1 otherwise.
func (p *parse) parenthesisStart(i int) int {
	for j := i - 1; j >= 1; j-- {
		if p.tg(j) != pos.Comma {
			continue
		}
		if j == i-1 {
			return -1
		}
		if p.parenthesisAt(j, i) {
			return j
		}
	}
	return -1
}

// parenthesisAt reports whether the commas at j and i enclose a parenthesis
// after an entity.
func (p *parse) parenthesisAt(j, i int) bool {
	if _, ok := p.entityEnding(j - 1); !ok {
		return false
	}
	first := j + 1
	t, w := p.tg(first), p.low[first]
	switch {
	case relativePronouns[w] || t == pos.WP || t == pos.WPS || t == pos.WDT:
		return true
	case t == pos.VBG || t == pos.VBN:
		return p.noFiniteVerb(first, i)
	case t == pos.DT || t.IsAdj() || t == pos.NN || t == pos.NNS || t == pos.CD || t == pos.PRPS:
		// An apposition; a finite verb in it must come after a relative pronoun.
		return p.noFiniteVerb(first, i)
	case t == pos.IN || t == pos.RB:
		return p.noFiniteVerb(first, i)
	case p.inMention(first):
		// "Choe Son Hui, North Korea's foreign minister, flew": an apposition
		// that begins with a possessor.
		k := p.mention(p.ment[first]).End
		return p.tagAt(k) == pos.POS && p.noFiniteVerb(k, i)
	}
	return false
}

// noFiniteVerb reports whether tokens [from, to) hold no finite verb outside
// a relative clause.
func (p *parse) noFiniteVerb(from, to int) bool {
	for k := from; k < to; k++ {
		if relativePronouns[p.low[k]] && (p.tg(k) == pos.WDT || p.tg(k) == pos.WP || p.tg(k) == pos.IN) {
			return true
		}
		switch p.tg(k) {
		case pos.VBD, pos.VBZ, pos.VBP, pos.MD:
			if !p.inMention(k) && !p.adjectival(k) {
				return false
			}
		}
	}
	return true
}

// resolvePronoun finds what a subject pronoun at i stands for in the same
// sentence: he or she a person, it an organization or a place, they a
// coordination; each the subject of an earlier clause. It returns nil when
// the sentence has none.
func (p *parse) resolvePronoun(i, gi int) []int {
	w := p.low[i]
	fits := func(ms []int) bool {
		if len(ms) == 0 {
			return false
		}
		switch w {
		case "he", "she":
			return len(ms) == 1 && p.mention(ms[0]).Type == Person
		case "it":
			return len(ms) == 1 && p.mention(ms[0]).Type != Person
		case "they":
			return len(ms) > 1
		}
		return false
	}
	for k := gi - 1; k >= 0; k-- {
		if g := p.vgs[k]; g.start < i && fits(g.subj) {
			return g.subj
		}
	}
	return nil
}

// object finds the entities right after token i: optional determiners, then
// a coordination of mentions that heads its noun phrase. It returns the
// mentions and the token after them.
func (p *parse) object(i int) ([]int, int) {
	for p.tagAt(i) == pos.DT || p.tagAt(i) == pos.PDT || p.tagAt(i) == pos.CD && !p.inMention(i) {
		i++
	}
	ms, end := p.groupStarting(i)
	if ms == nil {
		return nil, -1
	}
	if len(ms) == 1 {
		// "met U.S. Agriculture Secretary Richard Lyng": the person is the object.
		if k := p.skipTitle(end); k != end {
			if ms2, end2 := p.groupStarting(k); ms2 != nil {
				ms, end = ms2, end2
			}
		}
	}
	if !p.headAfter(end) || p.clauseAfterObject(end) {
		return nil, -1
	}
	return ms, end
}

// clauseAfterObject reports whether the entities before token i are the
// subject of a clause that follows ("faced no rival bid after Australia
// withdrew").
func (p *parse) clauseAfterObject(i int) bool {
	if p.tagAt(i) == pos.LParen {
		// "after the London Metal Exchange (LME) stopped": skip the brackets.
		for k := i + 1; k < p.n && k < i+6; k++ {
			if p.tg(k) == pos.RParen {
				i = k + 1
				break
			}
		}
	}
	t := p.tagAt(i)
	return t == pos.VBD || t == pos.VBZ || t == pos.VBP || t == pos.MD
}

// nounThenEntity finds "the company and Sam Altman" from token i: a noun
// phrase without entity, "and", then entities. It returns the entities and
// the token after them.
func (p *parse) nounThenEntity(i int) ([]int, int) {
	k := i
	for k < p.n && k < i+4 && !p.inMention(k) && (p.tg(k) == pos.DT || p.tg(k).IsAdj() || p.tg(k) == pos.NN || p.tg(k) == pos.NNS || p.tg(k) == pos.PRPS) {
		k++
	}
	if k == i || !p.tg(k-1).IsNoun() || p.lowAt(k) != "and" {
		return nil, -1
	}
	return p.object(k + 1)
}

// pronounObject resolves an object pronoun at token i ("encouraged it")
// to the nearest entity before it in the sentence that fits and is not the
// subject.
func (p *parse) pronounObject(i int, subj []int) ([]int, int) {
	w := p.lowAt(i)
	if p.tagAt(i) != pos.PRP || (w != "it" && w != "him" && w != "her") || !p.headAfter(i+1) {
		return nil, -1
	}
	k := p.nearestBefore(i, func(m *Mention) bool {
		for _, s := range subj {
			if p.mention(s).Entity == m.Entity {
				return false
			}
		}
		if w == "it" {
			return m.Type != Person
		}
		return m.Type == Person
	})
	if k < 0 {
		return nil, -1
	}
	return []int{k}, i + 1
}

// isP reports whether token i is a preposition or particle that may end a
// relation phrase.
func (p *parse) isP(i int) bool {
	t := p.tagAt(i)
	w := p.lowAt(i)
	if p.inMention(i) {
		return false
	}
	return (t == pos.IN || t == pos.TO || t == pos.RP) && w != "that" && w != "because" && w != "if" && w != "whether"
}

// prepLen returns the number of tokens of the preposition at i: 1, more
// for "in favour of", 0 when there is none.
func (p *parse) prepLen(i int) int {
	if i < p.n && p.low[i] != "" && complexFirst[p.low[i][0]] {
		if k := p.complexPrep(i); k > 0 {
			return k
		}
	}
	if p.isP(i) {
		return 1
	}
	return 0
}

// complexFirst has the first bytes of the first words of complexPreps:
// prepLen reads every token after a verb, and most begin with none of
// them.
var complexFirst = func() (t [256]bool) {
	for _, cp := range complexPreps {
		t[cp[0][0]] = true
	}
	return t
}()

// complexPrep returns the number of tokens of the complex preposition at i,
// or 0.
func (p *parse) complexPrep(i int) int {
	for _, cp := range complexPreps {
		ok := i+len(cp) <= p.n
		for k := 0; ok && k < len(cp); k++ {
			ok = p.low[i+k] == cp[k] && !p.inMention(i+k)
		}
		if ok {
			return len(cp)
		}
	}
	return 0
}

// isW reports whether token i may stand inside a relation phrase, between
// its verb and its preposition: nouns, adjectives, adverbs, determiners,
// pronouns, numbers.
func (p *parse) isW(i int) bool {
	if i >= p.n || p.inMention(i) {
		return false
	}
	t := p.tg(i)
	switch {
	case t.IsNoun(), t.IsAdj(), t.IsAdverb(), t == pos.DT, t == pos.PDT, t == pos.PRPS, t == pos.CD,
		t == pos.Dollar, t == pos.POS:
		return !isNeg(p.low[i])
	case t == pos.VBG || t == pos.VBN:
		return p.adjectival(i)
	}
	return false
}

// maxW bounds the words between a verb and its preposition: longer phrases
// are too specific to be relations (ReVerb's lexical constraint in spirit).
const maxW = 5

// phrase is a relation phrase found after a verb group.
type phrase struct {
	end     int   // token after the phrase
	extra   []int // the tokens after the group that belong to the predicate
	obj     []int // object mentions
	objEnd  int
	prepObj bool // the object follows a preposition of the phrase
	prep    string
}

// findPhrase finds the relation phrase and object after group g: V, V P or
// V W* P followed by entity mentions, with infinitives chained on ("abandoned
// its plan to buy"). It returns false when no entity follows.
func (p *parse) findPhrase(g *vgroup) (phrase, bool) {
	start := g.end
	var extra []int
	for hop := 0; hop < 3; hop++ {
		// V: the object right after the verbs.
		if ms, end := p.object(start); ms != nil {
			return phrase{end: start, extra: extra, obj: ms, objEnd: end}, true
		}
		if hop == 0 {
			if ms, end := p.pronounObject(start, g.subj); ms != nil {
				return phrase{end: start, extra: extra, obj: ms, objEnd: end}, true
			}
			if ms, end := p.nounThenEntity(start); ms != nil {
				return phrase{end: start, extra: extra, obj: ms, objEnd: end}, true
			}
		}
		// V P
		if n := p.prepLen(start); n > 0 {
			if p.lowAt(start+n) == "each" {
				return phrase{}, false
			}
			if ms, end := p.object(start + n); ms != nil {
				extra = appendRange(extra, start, start+n)
				return phrase{end: start + n, extra: extra, obj: ms, objEnd: end, prepObj: true, prep: p.low[start+n-1]}, true
			}
		}
		// V W* P, or V W* to V.
		k := start
		for k < p.n && k-start < maxW && p.isW(k) {
			k++
		}
		m, n := p.linkAfterWords(start, k)
		switch {
		case m < 0:
			return phrase{}, false
		case n == 0:
			// An infinitive continues the phrase: "its plan to buy".
			e := m + 2
			for e < p.n && (p.tg(e) == pos.VB || p.tg(e) == pos.RP) && !p.inMention(e) {
				e++
			}
			extra = appendRange(extra, start, e)
			start = e
		case p.low[m] == "by" && !g.passive:
			return phrase{}, false // "arranging an offer by Barwon": the agent of the noun
		default:
			// Only the first preposition: later ones introduce adjuncts.
			ms, end := p.object(m + n)
			if ms == nil {
				return phrase{}, false
			}
			extra = appendRange(extra, start, m+n)
			return phrase{end: m + n, extra: extra, obj: ms, objEnd: end, prepObj: true, prep: p.low[m+n-1]}, true
		}
	}
	return phrase{}, false
}

// linkAfterWords returns the first token m from start to k (the token after
// the words W that follow a verb group) that leads on from them: "to"
// before a verb, with n 0, or, after start, a preposition of n tokens. It
// returns -1 when there is none.
func (p *parse) linkAfterWords(start, k int) (m, n int) {
	for j := start; j <= k && j < p.n; j++ {
		if p.tagAt(j) == pos.TO && p.tagAt(j+1) == pos.VB && !p.inMention(j+1) {
			return j, 0
		}
		if n := p.prepLen(j); n > 0 && j > start {
			return j, n
		}
	}
	return -1, 0
}

// appendRange appends the tokens from up to to, leaving extra nil when
// there are none: a nil extra tells groupRelations that the predicate is
// the verbs alone.
func appendRange(extra []int, from, to int) []int {
	for x := from; x < to; x++ {
		extra = append(extra, x)
	}
	return extra
}

// groupRelations returns the relations of verb group gi.
func (p *parse) groupRelations(dst []Relation, gi int, g *vgroup) []Relation {
	if gi > 0 && p.vgs[gi-1].negClause && !g.neg {
		g.neg = true
		g.cue = p.vgs[gi-1].start
	}
	if p.isAttribution(g) {
		g.attrib = true
		if p.clauseFollows(g.end) && (g.lemma == "deny" || negVerbs[g.lemma]) {
			g.negClause = true
		}
		return dst
	}
	ph, ok := p.findPhrase(g)
	if !ok && g.relObj != nil && !g.passive && p.ends(g.end) {
		ph, ok = phrase{end: g.end, obj: g.relObj, objEnd: -1}, true
	}
	if ok {
		g.obj, g.objEnd = ph.obj, ph.objEnd
	}
	if g.passive {
		return p.passiveRelations(dst, g, ph, ok)
	}
	if len(g.subj) == 0 {
		return dst
	}
	if ok && ph.prepObj && !p.placeArgument(g, ph) {
		ok = false // a place adjunct: "met in Beijing", "drew 2-2 at Anfield"
		g.obj, g.objEnd = nil, -1
	}
	// "Israel and Iran accused each other", "Kim and Putin exchanged letters".
	if each := p.eachOther(g.end); each >= 0 || !ok {
		if len(g.subj) < 2 {
			return dst
		}
		return p.symmetric(dst, g, each)
	}
	words := append(append([]int{}, g.words...), ph.extra...)
	// A split particle: "left Neymar out".
	var split int = -1
	if ph.extra == nil && (p.tagAt(ph.objEnd) == pos.RP || particles[p.lowAt(ph.objEnd)] && (p.lowAt(ph.objEnd+1) == "of" || p.ends(ph.objEnd+1))) {
		split = ph.objEnd
		words = append(words, split)
	}
	pred := p.predicate(g, words, false)
	for _, o := range ph.obj {
		if g.pronoun && len(g.subj) > 1 && p.memberOf(o, g.subj) {
			return dst // "Boeing and ARGOSystems said they reached an agreement for Boeing": no subject of its own
		}
	}
	for _, s := range g.subj {
		for _, o := range ph.obj {
			dst = p.emit(dst, s, o, pred, g, ph.end, split, false)
		}
	}
	return dst
}

// memberOf reports whether mention o names an entity of the mentions ms.
func (p *parse) memberOf(o int, ms []int) bool {
	for _, m := range ms {
		if p.mention(m).Entity == p.mention(o).Entity {
			return true
		}
	}
	return false
}

// isAttribution reports whether group g reports speech.
func (p *parse) isAttribution(g *vgroup) bool {
	if g.lemma == "accord" {
		return true
	}
	if g.passive && (g.lemma == "quote" || g.lemma == "report" || g.lemma == "carry" || g.lemma == "cite") {
		return true
	}
	if cognition[g.lemma] && len(g.words) == 1 && p.tagAt(g.end) != pos.TO && p.lowAt(g.end) != "in" {
		return true
	}
	if !attribution[g.lemma] {
		return false
	}
	if !clauseOnly[g.lemma] {
		return true
	}
	// With a clause, or at the end for verbs of saying: reported speech.
	// With an object: an act.
	return p.clauseFollows(g.end) || speechAtEnd[g.lemma] && p.ends(g.end)
}

// ends reports whether the clause ends at token i.
func (p *parse) ends(i int) bool {
	t := p.tagAt(i)
	return i >= p.n || t == pos.Period || t == pos.Comma || t == pos.Colon || t == pos.Quote || t == pos.Quote2
}

// clauseFollows reports whether a clause begins at token i: "that", or a
// subject followed by a verb.
func (p *parse) clauseFollows(i int) bool {
	if p.lowAt(i) == "that" {
		return true
	}
	// "told Interfax that": an addressee first.
	if ms, end := p.groupStarting(i); ms != nil {
		if p.lowAt(end) == "that" {
			return true
		}
		return p.verbAt(end)
	}
	if k, ok := p.mentionAny(i); ok {
		end := p.mention(k).End
		return p.lowAt(end) == "that" || p.verbAt(end)
	}
	if p.tagAt(i) == pos.PRP {
		return p.verbAt(i+1) || p.lowAt(i+1) == "that"
	}
	// "said the friendship between ... was forged": a noun phrase and a verb.
	k := i
	for k < p.n && k < i+8 && (p.tg(k) == pos.DT || p.tg(k).IsAdj() || p.tg(k).IsNoun() || p.tg(k) == pos.PRPS || p.tg(k) == pos.POS || p.inMention(k)) {
		k++
	}
	return k > i && p.verbAt(k) && p.tg(k) != pos.VBG
}

// mentionAny is entityAt without the source check: an outlet can be an
// addressee.
func (p *parse) mentionAny(i int) (int, bool) {
	if i < 0 || i >= p.n || p.ment[i] < 0 {
		return -1, false
	}
	k := p.ment[i]
	return k, p.s.Mentions[k].Start == i
}

// verbAt reports whether a finite verb or modal is at i, after adverbs.
func (p *parse) verbAt(i int) bool {
	for i < p.n && p.tg(i).IsAdverb() {
		i++
	}
	t := p.tagAt(i)
	return t == pos.MD || t == pos.VBD || t == pos.VBZ || t == pos.VBP || (t == pos.VBN && isHave(p.lowAt(i-1)))
}

// eachOther returns the token where "each other" or "one another" follows
// the group (after an object phrase and a preposition), or -1.
func (p *parse) eachOther(i int) int {
	for k := i; k < p.n && k < i+6; k++ {
		if (p.low[k] == "each" || p.low[k] == "one") && (p.lowAt(k+1) == "other" || p.lowAt(k+1) == "another") {
			return k
		}
		if p.inMention(k) || p.tg(k) == pos.Comma || p.tg(k).IsVerb() {
			return -1
		}
	}
	return -1
}

// symmetric returns the reciprocal relations between coordinated subjects:
// every pair, the predicate being the group and its noun object, if any.
func (p *parse) symmetric(dst []Relation, g *vgroup, each int) []Relation {
	words := append([]int{}, g.words...)
	var end int // the token after the predicate's words
	if each >= 0 {
		// "accused each other", "trading arms with each other": the words
		// before "each other", without its preposition.
		k := g.end
		for k < each && p.isW(k) {
			words = append(words, k)
			k++
		}
		end = each + 2
	} else {
		if !p.reciprocal(g) {
			return dst
		}
		// The noun phrase that is the object: "letters", "a security pact".
		k := g.end
		for k < p.n && k < g.end+maxW && p.isW(k) && !p.tg(k).IsAdverb() {
			words = append(words, k)
			k++
		}
		end = k
	}
	pred := p.predicate(g, words, false)
	for a := 0; a < len(g.subj); a++ {
		for b := a + 1; b < len(g.subj); b++ {
			dst = p.emitSym(dst, g.subj[a], g.subj[b], pred, g, end)
		}
	}
	return dst
}

// reciprocal reports whether a group with no entity object relates its
// coordinated subjects to each other.
func (p *parse) reciprocal(g *vgroup) bool {
	for _, i := range g.words {
		if !p.tg(i).IsVerb() {
			continue
		}
		l := p.lemma(i)
		if !reciprocal[l] {
			continue
		}
		need, ok := reciprocalNeeds[l]
		if !ok {
			return true
		}
		// The lemma needs a fitting noun: "signed a pact", "held talks".
		for k := g.end; k < p.n && k < g.end+maxW+1; k++ {
			if need[p.low[k]] {
				return true
			}
			if !p.isW(k) && p.tg(k) != pos.RP {
				break
			}
		}
	}
	return false
}

// placeArgument reports whether the place after the preposition of a
// phrase is an argument of the verb, not where something happened: "flew
// to Moscow", "struck targets in Syria", but not "met in Beijing" or
// "signed a pact at Camp David".
func (p *parse) placeArgument(g *vgroup, ph phrase) bool {
	allPlaces := true
	for _, o := range ph.obj {
		allPlaces = allPlaces && p.mention(o).Type.IsPlace()
	}
	if !allPlaces {
		return true
	}
	if motionPreps[ph.prep] {
		return true
	}
	switch ph.prep {
	case "in", "at", "on", "near", "inside", "across", "along", "around", "outside", "off", "over", "within", "through", "throughout", "beyond":
		return locative[g.lemma] || g.passive && (g.lemma == "base" || g.lemma == "found" || g.lemma == "headquarter" || g.lemma == "locate")
	}
	return true
}

// passiveRelations returns the relations of a passive group: the agent of
// "was bought by Texaco" as the subject, or, without an agent, "be sold to".
func (p *parse) passiveRelations(dst []Relation, g *vgroup, ph phrase, ok bool) []Relation {
	if len(g.subj) == 0 {
		return dst
	}
	if by, agents := p.agent(g.end); agents != nil {
		pred := p.predicate(g, g.words, false)
		for _, a := range agents {
			for _, s := range g.subj {
				dst = p.emit(dst, a, s, pred, g, by+1, -1, false)
			}
		}
		return dst
	}
	if !ok || !ph.prepObj {
		return dst
	}
	if !p.placeArgument(g, ph) {
		return dst
	}
	pred := p.predicate(g, append(append([]int{}, g.words...), ph.extra...), true)
	for _, s := range g.subj {
		for _, o := range ph.obj {
			dst = p.emit(dst, s, o, pred, g, ph.end, -1, false)
		}
	}
	return dst
}

// agent finds "by" and the entities after it within a few words after a
// passive verb ("was fined 2.4 billion euros by the European Commission",
// "were beaten on penalties by Argentina"), and returns the token of "by".
func (p *parse) agent(i int) (int, []int) {
	for k := i; k < p.n && k < i+6; k++ {
		if p.low[k] == "by" && !p.inMention(k) {
			ms, _ := p.object(k + 1)
			return k, ms
		}
		t := p.tg(k)
		if p.inMention(k) || t == pos.Comma || t.IsVerb() || t == pos.MD || t == pos.Period || t == pos.CC || t == pos.WDT || t == pos.WP {
			return -1, nil
		}
	}
	return -1, nil
}

// predicate builds the predicate from tokens: the head verb lemmatized
// (or "be" and the participle for a passive without agent), the rest lower
// case, with amounts and adverbs left out.
func (p *parse) predicate(g *vgroup, words []int, beParticiple bool) string {
	var b strings.Builder
	for k, i := range words {
		w := p.low[i]
		switch {
		case k == 0 && beParticiple:
			w = "be " + w
		case k == 0:
			w = g.lemma
		case p.tg(i) == pos.CD || p.tg(i) == pos.Dollar:
			continue
		case droppedWords[w] && (!amountWords[w] || p.nearNumber(i)):
			continue
		case p.tg(i).IsAdverb() && i < g.end:
			continue // adverbs inside the verb group
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// nearNumber reports whether a number or currency sign is next to token i,
// or one word away.
func (p *parse) nearNumber(i int) bool {
	for _, k := range []int{i - 2, i - 1, i + 1, i + 2} {
		if t := p.tagAt(k); t == pos.CD || t == pos.Dollar {
			return true
		}
	}
	return false
}

// emit appends a relation from mention s to mention o, with the evidence
// from the group's cue to token end; split is a particle after the object,
// or -1.
func (p *parse) emit(dst []Relation, s, o int, pred string, g *vgroup, end, split int, role bool) []Relation {
	ms, mo := p.mention(s), p.mention(o)
	if ms.Entity == mo.Entity || ms.Source || mo.Source || pred == "" {
		return dst
	}
	start := min(g.cue, g.start)
	r := Relation{
		Subject: ms.Entity, Predicate: pred, Object: mo.Entity,
		Sentence: p.s.Index, Negated: g.neg, Role: role, Mentions: [2]int{s, o},
	}
	r.Text, r.Start, r.End = p.evidence(start, end, split)
	return append(dst, r)
}

func (p *parse) emitSym(dst []Relation, a, b int, pred string, g *vgroup, end int) []Relation {
	n := len(dst)
	dst = p.emit(dst, a, b, pred, g, end, -1, false)
	if len(dst) > n {
		dst[n].Symmetric = true
	}
	return dst
}

// evidence returns the words of tokens [start, end) as they appear in the
// text, with a split particle after " ... ", and their byte span.
func (p *parse) evidence(start, end, split int) (string, int, int) {
	if end <= start {
		end = start + 1
	}
	end = min(end, p.n)
	toks := p.s.Tokens
	var b strings.Builder
	for i := start; i < end; i++ {
		if i > start {
			if toks[i].Start > toks[i-1].End {
				b.WriteByte(' ')
			}
		}
		b.WriteString(toks[i].Text)
	}
	last := toks[end-1].End
	if split >= 0 && split < p.n {
		b.WriteString(" ... ")
		b.WriteString(toks[split].Text)
		last = toks[split].End
	}
	return b.String(), toks[start].Start, last
}
