package relate

import (
	"slices"
	"strings"
	"sync"

	"github.com/nergraph/nergraph/extract/pos"
)

// parse is one sentence read for relations: tokens with tags, lower-case
// words and the mention at each token, and its verb groups.
type parse struct {
	s    Sentence
	n    int
	tag  []pos.Tag
	low  []string
	ment []int // index into s.Mentions of the mention at each token, -1 for none
	vgs  []*vgroup
	// cut is the token from which no verb group starts (n, unless
	// AppendRelationsPrefix sets it), read the furthest token whose tag
	// the rules read.
	cut, read int

	// Kept for the next sentence: the lower-case letters, the word ends,
	// and the groups made so far (vgs holds the first used of them).
	buf      []byte
	wordEnds []int
	groups   []*vgroup
	used     int
}

// parses keeps parse values for reuse: a sentence then allocates little
// more than its lower-case words and its relations.
var parses = sync.Pool{New: func() any { return new(parse) }}

// kinds of verb groups.
const (
	finite     = iota
	infinitive // "to sign a treaty", after something that is not a verb
	gerund     // "of supplying weapons", "after leaving"
	participle // "VMware, bought by Broadcom", "a retailer founded in China"
)

// vgroup is a verb group: the verbs of one clause with their auxiliaries,
// modals, adverbs and infinitive chains ("has never sent", "agreed to buy",
// "is set to station").
type vgroup struct {
	start, end int   // tokens [start, end)
	words      []int // the tokens of the predicate: the head verb first, then verbs, "to"s and particles
	head       int   // the head verb, -1 when there is none
	lemma      string
	kind       int
	neg        bool
	cue        int // first token of the negation or of the group, for the evidence text
	passive    bool
	subj       []int // mentions of the subject, resolved
	relObj     []int // the antecedent of an object relative pronoun before the subject
	pronoun    bool  // the subject is a pronoun of the sentence
	obj        []int // mentions of the object, when found
	objEnd     int   // token after the object, -1 when there is none
	attrib     bool  // reports speech: no relation from this group
	negClause  bool  // "denied that ...": the next clause is negated
}

// newParse returns a parse of s from the pool; release puts it back.
func newParse(s Sentence) *parse {
	p := parses.Get().(*parse)
	n := len(s.Tokens)
	p.s, p.n = s, n
	p.cut, p.read = n, -1
	p.tag = slices.Grow(p.tag[:0], n)[:n]
	clear(p.tag[copy(p.tag, s.Tags):])
	p.low = slices.Grow(p.low[:0], n)[:n]
	p.ment = slices.Grow(p.ment[:0], n)[:n]
	p.wordEnds = slices.Grow(p.wordEnds[:0], n)[:n]
	p.vgs = p.vgs[:0]
	p.used = 0
	// The lower-case words, cut from one string: one allocation a sentence.
	buf := p.buf[:0]
	for i, t := range s.Tokens {
		buf = appendLower(buf, t.Text)
		p.wordEnds[i] = len(buf)
		p.ment[i] = -1
	}
	p.buf = buf
	all := string(buf)
	for i := range n {
		from := 0
		if i > 0 {
			from = p.wordEnds[i-1]
		}
		p.low[i] = all[from:p.wordEnds[i]]
	}
	defer p.repairVerbs()
	for k, m := range s.Mentions {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		free := true
		for i := m.Start; i < m.End; i++ {
			free = free && p.ment[i] < 0
		}
		if !free {
			continue // overlapping mentions: keep the first
		}
		for i := m.Start; i < m.End; i++ {
			p.ment[i] = k
		}
	}
	return p
}

// appendLower appends a token lower-cased, with typographic apostrophes as
// ASCII ones.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			return append(b, strings.ReplaceAll(strings.ToLower(s), "’", "'")...)
		}
	}
	n := len(b)
	b = append(b, s...)
	for i := n; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

func (p *parse) tagAt(i int) pos.Tag {
	if i < 0 || i >= p.n {
		return pos.None
	}
	return p.tg(i)
}

// tg returns the tag of token i, which must be in the sentence, noting
// how far the rules have read: a sentence tagged only up to its last
// entity and a few words more must be tagged whole when they read further
// (see [AppendRelationsPrefix]).
func (p *parse) tg(i int) pos.Tag {
	p.read = max(p.read, i)
	return p.tag[i]
}

func (p *parse) lowAt(i int) string {
	if i < 0 || i >= p.n {
		return ""
	}
	return p.low[i]
}

func (p *parse) inMention(i int) bool { return i >= 0 && i < p.n && p.ment[i] >= 0 }

// entity reports whether token i begins a mention that may end a relation,
// and returns the mention's index.
func (p *parse) entityAt(i int) (int, bool) {
	if i < 0 || i >= p.n || p.ment[i] < 0 {
		return -1, false
	}
	k := p.ment[i]
	m := p.s.Mentions[k]
	if m.Start != i || m.Source || m.Entity == "" {
		return k, false
	}
	return k, true
}

// entityEnding is entityAt for the mention whose last token is i.
func (p *parse) entityEnding(i int) (int, bool) {
	if i < 0 || i >= p.n || p.ment[i] < 0 {
		return -1, false
	}
	k := p.ment[i]
	m := p.s.Mentions[k]
	if m.End != i+1 || m.Source || m.Entity == "" {
		return k, false
	}
	return k, true
}

func (p *parse) mention(k int) *Mention { return &p.s.Mentions[k] }

func (p *parse) lemma(i int) string { return pos.Lemma(p.s.Tokens[i].Text, p.tg(i)) }

func isBe(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m":
		return true
	}
	return false
}

func isHave(w string) bool {
	switch w {
	case "have", "has", "had", "having", "'ve", "'d":
		return true
	}
	return false
}

func isDo(w string) bool { return w == "do" || w == "does" || w == "did" }

func isNeg(w string) bool { return w == "not" || w == "n't" || w == "never" }

// adjectival reports whether the participle at i modifies a noun: "the
// disputed region", "an armoured train".
func (p *parse) adjectival(i int) bool {
	t := p.tg(i)
	if t != pos.VBN && t != pos.VBG && t != pos.VBD {
		return false
	}
	prev, next := p.tagAt(i-1), p.tagAt(i+1)
	before := prev == pos.DT || prev == pos.PRPS || prev.IsAdj() || prev == pos.POS || prev == pos.CD ||
		prev == pos.CC && (t == pos.VBN || t == pos.VBD) && (next == pos.NN || next == pos.NNS) && p.tagAt(i-2).IsNoun() // "the business and related assets"
	after := next.IsNoun() || next.IsAdj()
	return before && after && !p.inMention(i+1) || before && next.IsNoun() && p.inMention(i+1) && prev == pos.DT
}

// verbGroups finds the verb groups of the sentence, left to right.
func (p *parse) verbGroups() {
	for i := 0; i < p.cut; {
		if p.inMention(i) || !p.startsGroup(i) {
			i++
			continue
		}
		j := p.extendGroup(i)
		if j <= i {
			i++
			continue
		}
		g := p.newGroup(i, j)
		p.analyzeGroup(g)
		if g.head >= 0 {
			p.vgs = append(p.vgs, g)
		} else {
			p.used-- // not kept: the next group reuses it
		}
		i = j
	}
}

// newGroup returns a verb group of tokens [start, end), reusing one of an
// earlier sentence when it can.
func (p *parse) newGroup(start, end int) *vgroup {
	var g *vgroup
	if p.used < len(p.groups) {
		g = p.groups[p.used]
		*g = vgroup{words: g.words[:0]}
	} else {
		g = new(vgroup)
		p.groups = append(p.groups, g)
	}
	p.used++
	g.start, g.end, g.head, g.cue, g.objEnd = start, end, -1, start, -1
	return g
}

// release returns p to the pool, dropping what refers to the sentence.
func (p *parse) release() {
	p.s = Sentence{}
	clear(p.low)
	for _, g := range p.groups[:p.used] {
		g.subj, g.relObj, g.obj = nil, nil, nil
	}
	parses.Put(p)
}

func (p *parse) startsGroup(i int) bool {
	t := p.tg(i)
	switch {
	case t == pos.TO:
		return p.tagAt(i+1) == pos.VB && !p.inMention(i+1)
	case t == pos.MD:
		return true
	case t.IsVerb():
		return !p.adjectival(i)
	case t.IsAdverb() && isNeg(p.low[i]):
		return false
	case (t.IsAdj() || t.IsNoun()) && strings.HasSuffix(p.low[i], "ed") && relativePronouns[p.lowAt(i-1)]:
		// "who co-founded OpenAI": the tagger may miss an unknown verb.
		p.tag[i] = pos.VBD
		return true
	}
	// "according to": the tagger may call it VBG or something else.
	return p.low[i] == "according" && p.lowAt(i+1) == "to"
}

// extendGroup returns the end of the verb group that starts at i.
func (p *parse) extendGroup(i int) int {
	j := i
	for j < p.n && !p.inMention(j) {
		t, w := p.tg(j), p.low[j]
		switch {
		case t == pos.MD || t.IsVerb():
			if j > i && t == pos.VBG && p.tagAt(j-1) == pos.IN {
				return j
			}
			// A participle right after an object noun starts no new verb.
			j++
		case t == pos.TO && p.tagAt(j+1) == pos.VB && !p.inMention(j+1) && j > i:
			j += 2
		case t == pos.RP && j > i && p.tg(j-1).IsVerb():
			j++
		case (t.IsAdverb() || w == "no" || w == "yet" || groupAdverbs[w]) && j > i && p.verbFollows(j):
			j++
		case j > i && strings.HasSuffix(w, "ing") && len(w) > 5 && catenative[p.lemma(j-1)] && p.tg(j-1).IsVerb():
			// "denied trading arms": the tagger may call the gerund a noun.
			p.tag[j] = pos.VBG
			j++
		case futureMarkers[w] || unableMarkers[w]:
			// "is set to", "is due to", "was unable to" after be.
			if j > i && isBe(p.low[j-1]) && p.lowAt(j+1) == "to" && p.tagAt(j+2) == pos.VB {
				j += 3
				continue
			}
			return j
		case w == "according" && j == i:
			j++
		default:
			return j
		}
	}
	return j
}

// verbFollows reports whether adverbs from i lead to a verb, a modal, or
// "to" and a verb.
func (p *parse) verbFollows(i int) bool {
	for k := i; k < p.n && k < i+4; k++ {
		t := p.tg(k)
		if p.inMention(k) {
			return false
		}
		switch {
		case t.IsVerb() || t == pos.MD:
			return true
		case t == pos.TO:
			return p.tagAt(k+1) == pos.VB
		case t.IsAdverb() || p.low[k] == "no" || p.low[k] == "longer" || p.low[k] == "yet" || groupAdverbs[p.low[k]]:
			continue
		}
		return false
	}
	return false
}

// analyzeGroup finds a group's head verb, its predicate words, negation,
// voice and kind: the kind its first word shows, what each word adds, a
// negation before the group, then the kind its head shows.
func (p *parse) analyzeGroup(g *vgroup) {
	p.leadKind(g)
	negCue := p.groupWords(g)
	if g.head < 0 {
		// "is" alone is the copula; a group of only auxiliaries ends in its last verb.
		for i := g.end - 1; i >= g.start; i-- {
			if p.tg(i).IsVerb() {
				g.head = i
				g.words = []int{i}
				break
			}
		}
	}
	if g.head >= 0 && g.lemma == "" {
		g.lemma = p.lemma(g.head)
	}
	// Trailing "to"s and particles that lead nowhere are dropped.
	for len(g.words) > 1 && p.tg(g.words[len(g.words)-1]) == pos.TO {
		g.words = g.words[:len(g.words)-1]
	}
	if k := p.negationBefore(g.start); k >= 0 {
		g.neg = true
		negCue = k
	}
	if negCue >= 0 {
		g.cue = negCue
	}
	p.headKind(g)
}

// leadKind sets the kind of group g that its first word shows: "to" starts
// an infinitive, a -ing form after a preposition a gerund.
func (p *parse) leadKind(g *vgroup) {
	if p.tg(g.start) == pos.TO {
		g.kind = infinitive
	} else if p.tagAt(g.start-1) == pos.IN && p.tg(g.start) == pos.VBG && !subordinators[p.lowAt(g.start-1)] ||
		p.tagAt(g.start-1) == pos.IN && p.tg(g.start) == pos.VBG && (p.lowAt(g.start-1) == "after" || p.lowAt(g.start-1) == "before" || p.lowAt(g.start-1) == "since" || p.lowAt(g.start-1) == "while") {
		g.kind = gerund
	}
}

// groupWords walks the words of group g, adding what each says to g's
// predicate words, head, negation and voice. It returns the first word of
// the first negation, or -1.
func (p *parse) groupWords(g *vgroup) (negCue int) {
	negCue = -1
	beAux := false // a form of be (or get) came before: a participle after it is passive
	for i := g.start; i < g.end; i++ {
		t, w := p.tg(i), p.low[i]
		next := p.nextVerb(i+1, g.end)
		switch {
		case w == "according":
			g.words = append(g.words, i)
			g.head, g.lemma = i, "accord"
			g.attrib = true
		case t == pos.MD:
			// modals are dropped
		case isNeg(w):
			g.neg, negCue = true, firstCue(negCue, i)
		case w == "no" && p.lowAt(i+1) == "longer":
			g.neg, negCue = true, firstCue(negCue, i)
			i++
		case w == "yet" && p.lowAt(i+1) == "to":
			g.neg, negCue = true, firstCue(negCue, i)
			i++ // "to"
		case t.IsAdverb() || w == "longer" || groupAdverbs[w]:
			// adverbs are dropped
		case (futureMarkers[w] || unableMarkers[w]) && p.lowAt(i+1) == "to" && i > g.start && isBe(p.low[i-1]):
			if unableMarkers[w] {
				g.neg, negCue = true, firstCue(negCue, i-1)
			}
			beAux = false
			i++ // "to"
		case t == pos.TO, t == pos.RP:
			if len(g.words) > 0 {
				g.words = append(g.words, i)
			}
		case (isBe(w) || isHave(w) || isDo(w)) && next >= 0 && !(isHave(w) && p.lowAt(i+1) == "to"):
			beAux = beAux || isBe(w) || w == "get" || w == "got"
			if isBe(w) && p.lowAt(i+1) == "to" {
				i++ // "is to visit": a future
			}
		case (isHave(w) || isBe(w)) && p.lowAt(i+1) == "to" && next >= 0:
			i++ // "has to pay", "is to meet"
		case t.IsVerb() && len(g.words) == 0 && negVerbs[p.lemma(i)] && p.lemma(i) != "deny" && p.lowAt(i+1) == "to" && next >= 0:
			g.neg, negCue = true, firstCue(negCue, i) // "refused to sign"
			i++
		case t.IsVerb() && len(g.words) == 0 && p.lemma(i) == "deny" && next >= 0 && p.tg(next) == pos.VBG:
			g.neg, negCue = true, firstCue(negCue, i) // "denied supplying"
		case t.IsVerb():
			if len(g.words) == 0 {
				g.head = i
				if beAux && (t == pos.VBN || t == pos.VBD) {
					g.passive = true
				}
			}
			g.words = append(g.words, i)
		}
	}
	return negCue
}

// firstCue returns cue, the cue of an earlier negation, or i when there
// was none (cue < 0).
func firstCue(cue, i int) int {
	if cue < 0 {
		return i
	}
	return cue
}

// negationBefore returns the negation right before a group that starts at
// token start, past adverbs ("no longer holds", "never met"), or -1.
func (p *parse) negationBefore(start int) int {
	k := start - 1
	for k >= 0 && p.tg(k).IsAdverb() && !isNeg(p.low[k]) && !(p.low[k] == "longer" && p.lowAt(k-1) == "no") && !p.inMention(k) {
		k--
	}
	if k >= 1 && p.low[k] == "longer" && p.low[k-1] == "no" {
		k--
	}
	if k >= 0 && !p.inMention(k) && (isNeg(p.low[k]) || p.low[k] == "no" && p.lowAt(k+1) == "longer") {
		return k
	}
	return -1
}

// headKind sets the kind of a group that looked finite from what its head
// shows: a participle ("VMware, bought by Broadcom, ..."), which is
// passive, or a gerund (", speaking after ...").
func (p *parse) headKind(g *vgroup) {
	if g.kind == finite && g.head >= 0 && !g.passive && g.head == g.start && (p.tg(g.head) == pos.VBN) &&
		!p.hasSubjectBefore(g.start) && !p.afterConjunction(g.start) {
		g.kind = participle
	}
	if g.kind == finite && g.head == g.start && p.tagAt(g.start-1) == pos.Comma &&
		(p.lowAt(g.end) == "by" && (p.tg(g.head) == pos.VBD || p.tg(g.head) == pos.VBN) ||
			p.lowAt(g.end) == "in" && p.tg(g.head) == pos.VBN) {
		g.kind = participle // "VMware, bought by Broadcom, ..."
	}
	if g.kind == finite && g.head == g.start && p.tg(g.head) == pos.VBG && (p.tagAt(g.start-1) == pos.Comma || g.start == 0) {
		g.kind = gerund // ", speaking after ..."
	}
	if g.kind == participle {
		g.passive = true // "bought by Broadcom", "founded in China"
	}
}

// nextVerb returns the next verb token in [i, end), skipping adverbs,
// "to" and markers, or -1.
func (p *parse) nextVerb(i, end int) int {
	for k := i; k < end; k++ {
		if p.tg(k).IsVerb() {
			return k
		}
		if p.tg(k) == pos.MD {
			return k
		}
	}
	return -1
}

// hasSubjectBefore reports whether a noun, pronoun or mention stands right
// before token i, as a subject would.
func (p *parse) hasSubjectBefore(i int) bool {
	k := i - 1
	for k >= 0 && p.tg(k).IsAdverb() {
		k--
	}
	if k < 0 {
		return false
	}
	if p.inMention(k) {
		return true
	}
	t := p.tg(k)
	return t == pos.PRP || t == pos.WP || t == pos.WDT
}

// afterConjunction reports whether "and", "but" or "or" comes before token
// i, after adverbs: the verb then shares the clause before.
func (p *parse) afterConjunction(i int) bool {
	k := i - 1
	for k >= 0 && p.tg(k).IsAdverb() {
		k--
	}
	w := p.lowAt(k)
	return w == "and" || w == "but" || w == "or"
}

// retagged reports whether a verb group starting in [from, to] could
// retag a word there: one ending in -ed after a relative pronoun
// (startsGroup) or in -ing (extendGroup).
func (p *parse) retagged(from, to int) bool {
	for i := max(from, 0); i <= to && i < p.n; i++ {
		w := p.low[i]
		if strings.HasSuffix(w, "ed") && relativePronouns[p.lowAt(i-1)] || strings.HasSuffix(w, "ing") && len(w) > 5 {
			return true
		}
	}
	return false
}

// repairVerbs retags a verb that the tagger took for a noun or adjective
// right after a subject: "Kestrel Dynamics supplies engines" (supplies as
// NNS), "Musk co-founded OpenAI" (JJ). The word must inflect a known verb
// and be followed by what can be its object, not by another verb ("Apple
// shares rose").
func (p *parse) repairVerbs() {
	for i := 1; i < p.n-1; i++ {
		if p.inMention(i) || !p.inMention(i-1) {
			continue
		}
		t, w := p.tg(i), p.low[i]
		if !(t == pos.NN || t == pos.NNS || t.IsAdj()) {
			continue
		}
		k := p.ment[i-1]
		if p.mention(k).End != i || !p.subjectPosition(p.mention(k).Start) {
			continue
		}
		next := p.tg(i + 1)
		if !(next == pos.DT || next == pos.PRPS || next.IsNoun() || next == pos.IN || next == pos.TO || next == pos.CD || p.inMention(i+1)) || next.IsVerb() {
			continue
		}
		switch {
		case strings.HasSuffix(w, "s") && (t == pos.NNS || t == pos.NN) && pos.IsVerbBase(pos.Lemma(w, pos.VBZ)):
			p.tag[i] = pos.VBZ
		case strings.HasSuffix(w, "ed") && pos.IsVerbBase(pos.Lemma(w, pos.VBD)):
			p.tag[i] = pos.VBD
		}
	}
}

// subjectPosition reports whether a noun phrase starting at token i can be
// a subject: it starts the sentence or follows a determiner, a comma, a
// conjunction or a subordinator, not a preposition or a verb.
func (p *parse) subjectPosition(i int) bool {
	j := i - 1
	for j >= 0 && (p.tg(j) == pos.DT || p.tg(j) == pos.PDT) {
		j--
	}
	if j < 0 {
		return true
	}
	t, w := p.tg(j), p.low[j]
	return t == pos.Comma || t == pos.CC || t == pos.Quote || t == pos.Colon || t == pos.LParen || subordinators[w] || relativePronouns[w]
}
