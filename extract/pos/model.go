package pos

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Model is a trained part-of-speech tagger and chunker: two averaged
// perceptrons over hashed features, decoded greedily from left to right
// with the two previous tags as features. A Model is safe for concurrent
// use.
type Model struct {
	pos   linear // classes: Tag values
	chunk linear // classes: Chunk values
	// chunkData is the chunker's weights as saved, which the embedded
	// model decodes on the first chunking (decode's lazyChunker), nil
	// once decoded or when Decode did.
	chunkData []byte
	vocab     []string // frequent training words, whose feature sums are kept
	cls       clusterMap
	tab       *tables
	pool      sync.Pool // *scratch
}

// tables are the sums of weights that the model computes once at load, so
// that tagging a token costs a few additions and few lookups: the features
// of each frequent word in each role, the tag history, the chunker's tag
// n-grams.
type tables struct {
	// index finds a vocab word's entry and its analysis and sums, made
	// the first time the word is met: a run meets a few thousand of
	// them, and the model loads in a third of the time it took to sum
	// them all.
	index     vocabIndex
	chunkW    []chunkSums // per vocab word, filled on the first chunking
	chunkOnce sync.Once
	unknown   *unknownCache
	pads      [2]word
	padPOS    [2]roleSums
	padChk    [2]chunkSums

	// t1 is the weights of the previous tag plus the bias, t2t1 those of
	// the previous two.
	t1   [NumTags]packed
	t2t1 [NumTags][NumTags]packed

	cBias [NumChunks]int32
	cUni  [numCUni][numTagCtx][NumChunks]int32
	cBi   [numCBi][numTagCtx][numTagCtx][NumChunks]int32
	cC1   [NumChunks + 1][NumChunks]int32
	cC2C1 [NumChunks + 1][NumChunks + 1][NumChunks]int32
	cC1P  [NumChunks + 1][numTagCtx][NumChunks]int32
}

type chunkSums [numCRoles][NumChunks]int32

// roleSums holds what a word gives the tokens it stands beside: the packed
// sums of its features as the token itself and as either neighbour, and the
// weights of its one feature two before or two after a token, which the
// tagger adds sparsely. Those have a few weights, often none: a packed sum
// of each would cost three cache lines a token to read, and the first
// meeting of a word two more packings. A roleSums holds no pointer: the
// garbage collector need not scan the thousands a run keeps.
type roleSums struct {
	dense        [numDense]packed // roleSelf, rolePrev, roleNext
	prev2, next2 few              // the weights of rolePrev2's and roleNext2's feature
}

// numDense is the number of roles, from the first, that roleSums keeps
// packed.
const numDense = roleNext + 1

// maxUnknown bounds the cache of words outside the vocabulary (about 1 KB
// each).
const maxUnknown = 1 << 14

type unknownWord struct {
	// hash and text key the word in unknownCache or vocabIndex: a word
	// of up to shortText bytes is kept in short, in the cache line that
	// holds its hash, so that telling it apart costs no other line; a
	// longer one in text. They come first, so that the garbage
	// collector's scan of the struct ends with them.
	hash  uint64
	n     uint8 // len(short) used, when text is ""
	short [shortText]byte
	text  string
	w     word
	sums  roleSums
}

// shortText is the length of the longest word an unknownWord keeps in
// place: most words are shorter.
const shortText = 23

// setText keys e by w, of hash h. It copies w: w may be part of a large
// text that the cache must not keep alive.
func (e *unknownWord) setText(w string, h uint64) {
	e.hash = h
	if len(w) <= shortText {
		e.n = uint8(copy(e.short[:], w))
		return
	}
	e.text = strings.Clone(w)
}

// is reports whether e is word w, of hash h.
func (e *unknownWord) is(w string, h uint64) bool {
	if e.hash != h {
		return false
	}
	if len(w) <= shortText {
		return e.text == "" && int(e.n) == len(w) && string(e.short[:e.n]) == w
	}
	return e.text == w
}

// knownWord is the analysis of a vocab word and the sums of its features.
type knownWord = unknownWord

type scratch struct {
	ws    []word
	unkP  []roleSums
	unkC  []chunkSums
	rp    []*roleSums
	rc    []*chunkSums
	feats []uint64
	tmp   []uint64
	unk   []int
	hash  []uint64
	// touched keeps what touch read, which nothing uses.
	touched uint64
}

// startTag stands for the tags before the first token.
const startTag = None

// startChunk stands for the chunk tags before the first token.
const startChunk = Chunk(NumChunks)

// dense sums the weights of feature k into row.
func (l *linear) dense(row []int32, k uint64) {
	for _, p := range l.lookup(k) {
		if int(p.class) < len(row) {
			row[p.class] += int32(p.w)
		}
	}
}

func (m *Model) init() {
	t := &tables{unknown: newUnknownCache()}
	m.tab = t
	var f []uint64
	var bias scores
	m.pos.dense(bias[:NumTags], mix(tBias, 0))
	for t1 := range NumTags {
		v := bias
		m.pos.dense(v[:NumTags], mix(tT1, uint64(t1)))
		pack(&t.t1[t1], &v)
		for t2 := range NumTags {
			v = scores{}
			m.pos.dense(v[:NumTags], mix2(tT2T1, uint64(t2), uint64(t1)))
			pack(&t.t2t1[t2][t1], &v)
		}
	}
	t.pads = padWord
	for k := range 2 {
		f = m.roleSums(&t.padPOS[k], &t.pads[k], f)
	}
	t.index = newVocabIndex(m.vocab, t.unknown.seed)
	m.pool.New = func() any { return &scratch{} }
}

// chunkTables builds the chunker's table and fills its dense sums and
// those of the vocabulary words, once: a program that only tags, as
// nergraph's relations do, does not pay for them.
func (m *Model) chunkTables() {
	t := m.tab
	t.chunkOnce.Do(func() {
		if m.chunkData != nil {
			// Only the embedded model leaves its chunker to now,
			// and a test decodes the whole of it without error: a
			// damaged one would chunk without weights.
			d := decoder{data: m.chunkData}
			if d.linear(&m.chunk, NumChunks); d.err != nil || d.off != len(d.data) {
				m.chunk = linear{}
			}
			m.chunkData = nil
		}
		if m.chunk.slots == nil && m.chunk.sorted != nil {
			m.chunk.build()
		}
		var f []uint64
		m.chunk.dense(t.cBias[:], mix(cBias, 0))
		for a := range numTagCtx {
			for k := range numCUni {
				m.chunk.dense(t.cUni[k][a][:], mix(cUniTemplate[k], uint64(a)))
			}
			for b := range numTagCtx {
				for k := range numCBi {
					m.chunk.dense(t.cBi[k][a][b][:], cBiKey(k, uint64(a), uint64(b)))
				}
			}
		}
		for c1 := range NumChunks + 1 {
			m.chunk.dense(t.cC1[c1][:], mix(cC1, uint64(c1)))
			for c2 := range NumChunks + 1 {
				m.chunk.dense(t.cC2C1[c2][c1][:], mix2(cC2C1, uint64(c2), uint64(c1)))
			}
			for p := range numTagCtx {
				m.chunk.dense(t.cC1P[c1][p][:], mix2(cC1P, uint64(c1), uint64(p)))
			}
		}
		for k := range 2 {
			f = m.chunkSums(&t.padChk[k], &t.pads[k], f)
		}
		var w word
		t.chunkW = make([]chunkSums, len(m.vocab))
		for i, v := range m.vocab {
			w.analyze(v, m.cls)
			f = m.chunkSums(&t.chunkW[i], &w, f)
		}
	})
}

// roleSums sums the tagger's features of w in each role into r. The sum
// of the role of the token itself counts w as not the first word of its
// sentence ([tFirstShape]); the tagger corrects the first.
func (m *Model) roleSums(r *roleSums, w *word, f []uint64) []uint64 {
	for k := range numDense {
		f = appendRole(f[:0], w, k)
		if k == roleSelf {
			f = append(f, firstShape(w, false))
		}
		var v scores
		for _, h := range f {
			m.pos.dense(v[:NumTags], h)
		}
		pack(&r.dense[k], &v)
	}
	r.prev2 = m.pos.keep(twoAway(w, rolePrev2))
	r.next2 = m.pos.keep(twoAway(w, roleNext2))
	return f
}

// twoAway returns the one feature that word w gives the token two after
// it (rolePrev2) or two before it (roleNext2).
func twoAway(w *word, r int) uint64 {
	var f [1]uint64
	return appendRole(f[:0], w, r)[0]
}

// chunkSums sums the chunker's features of w in each role into r.
func (m *Model) chunkSums(r *chunkSums, w *word, f []uint64) []uint64 {
	*r = chunkSums{}
	for k := range numCRoles {
		f = appendChunkRole(f[:0], w, k)
		for _, h := range f {
			m.chunk.dense(r[k][:], h)
		}
	}
	return f
}

// NumFeatures returns the number of features with weights in the tagger
// and in the chunker.
func (m *Model) NumFeatures() (tagger, chunker int) { return m.pos.nfeat, m.chunk.nfeat }

// prepare analyzes the words of a sentence into s: the padded analyses, and
// for each position the sums of its features in each role, from the model's
// tables for frequent words. It reports whether the sentence is in capitals.
// Only words from..upto-1 are analyzed (all, when from is 0 and upto is
// len(words) or more): enough to tag words from+2..upto-3 (from the first
// when from is 0, to the last when upto is past it); the others count only
// towards whether the sentence is in capitals.
func (m *Model) prepare(s *scratch, words []string, chunks bool, from, upto int) bool {
	t := m.tab
	if chunks {
		m.chunkTables()
	}
	n := len(words) + 2*pad
	if cap(s.ws) < n {
		s.ws = make([]word, n)
		s.rp = make([]*roleSums, n)
		s.rc = make([]*chunkSums, n)
	}
	s.ws, s.rp, s.rc = s.ws[:n], s.rp[:n], s.rc[:n]
	s.unkP, s.unkC = s.unkP[:0], s.unkC[:0]
	for k := range pad {
		s.ws[k], s.ws[n-1-k] = t.pads[0], t.pads[1]
		s.rp[k], s.rp[n-1-k] = &t.padPOS[0], &t.padPOS[1]
		s.rc[k], s.rc[n-1-k] = &t.padChk[0], &t.padChk[1]
	}
	letters, caps := 0, 0
	unknown := s.unk[:0]
	s.hash = s.hash[:0] // of each word of unknown
	upto = min(upto, len(words))
	from = min(max(from, 0), upto)
	for _, ws := range [2][]string{words[:from], words[upto:]} {
		for _, w := range ws {
			if l, c := letterCaps(w); l {
				letters++
				if c {
					caps++
				}
			}
		}
	}
	for i, w := range words[from:upto] {
		j := from + i + pad
		h := t.unknown.hash(w)
		if v := t.index.find(w, h, m.vocab); v != nil {
			k := m.knownWord(v, w, h, s)
			s.ws[j] = k.w
			s.rp[j] = &k.sums
			if chunks {
				s.rc[j] = &t.chunkW[v.entry-1]
			}
		} else if e := t.unknown.load(w, h); e != nil && !chunks {
			s.ws[j] = e.w
			s.rp[j] = &e.sums
		} else {
			s.ws[j].analyze(w, m.cls)
			unknown = append(unknown, j)
			s.hash = append(s.hash, h)
		}
		if s.ws[j].letter {
			letters++
			if s.ws[j].caps {
				caps++
			}
		}
	}
	// Sums for unknown words, in slices that do not move once filled.
	if cap(s.unkP) < len(unknown) {
		s.unkP = make([]roleSums, len(unknown))
		s.unkC = make([]chunkSums, len(unknown))
	}
	s.unkP, s.unkC = s.unkP[:len(unknown)], s.unkC[:len(unknown)]
	for k, j := range unknown {
		s.tmp = m.roleSums(&s.unkP[k], &s.ws[j], s.tmp)
		s.rp[j] = &s.unkP[k]
		if chunks {
			s.tmp = m.chunkSums(&s.unkC[k], &s.ws[j], s.tmp)
			s.rc[j] = &s.unkC[k]
		}
		t.unknown.store(words[j-pad], s.hash[k], &s.ws[j], &s.unkP[k])
	}
	s.unk = unknown
	s.touched = touch(s.rp[from+pad : upto+pad])
	return letters >= 3 && caps == letters
}

// touch reads a word of each cache line of the sums rp points to, so that
// the sentence's sums, a kilobyte a word, are fetched from memory all at
// once, in parallel, rather than one line at a time as the tagger reaches
// them.
func touch(rp []*roleSums) uint64 {
	var x uint64
	for _, r := range rp {
		for k := range r.dense {
			for i := 0; i < lanes; i += 8 {
				x += r.dense[k][i]
			}
		}
	}
	return x
}

// knownWord returns the analysis and sums of vocab word w, of hash h and
// slot v, making them the first time (in s's scratch space).
func (m *Model) knownWord(v *vocabSlot, w string, h uint64, s *scratch) *knownWord {
	p := &v.word
	if k := p.Load(); k != nil {
		return k
	}
	k := new(knownWord)
	k.setText(w, h)
	k.w.analyze(w, m.cls)
	s.tmp = m.roleSums(&k.sums, &k.w, s.tmp)
	if p.CompareAndSwap(nil, k) {
		return k
	}
	return p.Load() // another goroutine made the same sums first
}

// Tag returns the part-of-speech tags of the words of one sentence, as
// tokenized by CoNLL-2003 (and by nergraph's tokenizer): punctuation apart,
// "'s" and "n't" split off. It returns nil for no words.
func (m *Model) Tag(words []string) []Tag { return m.AppendTags(nil, words) }

// AppendTags appends the tags of words to dst and returns the extended
// slice; see [Model.Tag].
func (m *Model) AppendTags(dst []Tag, words []string) []Tag {
	if len(words) == 0 {
		return dst
	}
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	caps := m.prepare(s, words, false, 0, len(words))
	return m.tagWords(dst, s, caps, 0, len(words))
}

// AppendTagsPrefix appends the tags of the first k words to dst, which
// are the first k of the tags [Model.AppendTags] gives: the tagger reads
// each word with the two after it and decides from left to right, so the
// tags of a prefix never depend on the words past it but two, nor on
// their tags. It analyzes only the words it needs.
func (m *Model) AppendTagsPrefix(dst []Tag, words []string, k int) []Tag {
	k = min(max(k, 0), len(words))
	if k == 0 {
		return dst
	}
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	caps := m.prepare(s, words, false, 0, k+2)
	return m.tagWords(dst, s, caps, 0, k)
}

// AppendTagsRest appends to tags, the first k tags of words as
// [Model.AppendTagsPrefix] gives them, the tags of the other words, and
// returns the extended slice: the tags [Model.AppendTags] gives, without
// tagging the first k again. A caller that tagged a prefix and then found
// it needs the whole sentence (nergraph's relations, in a few sentences in
// twenty) pays only for the rest.
func (m *Model) AppendTagsRest(tags []Tag, words []string) []Tag {
	k := len(tags)
	if k == 0 {
		return m.AppendTags(tags, words)
	}
	if k >= len(words) {
		return tags
	}
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	caps := m.prepare(s, words, false, k-2, len(words))
	return m.tagWords(tags, s, caps, k, len(words))
}

// tagWords tags words from..n-1 prepared in s and appends their tags to
// dst, whose last two are the tags of the two words before from.
func (m *Model) tagWords(dst []Tag, s *scratch, caps bool, from, n int) []Tag {
	t := m.tab
	t2, t1 := startTag, startTag
	if from > 0 {
		t1 = dst[len(dst)-1]
	}
	if from > 1 {
		t2 = dst[len(dst)-2]
	}
	for i := from; i < n; i++ {
		j := i + pad
		self, prev, next := &s.rp[j].dense[roleSelf], &s.rp[j-1].dense[rolePrev], &s.rp[j+1].dense[roleNext]
		var sp scores // the weights of the features other than the packed sums
		m.pos.addFew(sp[:], &s.rp[j-2].prev2)
		m.pos.addFew(sp[:], &s.rp[j+2].next2)
		s.feats = appendPair(s.feats[:0], s.ws, j, caps)
		h := posHist(t2, t1, &s.ws[j], &s.ws[j+1])
		s.feats = append(s.feats, h[2:]...) // the dense history is summed in best
		if i == 0 {
			// The word's sums count it as not the first.
			s.feats = append(s.feats, firstShape(&s.ws[j], true))
			m.pos.sub(sp[:], firstShape(&s.ws[j], false))
		}
		m.pos.add(sp[:], s.feats)
		best := best(self, prev, next, &t.t1[t1], &t.t2t1[t2][t1], &sp)
		dst = append(dst, best)
		t2, t1 = t1, best
	}
	return dst
}

// Chunk returns the chunk tags (IOB2) of a sentence's words given their
// part-of-speech tags, as [Model.Tag] gives them. Tags missing at the end of
// tags count as unknown. It returns nil for no words.
func (m *Model) Chunk(words []string, tags []Tag) []Chunk {
	return m.AppendChunks(nil, words, tags)
}

// AppendChunks appends the chunk tags of words to dst and returns the
// extended slice; see [Model.Chunk].
func (m *Model) AppendChunks(dst []Chunk, words []string, tags []Tag) []Chunk {
	if len(words) == 0 {
		return dst
	}
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	m.prepare(s, words, true, 0, len(words))
	if len(tags) > len(words) {
		tags = tags[:len(words)]
	}
	return m.chunkWords(dst, s, tags)
}

func (m *Model) chunkWords(dst []Chunk, s *scratch, tags []Tag) []Chunk {
	t := m.tab
	n := len(s.ws) - 2*pad
	var scores [NumChunks]int32
	c2, c1 := startChunk, startChunk
	for i := range n {
		j := i + pad
		self, prev, next := &s.rc[j][cRoleSelf], &s.rc[j-1][cRolePrev], &s.rc[j+1][cRoleNext]
		p := tagAt(tags, i)
		u0, u1, u2 := &t.cUni[0][tagAt(tags, i-2)], &t.cUni[1][tagAt(tags, i-1)], &t.cUni[2][p]
		u3, u4 := &t.cUni[3][tagAt(tags, i+1)], &t.cUni[4][tagAt(tags, i+2)]
		b0, b1 := &t.cBi[0][tagAt(tags, i-1)][p], &t.cBi[1][p][tagAt(tags, i+1)]
		h1, h2, h3 := &t.cC1[c1], &t.cC2C1[c2][c1], &t.cC1P[c1][p]
		for y := range scores {
			scores[y] = t.cBias[y] + self[y] + prev[y] + next[y] + u0[y] + u1[y] + u2[y] + u3[y] + u4[y] +
				b0[y] + b1[y] + h1[y] + h2[y] + h3[y]
		}
		s.feats = appendChunkTags(s.feats[:0], &s.ws[j], tags, i, false)
		h := chunkHist(c2, c1, p, &s.ws[j])
		s.feats = append(s.feats, h[3:]...) // the rest are summed above
		m.chunk.add(scores[:], s.feats)
		best := Chunk(0)
		for y := Chunk(1); int(y) < NumChunks; y++ {
			if scores[y] > scores[best] {
				best = y
			}
		}
		// An I- tag cannot start a chunk.
		if !best.Begins() && best != Out && (c1 == startChunk || c1 == Out || c1.Phrase() != best.Phrase()) {
			best = Begin(best.Phrase())
		}
		dst = append(dst, best)
		c2, c1 = c1, best
	}
	return dst
}

// TagChunk returns both the part-of-speech tags and the chunk tags of the
// words of one sentence, analysing each word once. It returns nils for no
// words.
func (m *Model) TagChunk(words []string) ([]Tag, []Chunk) {
	if len(words) == 0 {
		return nil, nil
	}
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	caps := m.prepare(s, words, true, 0, len(words))
	tags := m.tagWords(make([]Tag, 0, len(words)), s, caps, 0, len(words))
	return tags, m.chunkWords(make([]Chunk, 0, len(words)), s, tags)
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the program, decoded on first use
// and shared: the same *Model every call.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = decode(embedded, true)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded pos model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}
