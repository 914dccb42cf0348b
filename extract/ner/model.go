package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sync"

	"github.com/nergraph/nergraph/internal/hashidx"
	"github.com/nergraph/nergraph/internal/varint"
)

// Model is a trained named-entity recognizer: a linear model over hashed
// features with a first-order Viterbi decoder over BILOU labels. A Model is
// safe for concurrent use.
type Model struct {
	res    resources
	scale  float32            // weights are stored as int16(w*scale)
	trans  []int32            // numLabels*numLabels, from*numLabels+to
	start  []int32            // numLabels
	keys   []uint32           // open-addressing table of feature keys, 0 = empty
	rows   [][numLabels]int16 // the weights of each slot
	shift  uint32             // slot = key*mul >> shift
	nfeat  int                // number of features
	pool   sync.Pool          // *tagState
	cache  wordCache          // the words the taggers met
	sorted []savedRow         // features in key order, for Save
	// histZero[cls][prev<<1|next] sums the history features of a token of
	// class cls without history whose neighbours (when present) have none.
	// The same for each pass.
	histZero [2][16][4][numLabels]int32
	// twoPass: a second pass labels each sentence again knowing how the
	// first labeled the words elsewhere in the document.
	twoPass bool
	// Transition scores arranged for viterbi.
	tOpen [len(openers)][len(closers)]int32
	tIn   [numTypes][4]int32 // B->I, I->I, B->L, I->L
}

type savedRow struct {
	key uint32
	w   [numLabels]int16
}

const (
	negInf   = -1 << 28
	slotMul  = 0x9E3779B1
	modelMag = "NERGRAPH-NER\x00"
	modelVer = 2
)

func featKey(h uint64) uint32 {
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// build makes the lookup table from rows sorted by key.
func (m *Model) build() {
	m.nfeat = len(m.sorted)
	size := 1
	bitsN := uint32(0)
	for size < 2*len(m.sorted) || size < 16 {
		size <<= 1
		bitsN++
	}
	m.shift = 32 - bitsN
	m.keys = make([]uint32, size)
	m.rows = make([][numLabels]int16, size)
	mask := uint32(size - 1)
	for _, r := range m.sorted {
		s := (r.key * slotMul) >> m.shift
		for m.keys[s] != 0 {
			s = (s + 1) & mask
		}
		m.keys[s] = r.key
		m.rows[s] = r.w
	}
	m.pool.New = func() any { return newTagState(m) }
	for pass := range 2 {
		for cls := range 16 {
			for edge := range 4 {
				var info [3]tokInfo
				info[1].cls = uint8(cls)
				lo, hi := 1, 2
				if edge&2 != 0 {
					lo = 0
				}
				if edge&1 != 0 {
					hi = 3
				}
				z := &m.histZero[pass][cls][edge]
				for _, f := range appendHistFeats(nil, info[lo:hi], 1-lo, pass) {
					if w := m.lookup(f); w != nil {
						for y := range z {
							z[y] += int32(w[y])
						}
					}
				}
			}
		}
	}
	for j, y := range openers {
		for k, x := range closers {
			m.tOpen[j][k] = m.trans[int(x)*numLabels+int(y)]
		}
	}
	for t := range numTypes {
		b, in, l := 1+4*t, 2+4*t, 3+4*t
		m.tIn[t] = [4]int32{m.trans[b*numLabels+in], m.trans[in*numLabels+in], m.trans[b*numLabels+l], m.trans[in*numLabels+l]}
	}
}

// lookup returns the weights of feature h, or nil.
func (m *Model) lookup(h uint64) *[numLabels]int16 {
	k := featKey(h)
	keys := m.keys
	mask := uint32(len(keys) - 1)
	s := (k * slotMul) >> m.shift
	for {
		c := keys[s&mask]
		if c == k {
			return &m.rows[s&mask]
		}
		if c == 0 {
			return nil
		}
		s++
	}
}

// addFeats adds the weights of the features fs to a token's scores s: the
// lookup of [Model.lookup] and [addRow] in one loop, with no call per
// feature (a token has a few dozen, and a third miss).
func (m *Model) addFeats(s *[numLabels]int32, fs []uint64) {
	keys := m.keys
	mask := uint32(len(keys) - 1)
	for _, f := range fs {
		k := featKey(f)
		for sl := (k * slotMul) >> m.shift; ; sl++ {
			c := keys[sl&mask]
			if c == k {
				addRow(s, &m.rows[sl&mask])
				break
			}
			if c == 0 {
				break
			}
		}
	}
}

// NumFeatures returns the number of features with weights.
func (m *Model) NumFeatures() int { return m.nfeat }

type tagState struct {
	doc    *docState
	sf     sentFeats
	scores []int32
	back   []uint8
	labels []int
	// The words come from the Model's cache, shared by all taggers.
	docEnts []*wordEntry // the cache entry of each token of the document
	pads    *[2]wordWeights
	tmp     []uint64
	// The document's scores without history features (its analyzed
	// tokens are doc.info).
	docBase   []int32
	docLabels []int    // the labels of the first pass, then the second
	starts    []int    // the position of each sentence's first token
	tags      []string // a sentence's tags, for AppendSpans
	spans     []Span   // their spans
	// analyze analyzes a token through the cache.
	analyze func(string) *tokInfo
	// mm, when set, receives each token's max-marginals (confidence.go);
	// mmAt is the position of the sentence being decoded.
	mm          []TokenScores
	mmAt        int
	alpha, beta []int32
}

func newTagState(m *Model) *tagState {
	st := &tagState{doc: newDocState()}
	st.analyze = func(tok string) *tokInfo {
		e := m.wordEntry(st, tok)
		st.docEnts = append(st.docEnts, e)
		return &e.ti
	}
	return st
}

// wordEntry returns the cache entry of the word tok.
func (m *Model) wordEntry(st *tagState, tok string) *wordEntry {
	h := hashString(tok)
	if e := m.cache.get(h); e != nil {
		return e
	}
	e := &wordEntry{h: h}
	analyze(tok, &e.ti)
	m.res.lookupWord(&e.ti)
	m.fillWeights(st, &e.w, &e.ti, tok)
	return m.cache.put(e)
}

func (m *Model) fillWeights(st *tagState, e *wordWeights, ti *tokInfo, tok string) {
	for role := 0; role < numRoles; role++ {
		st.tmp = appendWordFeats(st.tmp[:0], role, ti, tok)
		if role < numNear {
			m.addFeats(&e.near[role], st.tmp)
			continue
		}
		// One feature (see wordWeights): its row, or none.
		if len(st.tmp) == 1 {
			if w := m.lookup(st.tmp[0]); w != nil {
				e.far[role-numNear] = *w
			}
		}
	}
}

func (m *Model) padEntries(st *tagState) (*wordWeights, *wordWeights) {
	if st.pads == nil {
		st.pads = new([2]wordWeights)
		m.fillWeights(st, &st.pads[0], &padInfo[0], "")
		m.fillWeights(st, &st.pads[1], &padInfo[1], "")
	}
	return &st.pads[0], &st.pads[1]
}

// Tag labels the sentences of one document and returns, for each token,
// its CoNLL tag in IOB2: B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC,
// I-MISC or O. Features look at the whole document, so pass a whole article
// at once: how each word is written throughout it, and how it was labeled
// in the sentences before. Tag is safe for concurrent use.
func (m *Model) Tag(doc [][]string) [][]string {
	st := m.pool.Get().(*tagState)
	defer m.pool.Put(st)
	m.label(st, doc)
	out := make([][]string, len(doc))
	pos := 0
	for si, sent := range doc {
		tags := make([]string, len(sent))
		for i, y := range st.docLabels[pos : pos+len(sent)] {
			tags[i] = iob2Tags[y]
		}
		out[si] = tags
		pos += len(sent)
	}
	return out
}

// DocSpan is an entity of a document: its sentence and its span in it.
type DocSpan struct {
	Sentence int
	Span
}

// AppendSpans tags a document as [Model.Tag] does and appends to dst the
// entities of its sentences, in order: for each sentence the [Spans] of
// its tags. It builds no tags, which a caller that wants only the entities
// would make and throw away (a tenth of an article's allocation).
func (m *Model) AppendSpans(dst []DocSpan, doc [][]string) []DocSpan {
	st := m.pool.Get().(*tagState)
	defer m.pool.Put(st)
	m.label(st, doc)
	return st.appendDocSpans(dst, doc)
}

// appendDocSpans appends the spans of the labels label left in st, sentence
// by sentence, to dst.
func (st *tagState) appendDocSpans(dst []DocSpan, doc [][]string) []DocSpan {
	pos := 0
	for si, sent := range doc {
		st.tags = st.tags[:0]
		for _, y := range st.docLabels[pos : pos+len(sent)] {
			st.tags = append(st.tags, iob2Tags[y])
		}
		st.spans = appendSpans(st.spans[:0], st.tags)
		for _, sp := range st.spans {
			dst = append(dst, DocSpan{Sentence: si, Span: sp})
		}
		pos += len(sent)
	}
	return dst
}

// label leaves the BILOU labels of the document's tokens in st.docLabels.
func (m *Model) label(st *tagState, doc [][]string) {
	st.docEnts = st.docEnts[:0]
	st.doc.prepare(doc, st.analyze)
	st.docBase = st.docBase[:0]
	st.docLabels = st.docLabels[:0]
	st.starts = st.starts[:0]
	pos := 0
	for _, sent := range doc {
		st.starts = append(st.starts, pos)
		m.baseScores(st, sent, pos)
		info := st.doc.info[pos : pos+len(sent)]
		st.doc.setHist(info, nil)
		st.mmAt = pos
		labels := m.decode(st, info, st.docBase[pos*numLabels:], 0)
		st.doc.record(info, labels)
		st.docLabels = append(st.docLabels, labels...)
		pos += len(sent)
	}
	// A name the headline or a table line missed takes the type the prose
	// gave it.
	fillFromProse(st.doc.info, st.starts, st.docLabels)
	if m.twoPass {
		pos = 0
		for _, sent := range doc {
			n := len(sent)
			info := st.doc.info[pos : pos+n]
			if st.doc.setHist2(info, st.docLabels[pos:pos+n]) {
				st.mmAt = pos
				labels := m.decode(st, info, st.docBase[pos*numLabels:], 1)
				copy(st.docLabels[pos:], labels)
			}
			pos += n
		}
	}
}

// decode adds the history features of a sentence to its base scores and
// returns the best labels.
func (m *Model) decode(st *tagState, info []tokInfo, base []int32, pass int) []int {
	n := len(info)
	st.labels = st.labels[:0]
	if n == 0 {
		return st.labels
	}
	if cap(st.scores) < n*numLabels {
		st.scores = make([]int32, n*numLabels)
		st.back = make([]uint8, n*numLabels)
	}
	sc := st.scores[:n*numLabels]
	copy(sc, base)
	for i := 0; i < n; i++ {
		s := (*[numLabels]int32)(sc[i*numLabels:])
		st.labels = append(st.labels, 0)
		hasPrev, hasNext := i > 0, i+1 < n
		if info[i].hist == 0 && (!hasPrev || info[i-1].hist == 0) && (!hasNext || info[i+1].hist == 0) {
			// Most tokens have no history: their history features are
			// summed in advance.
			addScores(s, &m.histZero[pass][info[i].cls&15][b2i(hasPrev)<<1|b2i(hasNext)])
			continue
		}
		st.tmp = appendHistFeats(st.tmp[:0], info, i, pass)
		m.addFeats(s, st.tmp)
	}
	for i := range info {
		if info[i].forceO {
			s := sc[i*numLabels : (i+1)*numLabels]
			for y := 1; y < numLabels; y++ {
				s[y] = negInf
			}
		}
	}
	var alpha []int32 // viterbi's forward scores, kept for confidence.go
	if st.mm != nil {
		if cap(st.alpha) < n*numLabels {
			st.alpha, st.beta = make([]int32, n*numLabels), make([]int32, n*numLabels)
		}
		alpha = st.alpha[:n*numLabels]
	}
	m.viterbi(sc, st.back[:n*numLabels], st.labels, alpha)
	if st.mm != nil && slices.ContainsFunc(st.labels, func(y int) bool { return y != labelO }) {
		m.maxMarginals(sc, alpha, st.beta, st.mm[st.mmAt:st.mmAt+n])
	}
	return st.labels
}

// baseScores completes the analysis of a sentence's tokens in st.doc.info,
// as prepare left it, with what the sentence and the document say, and
// appends the scores of all their features but the history ones to
// st.docBase; pos is the position of its first token in the document.
func (m *Model) baseScores(st *tagState, sent []string, pos int) {
	n := len(sent)
	if n == 0 {
		return
	}
	// Words come from the cache, looked up by prepare: their analysis,
	// copied to st.doc.info, and the weights of their features in each
	// role. The tokens are analyzed in context in place, where decode
	// reads them.
	ents := st.docEnts[pos : pos+n]
	st.sf.info = st.doc.info[pos : pos+n]
	m.res.extractContext(st.doc, sent, &st.sf)
	st.sf.info = nil // doc.info's: never to be appended to
	start := len(st.docBase)
	st.docBase = slices.Grow(st.docBase, n*numLabels)[:start+n*numLabels]
	sc := st.docBase[start:]
	pad0, pad1 := m.padEntries(st)
	// word returns the weights of the word at j, padding beyond the sentence.
	word := func(j int) *wordWeights {
		switch {
		case j < 0:
			return pad0
		case j >= n:
			return pad1
		default:
			return &ents[j].w
		}
	}
	for i := 0; i < n; i++ {
		s := (*[numLabels]int32)(sc[i*numLabels:])
		// The five words' weights summed label by label in one pass: role
		// by role, each label's score went to memory and back four times.
		sum5(s, &ents[i].w.near[roleSelf], &word(i - 1).near[rolePrev1], &word(i + 1).near[roleNext1],
			&word(i - 2).far[rolePrev2-numNear], &word(i + 2).far[roleNext2-numNear])
		m.addFeats(s, st.sf.feats[st.sf.offs[i]:st.sf.offs[i+1]])
	}
}

// BILOU structure for Viterbi: the labels that may start a chunk or stand
// outside one (O, B-*, U-*) may follow exactly the labels that end one or
// stand outside (O, L-*, U-*); I-t and L-t may follow only B-t and I-t.
var (
	openers = [1 + 2*numTypes]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16}
	closers = [1 + 2*numTypes]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16}
)

// viterbi finds the best label sequence given emission scores (n x L) and
// the model's transition scores. When alpha is not nil it receives the
// forward scores of each token's labels (n x L), for maxMarginals.
func (m *Model) viterbi(sc []int32, back []uint8, out []int, alpha []int32) {
	n := len(out)
	var bufA, bufB [numLabels]int32
	prev, cur := &bufA, &bufB
	for y := 0; y < numLabels; y++ {
		prev[y] = sc[y] + m.start[y]
	}
	if alpha != nil {
		copy(alpha, prev[:])
	}
	for i := 1; i < n; i++ {
		e := (*[numLabels]int32)(sc[i*numLabels:])
		bk := (*[numLabels]uint8)(back[i*numLabels:])
		// Every index below is a constant (the openers, the closers and
		// each type's inside labels written out), so that no bounds check
		// or table read is left in the loop that runs nine times nine per
		// token.
		pv := [len(closers)]int32{prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]}
		t := &m.tOpen
		cur[0], bk[0] = bestClose(&pv, &t[0], e[0])
		cur[1], bk[1] = bestClose(&pv, &t[1], e[1])
		cur[4], bk[4] = bestClose(&pv, &t[2], e[4])
		cur[5], bk[5] = bestClose(&pv, &t[3], e[5])
		cur[8], bk[8] = bestClose(&pv, &t[4], e[8])
		cur[9], bk[9] = bestClose(&pv, &t[5], e[9])
		cur[12], bk[12] = bestClose(&pv, &t[6], e[12])
		cur[13], bk[13] = bestClose(&pv, &t[7], e[13])
		cur[16], bk[16] = bestClose(&pv, &t[8], e[16])
		tr := &m.tIn
		cur[2], bk[2] = bestInside(prev[1]+tr[0][0], prev[2]+tr[0][1], 1, e[2])
		cur[3], bk[3] = bestInside(prev[1]+tr[0][2], prev[2]+tr[0][3], 1, e[3])
		cur[6], bk[6] = bestInside(prev[5]+tr[1][0], prev[6]+tr[1][1], 5, e[6])
		cur[7], bk[7] = bestInside(prev[5]+tr[1][2], prev[6]+tr[1][3], 5, e[7])
		cur[10], bk[10] = bestInside(prev[9]+tr[2][0], prev[10]+tr[2][1], 9, e[10])
		cur[11], bk[11] = bestInside(prev[9]+tr[2][2], prev[10]+tr[2][3], 9, e[11])
		cur[14], bk[14] = bestInside(prev[13]+tr[3][0], prev[14]+tr[3][1], 13, e[14])
		cur[15], bk[15] = bestInside(prev[13]+tr[3][2], prev[14]+tr[3][3], 13, e[15])
		if alpha != nil {
			copy(alpha[i*numLabels:], cur[:])
		}
		prev, cur = cur, prev
	}
	best, arg := int32(math.MinInt32), 0
	for y := 0; y < numLabels; y++ {
		if v := prev[y]; validEnd(y) && v > best {
			best, arg = v, y
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*numLabels+arg])
		out[i-1] = arg
	}
}

// bestInside is the score of an inside label (I-t or L-t) with emission
// e and its best predecessor: B-t, whose score is vb and label b, or I-t
// (vi, b+1), B-t on a tie. Small enough to be inlined in viterbi's loop.
func bestInside(vb, vi int32, b uint8, e int32) (int32, uint8) {
	if vb >= vi {
		return vb + e, b
	}
	return vi + e, b + 1
}

// bestClose returns the best of pv[k]+row[k], the score of going from
// the label that closes a chunk closers[k] to an opener, plus the opener's
// emission e, and that label, the first of equals. Written out, not looped: it runs nine times a token,
// and was the tagger's largest share of instructions.
func bestClose(pv, row *[len(closers)]int32, e int32) (int32, uint8) {
	best, arg := pv[0]+row[0], closers[0]
	if v := pv[1] + row[1]; v > best {
		best, arg = v, closers[1]
	}
	if v := pv[2] + row[2]; v > best {
		best, arg = v, closers[2]
	}
	if v := pv[3] + row[3]; v > best {
		best, arg = v, closers[3]
	}
	if v := pv[4] + row[4]; v > best {
		best, arg = v, closers[4]
	}
	if v := pv[5] + row[5]; v > best {
		best, arg = v, closers[5]
	}
	if v := pv[6] + row[6]; v > best {
		best, arg = v, closers[6]
	}
	if v := pv[7] + row[7]; v > best {
		best, arg = v, closers[7]
	}
	if v := pv[8] + row[8]; v > best {
		best, arg = v, closers[8]
	}
	return best + e, arg
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sum5 sets s to the sum of five rows of scores, label by label, the last
// two a feature's weights: written out, as it runs once a token.
func sum5(s, a, b, c *[numLabels]int32, d, e *[numLabels]int16) {
	s[0] = a[0] + b[0] + c[0] + int32(d[0]) + int32(e[0])
	s[1] = a[1] + b[1] + c[1] + int32(d[1]) + int32(e[1])
	s[2] = a[2] + b[2] + c[2] + int32(d[2]) + int32(e[2])
	s[3] = a[3] + b[3] + c[3] + int32(d[3]) + int32(e[3])
	s[4] = a[4] + b[4] + c[4] + int32(d[4]) + int32(e[4])
	s[5] = a[5] + b[5] + c[5] + int32(d[5]) + int32(e[5])
	s[6] = a[6] + b[6] + c[6] + int32(d[6]) + int32(e[6])
	s[7] = a[7] + b[7] + c[7] + int32(d[7]) + int32(e[7])
	s[8] = a[8] + b[8] + c[8] + int32(d[8]) + int32(e[8])
	s[9] = a[9] + b[9] + c[9] + int32(d[9]) + int32(e[9])
	s[10] = a[10] + b[10] + c[10] + int32(d[10]) + int32(e[10])
	s[11] = a[11] + b[11] + c[11] + int32(d[11]) + int32(e[11])
	s[12] = a[12] + b[12] + c[12] + int32(d[12]) + int32(e[12])
	s[13] = a[13] + b[13] + c[13] + int32(d[13]) + int32(e[13])
	s[14] = a[14] + b[14] + c[14] + int32(d[14]) + int32(e[14])
	s[15] = a[15] + b[15] + c[15] + int32(d[15]) + int32(e[15])
	s[16] = a[16] + b[16] + c[16] + int32(d[16]) + int32(e[16])
}

// addScores adds the row z to the scores s, written out.
func addScores(s, z *[numLabels]int32) {
	s[0] += z[0]
	s[1] += z[1]
	s[2] += z[2]
	s[3] += z[3]
	s[4] += z[4]
	s[5] += z[5]
	s[6] += z[6]
	s[7] += z[7]
	s[8] += z[8]
	s[9] += z[9]
	s[10] += z[10]
	s[11] += z[11]
	s[12] += z[12]
	s[13] += z[13]
	s[14] += z[14]
	s[15] += z[15]
	s[16] += z[16]
}

// addRow adds a feature's weights to a token's scores.
func addRow(s *[numLabels]int32, w *[numLabels]int16) {
	s[0] += int32(w[0])
	s[1] += int32(w[1])
	s[2] += int32(w[2])
	s[3] += int32(w[3])
	s[4] += int32(w[4])
	s[5] += int32(w[5])
	s[6] += int32(w[6])
	s[7] += int32(w[7])
	s[8] += int32(w[8])
	s[9] += int32(w[9])
	s[10] += int32(w[10])
	s[11] += int32(w[11])
	s[12] += int32(w[12])
	s[13] += int32(w[13])
	s[14] += int32(w[14])
	s[15] += int32(w[15])
	s[16] += int32(w[16])
}

// structural fills in the constraints of BILOU.
func structural(trans, start []int32) {
	for a := 0; a < numLabels; a++ {
		for b := 0; b < numLabels; b++ {
			if !validTransition(a, b) {
				trans[a*numLabels+b] = negInf
			}
		}
		if !validStart(a) {
			start[a] = negInf
		}
	}
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the program, decoded on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = decode(embedded)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}

// ErrFormat is returned by [Load] for data that is not a model.
var ErrFormat = errors.New("not a nergraph NER model")

// Save writes the model in a compact binary form; it is not compressed,
// because decompressing would double the time to load it. It returns the
// first write error.
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	le := binary.LittleEndian
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.WriteString(modelMag)
	uv(modelVer)
	uv(numLabels)
	uv(uint64(b2i(m.twoPass)))
	binary.Write(bw, le, m.scale)
	for _, t := range m.trans {
		sv(int64(t))
	}
	for _, t := range m.start {
		sv(int64(t))
	}
	uv(uint64(len(m.sorted)))
	prev := uint32(0)
	for _, r := range m.sorted {
		uv(uint64(r.key - prev))
		prev = r.key
	}
	// Weights column by column compress better.
	for y := 0; y < numLabels; y++ {
		for _, r := range m.sorted {
			sv(int64(r.w[y]))
		}
	}
	// Gazetteer.
	g := m.res.gaz
	uv(uint64(len(g.keys)))
	for i, k := range g.keys {
		binary.Write(bw, le, k)
		uv(uint64(g.vals[i]))
	}
	// Clusters.
	c := m.res.clusters
	if c == nil {
		c = &Clusters{}
	}
	uv(uint64(len(c.Levels)))
	for _, l := range c.Levels {
		uv(uint64(l))
	}
	uv(uint64(len(c.keys)))
	nl := len(c.Levels)
	for i, k := range c.keys {
		binary.Write(bw, le, k)
		for _, id := range c.ids[i*nl : (i+1)*nl] {
			uv(uint64(id))
		}
	}
	// Case table.
	ct := m.res.casing
	if ct == nil {
		ct = &caseTable{}
	}
	uv(uint64(len(ct.keys)))
	for i, k := range ct.keys {
		binary.Write(bw, le, k)
		bw.WriteByte(ct.vals[i])
	}
	return bw.Flush()
}

// LoadFile loads the model in the file path, or returns the embedded one
// ([Default]) when path is "". Errors name the file.
func LoadFile(path string) (*Model, error) {
	if path == "" {
		return Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return m, nil
}

// Load reads a model written by [Model.Save], possibly gzip-compressed. It
// returns [ErrFormat] (wrapped) when r does not hold a model.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
	}
	return decode(data)
}

func decode(data []byte) (*Model, error) {
	d := &decoder{b: data}
	if !bytes.HasPrefix(data, []byte(modelMag)) {
		return nil, ErrFormat
	}
	d.b = d.b[len(modelMag):]
	ver := d.uv()
	if ver != 1 && ver != modelVer {
		return nil, fmt.Errorf("%w: version %d, want 1 or %d", ErrFormat, ver, modelVer)
	}
	if n := d.uv(); n != numLabels {
		return nil, fmt.Errorf("%w: %d labels, want %d", ErrFormat, n, numLabels)
	}
	m := &Model{trans: make([]int32, numLabels*numLabels), start: make([]int32, numLabels)}
	if ver >= 2 {
		m.twoPass = d.uv() == 1
	}
	m.scale = math.Float32frombits(uint32(d.fixed(4)))
	for i := range m.trans {
		m.trans[i] = int32(d.sv())
	}
	for i := range m.start {
		m.start[i] = int32(d.sv())
	}
	nf := d.count(1)
	m.sorted = make([]savedRow, nf)
	d.keys(m.sorted)
	for y := 0; y < numLabels; y++ {
		d.weights(m.sorted, y)
	}
	g := newGazetteer()
	ng := d.count(9)
	g.keys = make([]uint64, ng)
	g.vals = make([]uint32, ng)
	d.gazetteer(g.keys, g.vals)
	g.index()
	m.res.gaz = g
	c := &Clusters{}
	nl := d.count(1)
	for i := 0; i < nl; i++ {
		c.Levels = append(c.Levels, int(d.uv()))
	}
	nc := d.count(8 + nl)
	c.keys = make([]uint64, nc)
	c.ids = make([]uint16, nc*nl)
	for i := 0; i < nc; i++ {
		c.keys[i] = d.fixed(8)
		for j := range nl {
			c.ids[i*nl+j] = uint16(d.uv())
		}
	}
	c.idx = hashidx.New(c.keys)
	m.res.clusters = c
	if ver >= 2 {
		ct := &caseTable{}
		n := d.count(9)
		ct.keys = make([]uint64, n)
		ct.vals = make([]uint8, n)
		for i := range n {
			ct.keys[i] = d.fixed(8)
			ct.vals[i] = uint8(d.fixed(1))
		}
		ct.idx = hashidx.New(ct.keys)
		m.res.casing = ct
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, d.err)
	}
	structural(m.trans, m.start)
	m.build()
	return m, nil
}

// gazetteer reads the gazetteer's phrases: each a hash of eight bytes, in
// increasing order, and its type set, a number of four or five bytes most
// often, read with no call but varint.Uvarint's.
func (d *decoder) gazetteer(keys []uint64, vals []uint32) {
	if d.err != nil {
		return
	}
	b := d.b
	prev := uint64(0)
	for i := range keys {
		if len(b) < 8 {
			d.err = errTrunc
			return
		}
		k := binary.LittleEndian.Uint64(b)
		v, n := varint.Uvarint(b[8:])
		if n <= 0 {
			d.err = errTrunc
			return
		}
		if i > 0 && k <= prev {
			d.err = errors.New("gazetteer keys out of order")
			return
		}
		keys[i], vals[i], prev = k, uint32(v), k
		b = b[8+n:]
	}
	d.b = b
}

type decoder struct {
	b   []byte
	err error
}

var errTrunc = errors.New("truncated model data")

// uv reads an unsigned varint. A number of one byte, most of the
// gazetteer's and the clusters' numbers, is read in line. After an error
// it may still read such a number (below 128), which decode throws away
// with the model.
func (d *decoder) uv() uint64 {
	if b := d.b; len(b) > 0 && b[0] < 0x80 {
		d.b = b[1:]
		return uint64(b[0])
	}
	return d.uvSlow()
}

// uvSlow is uv past its first case: a number of two bytes (most cluster
// ids) in line, a longer one eight bytes at a time (internal/varint): the
// gazetteer's type sets are numbers of four and five bytes.
func (d *decoder) uvSlow() uint64 {
	if d.err != nil {
		return 0
	}
	if b := d.b; len(b) > 1 && b[1] < 0x80 {
		d.b = b[2:]
		return uint64(b[0]&0x7f) | uint64(b[1])<<7
	}
	x, n := varint.Uvarint(d.b)
	if n <= 0 {
		d.err = errTrunc
		return 0
	}
	d.b = d.b[n:]
	return x
}

// keys reads the keys of the rows, each written as its difference from
// the one before, as uv reads each, with the numbers of up to three bytes,
// nearly all of them, read in line.
func (d *decoder) keys(rows []savedRow) {
	if d.err != nil {
		return
	}
	b := d.b
	key := uint32(0)
	for i := range rows {
		var u uint64
		switch {
		case len(b) > 0 && b[0] < 0x80:
			u, b = uint64(b[0]), b[1:]
		case len(b) > 1 && b[1] < 0x80:
			u, b = uint64(b[0]&0x7f)|uint64(b[1])<<7, b[2:]
		case len(b) > 2 && b[1] >= 0x80 && b[2] < 0x80:
			u, b = uint64(b[0]&0x7f)|uint64(b[1]&0x7f)<<7|uint64(b[2])<<14, b[3:]
		default:
			x, n := binary.Uvarint(b)
			if n <= 0 {
				d.err = errTrunc
				return
			}
			u, b = x, b[n:]
		}
		key += uint32(u)
		rows[i].key = key
	}
	d.b = b
}

// weights reads the weights of label y of every row, as sv reads each,
// with the one- and two-byte numbers, nearly all of them, read in line:
// decoding the model was most of the program's start.
func (d *decoder) weights(rows []savedRow, y int) {
	if d.err != nil {
		return
	}
	b := d.b
	for i := range rows {
		var u uint64
		switch {
		case len(b) > 0 && b[0] < 0x80:
			u, b = uint64(b[0]), b[1:]
		case len(b) > 1 && b[1] < 0x80:
			u, b = uint64(b[0]&0x7f)|uint64(b[1])<<7, b[2:]
		default:
			x, n := binary.Uvarint(b)
			if n <= 0 {
				d.err = errTrunc
				return
			}
			u, b = x, b[n:]
		}
		rows[i].w[y] = int16(int64(u>>1) ^ -int64(u&1)) // zig-zag, as binary.Varint reads it
	}
	d.b = b
}

func (d *decoder) sv() int64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errTrunc
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) fixed(n int) uint64 {
	if d.err != nil || len(d.b) < n {
		d.err = errTrunc
		return 0
	}
	if n == 8 {
		x := binary.LittleEndian.Uint64(d.b)
		d.b = d.b[8:]
		return x
	}
	var x uint64
	for i := n - 1; i >= 0; i-- {
		x = x<<8 | uint64(d.b[i])
	}
	d.b = d.b[n:]
	return x
}

// count reads a length whose items take at least min bytes each, so that
// corrupt data cannot ask for a huge allocation.
func (d *decoder) count(min int) int {
	n := d.uv()
	if d.err == nil && n > uint64(len(d.b)/min+1) {
		d.err = errTrunc
		return 0
	}
	return int(n)
}
