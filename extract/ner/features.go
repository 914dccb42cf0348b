package ner

import (
	"math/bits"
	"strings"

	"github.com/nergraph/nergraph/extract/ner/tableline"
	"unicode"
	"unicode/utf8"
)

// Labels are BILOU over the four CoNLL types.
const (
	numTypes  = 4
	numLabels = 1 + 4*numTypes
	labelO    = 0
)

var typeNames = [numTypes]string{"PER", "ORG", "LOC", "MISC"}

func typeIndex(t string) int {
	for i, n := range typeNames {
		if n == t {
			return i
		}
	}
	return -1
}

// Label layout: 0 = O; for type t, 1+4t = B, 2+4t = I, 3+4t = L, 4+4t = U.
func labelB(t int) int { return 1 + 4*t }
func labelI(t int) int { return 2 + 4*t }
func labelL(t int) int { return 3 + 4*t }
func labelU(t int) int { return 4 + 4*t }

func labelType(y int) int { return (y - 1) / 4 }
func labelPos(y int) int  { return (y - 1) % 4 } // 0 B, 1 I, 2 L, 3 U

var iob2Tags = func() [numLabels]string {
	var t [numLabels]string
	t[0] = "O"
	for ty, n := range typeNames {
		t[labelB(ty)] = "B-" + n
		t[labelI(ty)] = "I-" + n
		t[labelL(ty)] = "I-" + n
		t[labelU(ty)] = "B-" + n
	}
	return t
}()

// validTransition reports whether label b may follow label a.
func validTransition(a, b int) bool {
	inside := a != labelO && (labelPos(a) == 0 || labelPos(a) == 1)
	if inside {
		return b != labelO && labelType(b) == labelType(a) && (labelPos(b) == 1 || labelPos(b) == 2)
	}
	return b == labelO || labelPos(b) == 0 || labelPos(b) == 3
}

func validStart(b int) bool { return b == labelO || labelPos(b) == 0 || labelPos(b) == 3 }
func validEnd(a int) bool   { return a == labelO || labelPos(a) == 2 || labelPos(a) == 3 }

// bilou converts IOB tags (IOB1 or IOB2) of a sentence to label indices.
// Unknown types become O.
func bilou(tags []string, out []int) []int {
	out = out[:0]
	for range tags {
		out = append(out, labelO)
	}
	for _, s := range Spans(tags) {
		t := typeIndex(s.Type)
		if t < 0 {
			continue
		}
		if s.End-s.Start == 1 {
			out[s.Start] = labelU(t)
			continue
		}
		out[s.Start] = labelB(t)
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = labelI(t)
		}
		out[s.End-1] = labelL(t)
	}
	return out
}

// Case classes of a token.
const (
	clsLower  = iota // "house"
	clsInit          // "House"
	clsCaps          // "NATO", "U.S."
	clsOneCap        // "A", "I"
	clsMixed         // "McDonald", "iPod"
	clsNum           // "1,000", "3.5"
	clsPunct         // ",", "--"
	clsOther         // "1996-08-22", "3-1"
)

func capitalized(cls uint8) bool {
	return cls == clsInit || cls == clsCaps || cls == clsOneCap || cls == clsMixed
}

// Sentence modes: headlines and datelines are often in capitals.
const (
	modeNormal = iota
	modeCaps   // every cased token in capitals
	modeTitle  // every word of four letters or more capitalized
	modeLower  // no capital at all
)

// Token flags.
const (
	flagDigit  = 1 << iota // has a digit
	flagHyphen             // has '-'
	flagPeriod             // has '.'
	flagAlpha              // has a letter
	flagLong               // has four letters or more
)

type tokInfo struct {
	exact, lower, title uint64
	shape, shapeLong    uint64
	cls, flags          uint8
	clus                []uint16
	casev               uint8     // caseTable value of the lower-cased word
	gaz                 [2]uint64 // bit 4*category+position
	hist                uint64    // docState.histValue
	doc                 uint8     // docState flags
	mode                uint8     // the sentence's mode
	forceO              bool      // a label word of a table line: never part of an entity
	widx                int32     // index of the word in docState.list
	// gazWord is what the gazetteer holds for the word alone (0 when
	// nothing) once gazSet says so: it is looked up with the word's other
	// tables, once a word and not once a token (see gazetteer.mark).
	gazWord uint32
	gazSet  bool
}

func analyze(tok string, ti *tokInfo) {
	ti.exact = hashString(tok)
	ti.lower = hashLower(tok)
	cc := charCounts{restLower: true}
	sh, shl := uint64(fnvOffset), uint64(fnvOffset)
	var last byte
	nlong := 0
	first := true
	for _, r := range tok {
		c := cc.add(r, first)
		if c == 'x' || c == 'X' {
			first = false
		}
		if c != last {
			sh ^= uint64(c)
			sh *= fnvPrime
			last = c
		}
		if nlong < 8 {
			shl ^= uint64(c)
			shl *= fnvPrime
			nlong++
		}
	}
	if cc.letters > 0 {
		cc.flags |= flagAlpha
	}
	if cc.letters >= 4 {
		cc.flags |= flagLong
	}
	ti.shape, ti.shapeLong, ti.flags = sh, shl, cc.flags
	ti.cls = cc.class()
	if ti.cls == clsCaps || ti.cls == clsOneCap || ti.cls == clsMixed || ti.cls == clsLower {
		ti.title = hashTitle(tok)
	} else {
		ti.title = ti.exact
	}
}

// charCounts counts the kinds of characters of a token.
type charCounts struct {
	upper, lower, digit, letters, other int
	firstUpper, restLower               bool // the first letter is upper case; no other is
	flags                               uint8
}

// add counts rune r (first: no letter came before it) and returns its
// letter in the token's shape: x, X, d, the character itself for other
// ASCII, o for others.
func (cc *charCounts) add(r rune, first bool) byte {
	switch {
	case r >= 'a' && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r):
		cc.lower++
		cc.letters++
		return 'x'
	case r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
		cc.upper++
		cc.letters++
		if first {
			cc.firstUpper = true
		} else {
			cc.restLower = false
		}
		return 'X'
	case r >= '0' && r <= '9':
		cc.digit++
		cc.flags |= flagDigit
		return 'd'
	case r < utf8.RuneSelf:
		cc.other++
		if r == '-' {
			cc.flags |= flagHyphen
		} else if r == '.' {
			cc.flags |= flagPeriod
		}
		return byte(r)
	case unicode.IsLetter(r):
		cc.letters++
		cc.lower++
		return 'x'
	}
	cc.other++
	return 'o'
}

// class returns the case class of the token counted.
func (cc *charCounts) class() uint8 {
	switch {
	case cc.letters == 0 && cc.digit > 0 && cc.other == 0:
		return clsNum
	case cc.letters == 0 && cc.digit > 0:
		return clsOther
	case cc.letters == 0:
		return clsPunct
	case cc.upper == 0:
		return clsLower
	case cc.lower == 0 && cc.upper == 1:
		return clsOneCap
	case cc.lower == 0:
		return clsCaps
	case cc.firstUpper && cc.restLower:
		return clsInit
	}
	return clsMixed
}

func sentenceMode(info []tokInfo) uint8 {
	cased, lower, caps, long, longCap := 0, 0, 0, 0, 0
	for i := range info {
		ti := &info[i]
		if ti.flags&flagAlpha == 0 || ti.cls == clsNum || ti.cls == clsOther {
			continue
		}
		cased++
		switch ti.cls {
		case clsLower:
			lower++
		case clsCaps, clsOneCap:
			caps++
		}
		if ti.flags&flagLong != 0 {
			long++
			if ti.cls != clsLower {
				longCap++
			}
		}
	}
	switch {
	case cased >= 2 && caps == cased:
		return modeCaps
	case long >= 3 && longCap == long:
		return modeTitle
	case cased >= 3 && lower == cased:
		return modeLower
	}
	return modeNormal
}

// Feature templates. The numbers are part of the model format: changing
// them needs a new model.
const (
	fBias = iota + 1
	fWord
	fLower
	fPrev1
	fNext1
	fPrev2
	fNext2
	fPrevCur
	fCurNext
	fShape
	fShapePrev
	fShapeNext
	fShape3
	fShapeLong
	fPrefix
	fSuffix
	fClsMode
	fCls3
	fClus
	fClusPrev
	fClusNext
	fGaz
	fGazPrev
	fGazNext
	fDoc
	fHist
	fPrevShape
	fShapeNext2
	fFlags
	fLowerMode
	fHistPrev
	fHistNext
	// Second pass: how the other occurrences of the word in the whole
	// document were labeled by the first.
	fHist2
	fHist2Prev
	fHist2Next
	// How the unlabeled text capitalizes the word.
	fCase
	fCaseMode
	fCasePrev
	fCaseNext
)

// Document flags for a lower-cased word, gathered before tagging.
const (
	docLower   = 1 << iota // seen in lower case
	docInitMid             // seen capitalized, not first in a normal sentence
	docCapsMid             // seen in capitals in a normal sentence
	docFirst               // seen capitalized first in a sentence
)

// docState holds what the tagger knows about the document as a whole.
type docState struct {
	words map[uint64]int32 // lower-case hash -> index in list
	list  []docWord
	idx   []int32 // for each token of the document in order, its index in list
	// info holds the tokens of the document in order, analyzed as words
	// by prepare; the tagger analyzes them in context there (baseScores).
	info []tokInfo
}

// docWord is what the document says about one lower-cased word.
type docWord struct {
	flags uint8
	hist  [numTypes + 1]uint16 // labels predicted so far: per type, then O
}

func newDocState() *docState {
	return &docState{words: make(map[uint64]int32)}
}

// word returns the index in d.list of the word with hash h, adding it if
// needed.
func (d *docState) word(h uint64) int32 {
	i, ok := d.words[h]
	if !ok {
		i = int32(len(d.list))
		d.list = append(d.list, docWord{})
		d.words[h] = i
	}
	return i
}

// prepare gathers the document flags. an, when not nil, analyzes a token
// (the tagger passes its cache).
func (d *docState) prepare(doc [][]string, an func(string) *tokInfo) {
	clear(d.words)
	d.list = d.list[:0]
	d.idx = d.idx[:0]
	d.info = d.info[:0]
	for _, s := range doc {
		start := len(d.info)
		for _, t := range s {
			if an != nil {
				d.info = append(d.info, *an(t))
				continue
			}
			var ti tokInfo
			analyze(t, &ti)
			d.info = append(d.info, ti)
		}
		info := d.info[start:]
		mode := sentenceMode(info)
		for i := range info {
			ti := &info[i]
			wi := d.word(ti.lower)
			ti.widx = wi
			d.idx = append(d.idx, wi)
			w := &d.list[wi]
			if ti.flags&flagAlpha == 0 {
				continue
			}
			var f uint8
			switch {
			case ti.cls == clsLower:
				f = docLower
			case mode != modeNormal:
				continue
			case i == 0:
				f = docFirst
			case ti.cls == clsInit || ti.cls == clsMixed:
				f = docInitMid
			case ti.cls == clsCaps:
				f = docCapsMid
			}
			w.flags |= f
		}
	}
}

// record adds the labels predicted for a sentence to the history.
func (d *docState) record(info []tokInfo, labels []int) {
	for i := range info {
		if !capitalized(info[i].cls) {
			continue
		}
		w := &d.list[info[i].widx]
		h := w.hist
		k := numTypes
		if labels[i] != labelO {
			k = labelType(labels[i])
		}
		if h[k] < 65535 {
			h[k]++
		}
		w.hist = h
	}
}

// setHist sets the history value of each token of a sentence: from the
// labels recorded so far when own is nil (first pass), else from the labels
// of the whole document less the token's own label own[i] (second pass).
func (d *docState) setHist(info []tokInfo, own []int) {
	for i := range info {
		info[i].hist = 0
		if !capitalized(info[i].cls) {
			continue
		}
		w := &d.list[info[i].widx]
		o := -1
		if own != nil {
			o = own[i]
		}
		info[i].hist = w.histValue(info[i].cls, o)
	}
}

// clearHist forgets the labels recorded.
func (d *docState) clearHist() {
	for i := range d.list {
		d.list[i].hist = [numTypes + 1]uint16{}
	}
}

// setHist2 sets the history value of each token of a sentence for the
// second pass: from the first pass's labels of the whole document (which
// record has gathered) less the token's own label, own[i]. It reports
// whether any token has a history.
func (d *docState) setHist2(info []tokInfo, own []int) bool {
	d.setHist(info, own)
	for i := range info {
		if info[i].hist != 0 {
			return true
		}
	}
	return false
}

// histValue summarizes the history of a word: 0 none, 1 only O, 2+t mostly
// type t.
func (w *docWord) histValue(cls uint8, own int) uint64 {
	if !capitalized(cls) {
		return 0
	}
	h := w.hist
	if own >= 0 {
		k := numTypes
		if own != labelO {
			k = labelType(own)
		}
		if h[k] > 0 {
			h[k]--
		}
	}
	if h == [numTypes + 1]uint16{} {
		return 0
	}
	best, bn := -1, uint16(0)
	for t := 0; t < numTypes; t++ {
		if h[t] > bn {
			best, bn = t, h[t]
		}
	}
	if best < 0 {
		return 1
	}
	return uint64(2 + best)
}

// resources are the lookup tables features use.
type resources struct {
	gaz      *gazetteer
	clusters *Clusters
	casing   *caseTable
}

// sentFeats holds the features of one sentence: token i has
// feats[offs[i]:offs[i+1]].
type sentFeats struct {
	info  []tokInfo
	feats []uint64
	offs  []int32
}

// lookupWord fills in what the tables say about an analyzed word alone:
// its clusters, its casing and its gazetteer entry.
func (r *resources) lookupWord(ti *tokInfo) {
	ti.clus = r.clustersOf(ti)
	ti.casev = r.casing.lookup(ti.lower)
	if r.gaz != nil {
		ti.gazWord, _ = r.gaz.lookup(mix(fnvOffset, ti.lower))
		ti.gazSet = true
	}
}

func (r *resources) clustersOf(ti *tokInfo) []uint16 {
	if c := r.clusters.lookup(ti.exact); c != nil {
		return c
	}
	if ti.title != ti.exact {
		if c := r.clusters.lookup(ti.title); c != nil {
			return c
		}
	}
	return nil
}

// Hashes of the padding before and after a sentence.
const (
	padBefore = 0x5a5a5a5a5a5a5a5a
	padAfter  = 0xa5a5a5a5a5a5a5a5
)

var padInfo = [2]tokInfo{
	{exact: padBefore, lower: padBefore, title: padBefore, shape: padBefore, shapeLong: padBefore, cls: 15},
	{exact: padAfter, lower: padAfter, title: padAfter, shape: padAfter, shapeLong: padAfter, cls: 15},
}

// Roles a word plays for the token being labeled. The features of a word in
// a role depend only on the word, so the tagger caches their weights.
const (
	roleSelf = iota
	rolePrev1
	roleNext1
	rolePrev2
	roleNext2
	numRoles
)

// appendWordFeats appends the features of the word tok (analyzed as ti) in
// role role.
func appendWordFeats(dst []uint64, role int, ti *tokInfo, tok string) []uint64 {
	add := func(tmpl, v uint64) { dst = append(dst, mix(tmpl, v)) }
	switch role {
	case roleSelf:
		cls := uint64(ti.cls)
		add(fBias, 0)
		add(fWord, ti.exact)
		add(fLower, ti.lower)
		add(fShape, ti.shape)
		add(fShapeLong, ti.shapeLong)
		add(fFlags, uint64(ti.flags)|cls<<8)
		add(fCase, uint64(ti.casev)|cls<<8)
		if ti.flags&flagAlpha != 0 {
			ph := uint64(fnvOffset)
			for k := 1; k <= 4 && k < len(tok); k++ {
				c := tok[k-1]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				ph = (ph ^ uint64(c)) * fnvPrime
				add(fPrefix+uint64(k)<<8, ph)
				add(fSuffix+uint64(k)<<8, hashLower(tok[len(tok)-k:]))
			}
		}
		for l, c := range ti.clus {
			if c != 0 {
				add(fClus+uint64(l)<<8, uint64(c))
				add(fClus+uint64(l)<<8+1<<16, uint64(c)|cls<<16)
			}
		}
	case rolePrev1:
		add(fPrev1, ti.lower)
		add(fCasePrev, uint64(ti.casev>>4))
		for l, c := range ti.clus {
			if c != 0 {
				add(fClusPrev+uint64(l)<<8, uint64(c))
			}
		}
	case roleNext1:
		add(fNext1, ti.lower)
		add(fCaseNext, uint64(ti.casev>>4))
		for l, c := range ti.clus {
			if c != 0 {
				add(fClusNext+uint64(l)<<8, uint64(c))
			}
		}
	case rolePrev2:
		add(fPrev2, ti.lower)
	case roleNext2:
		add(fNext2, ti.lower)
	}
	return dst
}

// roleOffsets are the positions, relative to the token, of the word in
// each role.
var roleOffsets = [numRoles]int{0, -1, 1, -2, 2}

// analyzeSentence fills sf.info for sent.
func (r *resources) analyzeSentence(d *docState, sent []string, sf *sentFeats, pos int) {
	sf.info = sf.info[:0]
	for _, t := range sent {
		var ti tokInfo
		analyze(t, &ti)
		r.lookupWord(&ti)
		ti.widx = d.idx[pos+len(sf.info)]
		sf.info = append(sf.info, ti)
	}
	r.analyzeContext(d, sent, sf.info)
}

// analyzeContext fills in what tokInfo holds about the sentence and the
// document.
func (r *resources) analyzeContext(d *docState, sent []string, info []tokInfo) {
	for i := range info {
		info[i].doc = d.list[info[i].widx].flags
	}
	// The case pattern of the sentence, and in bits 2-3 whether it is a
	// line of a table, of which kind.
	table := tableline.Classify(sent)
	mode := sentenceMode(info) | uint8(table)<<2
	for i := range info {
		info[i].mode = mode
		info[i].forceO = table != tableline.Prose && info[i].flags&flagAlpha != 0 && tableline.IsLabelWord(strings.ToLower(sent[i]))
	}
	r.gaz.mark(info)
}

// extract computes the features of every token of sent but those of
// appendHistFeats, for training.
// pos is the position of the sentence's first token in the document.
func (r *resources) extract(d *docState, sent []string, sf *sentFeats, pos int) {
	r.analyzeSentence(d, sent, sf, pos)
	sf.feats = sf.feats[:0]
	sf.offs = append(sf.offs[:0], 0)
	n := len(sent)
	for i := 0; i < n; i++ {
		sf.feats = appendContextFeats(sf.feats, sf.info, i)
		for role, off := range roleOffsets {
			j := i + off
			switch {
			case j < 0:
				sf.feats = appendWordFeats(sf.feats, role, &padInfo[0], "")
			case j >= n:
				sf.feats = appendWordFeats(sf.feats, role, &padInfo[1], "")
			default:
				sf.feats = appendWordFeats(sf.feats, role, &sf.info[j], sent[j])
			}
		}
		sf.offs = append(sf.offs, int32(len(sf.feats)))
	}
}

// extractContext computes the features of every token that depend on more
// than one word, for tagging; sf.info must hold the analyzed tokens. The
// tagger adds the cached word features.
func (r *resources) extractContext(d *docState, sent []string, sf *sentFeats) {
	r.analyzeContext(d, sent, sf.info)
	sf.feats = sf.feats[:0]
	sf.offs = append(sf.offs[:0], 0)
	for i := range sent {
		sf.feats = appendContextFeats(sf.feats, sf.info, i)
		sf.offs = append(sf.offs, int32(len(sf.feats)))
	}
}

func infoAt(info []tokInfo, i int) *tokInfo {
	if i < 0 {
		return &padInfo[0]
	}
	if i >= len(info) {
		return &padInfo[1]
	}
	return &info[i]
}

// appendContextFeats appends the features of token i that look at more than
// one word or at the sentence and document.
func appendContextFeats(dst []uint64, info []tokInfo, i int) []uint64 {
	n := len(info)
	ti := &info[i]
	p, q := infoAt(info, i-1), infoAt(info, i+1)
	mode := uint64(ti.mode)
	cls := uint64(ti.cls)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	// The eleven fixed features in one append, not eleven: appended one
	// at a time through a closure, dst went through memory each time.
	dst = append(dst,
		mix(fLowerMode, mix(ti.lower, mode<<4|cls)),
		mix(fPrevCur, mix(p.lower, ti.lower)),
		mix(fCurNext, mix(ti.lower, q.lower)),
		mix(fShapePrev, mix(p.shape, ti.shape)),
		mix(fShapeNext, mix(ti.shape, q.shape)),
		mix(fShape3, mix(mix(p.shape, ti.shape), q.shape)),
		mix(fPrevShape, mix(p.lower, ti.shape)),
		mix(fShapeNext2, mix(ti.shape, q.lower)),
		mix(fClsMode, cls|mode<<4|first<<8),
		mix(fCaseMode, uint64(ti.casev)|mode<<8|cls<<12|first<<16),
		mix(fCls3, uint64(p.cls)|cls<<4|uint64(q.cls)<<8|mode<<12))
	capBit := uint64(0)
	if capitalized(ti.cls) {
		capBit = 1
	}
	for w := range 2 {
		o := uint64(64 * w)
		for g := ti.gaz[w]; g != 0; g &= g - 1 {
			dst = append(dst, mix(fGaz, (o+uint64(trailingZeros(g)))<<1|capBit))
		}
		if i > 0 {
			for g := p.gaz[w]; g != 0; g &= g - 1 {
				dst = append(dst, mix(fGazPrev, o+uint64(trailingZeros(g))))
			}
		}
		if i+1 < n {
			for g := q.gaz[w]; g != 0; g &= g - 1 {
				dst = append(dst, mix(fGazNext, o+uint64(trailingZeros(g))))
			}
		}
	}
	return append(dst, mix(fDoc, uint64(ti.doc)|cls<<8|mode<<12))
}

// appendHistFeats appends the features of token i that depend on the labels
// predicted elsewhere in the document: in the sentences before (pass 0),
// or by the first pass in the whole document (pass 1).
func appendHistFeats(dst []uint64, info []tokInfo, i, pass int) []uint64 {
	ti := &info[i]
	hv := ti.hist
	t0, tp, tn := uint64(fHist), uint64(fHistPrev), uint64(fHistNext)
	if pass == 1 {
		t0, tp, tn = fHist2, fHist2Prev, fHist2Next
	}
	dst = append(dst, mix(t0, hv|uint64(ti.cls)<<8))
	if i > 0 {
		dst = append(dst, mix(tp, info[i-1].hist|hv<<8))
	}
	if i+1 < len(info) {
		dst = append(dst, mix(tn, info[i+1].hist|hv<<8))
	}
	return dst
}

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }

// fillFromProse gives a name left unlabeled in a headline, dateline or
// table line the type that the prose of the same document gave it: a run
// of capitalized tokens labeled O that spells, word for word, an entity
// labeled in a prose sentence (of one type only) becomes that entity.
// labels holds the document's labels in BILOU, info its analyzed tokens
// and starts the position of each sentence's first token.
func fillFromProse(info []tokInfo, starts []int, labels []int) {
	ents := proseEntities(info, starts, labels)
	if len(ents) == 0 {
		return
	}
	for si, at := range starts {
		end := sentEnd(starts, si, len(info))
		if at < end && info[at].mode != modeNormal {
			fillSentence(info[at:end], labels[at:end], ents)
		}
	}
}

// proseEntities returns the entities labeled in the prose sentences of a
// document: the phrase hash of their lower-cased words, and their type,
// or -1 for a phrase labeled with several.
func proseEntities(info []tokInfo, starts []int, labels []int) map[uint64]int {
	var ents map[uint64]int
	for si, at := range starts {
		end := sentEnd(starts, si, len(info))
		if at == end || info[at].mode != modeNormal {
			continue
		}
		for i := at; i < end; i++ {
			y := labels[i]
			if y == labelO || labelPos(y) != 0 && labelPos(y) != 3 {
				continue
			}
			t := labelType(y)
			h := uint64(fnvOffset)
			for j := i; j < end; j++ {
				h = mix(h, info[j].lower)
				if labels[j] == labelU(t) || labels[j] == labelL(t) {
					break
				}
			}
			if ents == nil {
				ents = map[uint64]int{}
			}
			if old, ok := ents[h]; ok && old != t {
				t = -1
			}
			ents[h] = t
		}
	}
	return ents
}

// fillSentence labels, in one sentence, the longest runs of capitalized
// tokens labeled O that spell an entity of ents.
func fillSentence(info []tokInfo, labels []int, ents map[uint64]int) {
	for i := 0; i < len(info); i++ {
		if labels[i] != labelO || !capitalized(info[i].cls) {
			continue
		}
		n, t := 0, -1
		h := uint64(fnvOffset)
		for j := i; j < len(info) && j < i+gazMaxLen && labels[j] == labelO && capitalized(info[j].cls); j++ {
			h = mix(h, info[j].lower)
			if et, ok := ents[h]; ok && et >= 0 {
				n, t = j+1-i, et
			}
		}
		switch {
		case n == 1:
			labels[i] = labelU(t)
		case n > 1:
			labels[i] = labelB(t)
			for k := i + 1; k < i+n-1; k++ {
				labels[k] = labelI(t)
			}
			labels[i+n-1] = labelL(t)
			i += n - 1
		}
	}
}

func sentEnd(starts []int, si, total int) int {
	if si+1 < len(starts) {
		return starts[si+1]
	}
	return total
}
