package pos

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainOptions sets how [Train] trains.
type TrainOptions struct {
	Epochs      int    // passes over the training data for each model; 0 means 10
	ChunkEpochs int    // passes for the chunker; 0 means Epochs
	Seed        uint64 // orders the sentences in each pass; the same seed gives the same model
	// MinWeight prunes a feature whose quantized weights are all below it in
	// absolute value (weights are scaled to at most 32,000); 0 keeps all.
	MinWeight int
	// Folds > 1 trains the chunker on part-of-speech tags predicted by
	// taggers trained on the other folds, as it will see them; 0 or 1 trains
	// it on the gold tags.
	Folds int
	// Vocab is the number of most frequent training words whose feature
	// sums the model keeps, for speed; 0 means 20,000.
	Vocab int
	// Clusters gives word clusters (coarse to fine, from 1; 0 for none) as
	// features; the model keeps them. Levels after the third are ignored.
	Clusters map[string][]uint16
	// Progress, when set, is called after each pass with the model part
	// ("pos" or "chunk"), the pass and the token accuracy on dev (0 without
	// dev sentences).
	Progress func(part string, epoch int, devAcc float64)
}

// Train trains a tagger and a chunker on train, keeping for each the pass
// that scores best on dev (the last pass when dev is empty). The result
// depends only on the data and the options. It returns an error when train
// has no sentence or when ctx is cancelled.
func Train(ctx context.Context, train, dev []Sentence, o TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train pos model: no training sentences")
	}
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.ChunkEpochs <= 0 {
		o.ChunkEpochs = o.Epochs
	}
	progress := func(part string, e int, acc float64) {
		if o.Progress != nil {
			o.Progress(part, e, acc)
		}
	}
	m := &Model{vocab: vocabulary(train, o.Vocab), cls: clusterTable(o.Clusters)}
	var err error
	m.pos, err = trainGreedy(ctx, posTask(dev, m.vocab, m.cls), m.cls, train, len(dev) > 0, o.Epochs, o.Seed, o.MinWeight,
		func(e int, acc float64) { progress("pos", e, acc) })
	if err != nil {
		return nil, err
	}
	m.init()
	// The chunker learns from the tags it will be given.
	chunkTrain := train
	if o.Folds > 1 {
		chunkTrain = make([]Sentence, len(train))
		copy(chunkTrain, train)
		for f := range o.Folds {
			var in, out []int
			for i := range train {
				if i%o.Folds == f {
					out = append(out, i)
				} else {
					in = append(in, i)
				}
			}
			sub := make([]Sentence, len(in))
			for k, i := range in {
				sub[k] = train[i]
			}
			l, err := trainGreedy(ctx, posTask(nil, m.vocab, m.cls), m.cls, sub, false, o.Epochs, o.Seed+uint64(f)+1, o.MinWeight, nil)
			if err != nil {
				return nil, err
			}
			fm := &Model{pos: l, vocab: m.vocab, cls: m.cls}
			fm.init()
			for _, i := range out {
				s := train[i]
				s.Tags = fm.Tag(s.Words)
				chunkTrain[i] = s
			}
		}
	}
	devTagged := make([]Sentence, len(dev))
	for i, s := range dev {
		s.Tags = m.Tag(s.Words)
		devTagged[i] = s
	}
	m.chunk, err = trainGreedy(ctx, chunkTask(devTagged, m.vocab, m.cls), m.cls, chunkTrain, len(dev) > 0, o.ChunkEpochs, o.Seed, o.MinWeight,
		func(e int, acc float64) { progress("chunk", e, acc) })
	if err != nil {
		return nil, err
	}
	m.init()
	return m, nil
}

// clusterTable keys the clusters by the hash of the normalized word; of
// words that normalize alike, the first in sorted order wins.
func clusterTable(c map[string][]uint16) clusterMap {
	if len(c) == 0 {
		return nil
	}
	words := make([]string, 0, len(c))
	for w := range c {
		words = append(words, w)
	}
	slices.Sort(words)
	t := make(map[uint64][numLevels]uint16, len(words))
	for _, w := range words {
		h := addString(fnvOffset, normalize(w))
		if _, dup := t[h]; dup {
			continue
		}
		var ids [numLevels]uint16
		copy(ids[:], c[w])
		t[h] = ids
	}
	keys := make([]uint64, 0, len(t))
	for h := range t {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	ids := make([][numLevels]uint16, len(keys))
	for i, h := range keys {
		ids[i] = t[h]
	}
	return newClusterIndex(keys, ids)
}

// vocabulary returns the words seen at least twice in train, at most n of
// the most frequent, sorted.
func vocabulary(train []Sentence, n int) []string {
	if n <= 0 {
		n = 20000
	}
	count := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			count[w]++
		}
	}
	var vs []string
	for w, c := range count {
		if c >= 2 {
			vs = append(vs, w)
		}
	}
	slices.SortFunc(vs, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	vs = vs[:min(n, len(vs))]
	slices.Sort(vs)
	return vs
}

// perceptron is an averaged perceptron in training (Collins 2002). The
// average is kept with the trick of Daumé (2006): u sums each update times
// the time it was made, and the average is w - u/now.
type perceptron struct {
	nclass int
	index  map[uint64]int32
	keys   []uint64
	w      []int32 // feature*nclass + class
	u      []int64
	now    int64
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, index: map[uint64]int32{}}
}

// feature returns the index of key, adding it when it is new.
func (p *perceptron) feature(key uint64) int32 {
	if i, ok := p.index[key]; ok {
		return i
	}
	i := int32(len(p.keys))
	p.index[key] = i
	p.keys = append(p.keys, key)
	p.w = append(p.w, make([]int32, p.nclass)...)
	p.u = append(p.u, make([]int64, p.nclass)...)
	return i
}

func (p *perceptron) score(scores []int32, fs []int32) {
	clear(scores)
	for _, f := range fs {
		row := p.w[int(f)*p.nclass : int(f+1)*p.nclass]
		for y, w := range row {
			scores[y] += w
		}
	}
}

func (p *perceptron) update(fs []int32, gold, guess int) {
	for _, f := range fs {
		k := int(f) * p.nclass
		p.w[k+gold]++
		p.u[k+gold] += p.now
		p.w[k+guess]--
		p.u[k+guess] -= p.now
	}
}

// linear returns the averaged weights, quantized to int16 and pruned of
// features whose weights all fall below minWeight in absolute value.
func (p *perceptron) linear(minWeight int) linear {
	now := float64(max(p.now, 1))
	avg := func(k int) float64 { return float64(p.w[k]) - float64(p.u[k])/now }
	maxW := 0.0
	for k := range p.w {
		maxW = max(maxW, math.Abs(avg(k)))
	}
	scale := 32000 / max(maxW, 1e-9)
	order := make([]int32, len(p.keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(p.keys[a], p.keys[b]) })
	l := linear{nclass: p.nclass}
	var ps []pair
	for _, f := range order {
		ps = ps[:0]
		keep := false
		for y := range p.nclass {
			q := int(math.Round(avg(int(f)*p.nclass+y) * scale))
			if q == 0 {
				continue
			}
			keep = keep || abs(q) >= minWeight
			ps = append(ps, pair{class: uint8(y), w: int16(q)})
		}
		if keep {
			l.sorted = append(l.sorted, row{key: p.keys[f], pairs: slices.Clone(ps)})
		}
	}
	l.build()
	return l
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// flat holds the features of each token of a corpus in one slice.
type flat struct {
	ids []int32
	at  []int32 // token k's features are ids[at[k]:at[k+1]]
}

func (f *flat) token(k int) []int32 { return f.ids[f.at[k]:f.at[k+1]] }

// task is what trainGreedy needs to know of the tagger or the chunker.
type task struct {
	nclass int
	start  int // the class that stands before the first token
	// static appends the features of token i that do not depend on
	// earlier classes; ws is the padded analysis of s.Words.
	static func(f []uint64, ws []word, caps bool, s *Sentence, i int) []uint64
	// hist appends the features that depend on the two classes before i.
	hist func(f []uint64, c2, c1 int, ws []word, s *Sentence, i int) []uint64
	gold func(s *Sentence, i int) int
	// eval scores a model on dev; higher is better.
	eval func(l linear) float64
}

// trainGreedy trains a greedy left-to-right tagger with an averaged
// perceptron and returns the pass that scores best on dev (the last when
// there is no dev).
func trainGreedy(ctx context.Context, t task, cls clusterMap, train []Sentence, hasDev bool, epochs int, seed uint64, minWeight int, progress func(int, float64)) (linear, error) {
	p := newPerceptron(t.nclass)
	words, static := staticFeatures(t, p, cls, train)
	order := make([]int, len(train))
	first := make([]int, len(train)) // index of each sentence's first token in static
	for i := range order {
		order[i] = i
		if i > 0 {
			first[i] = first[i-1] + len(train[i-1].Words)
		}
	}
	g := greedy{t: t, p: p, static: &static, scores: make([]int32, t.nclass)}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	var best linear
	bestAcc := -1.0
	for e := 1; e <= epochs; e++ {
		if err := ctx.Err(); err != nil {
			return linear{}, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			g.sentence(&train[si], words[si], first[si])
		}
		l := p.linear(minWeight)
		acc := 0.0
		if hasDev {
			acc = t.eval(l)
		}
		if progress != nil {
			progress(e, acc)
		}
		if !hasDev || acc > bestAcc {
			best, bestAcc = l, acc
		}
	}
	return best, nil
}

// staticFeatures returns the padded analysis of each training sentence's
// words and the features of each token that do not depend on earlier
// classes, computed once for all epochs. Features seen once are left out,
// as they can hardly be learned and would double the memory; their counts
// are dropped on return, before the epochs need the memory.
func staticFeatures(t task, p *perceptron, cls clusterMap, train []Sentence) ([][]word, flat) {
	const minCount = 2
	words := make([][]word, len(train))
	seen := map[uint64]int32{}
	var fs []uint64
	for si := range train {
		s := &train[si]
		ws, caps := sentWords(nil, s.Words, cls)
		words[si] = ws
		for i := range s.Words {
			fs = t.static(fs[:0], ws, caps, s, i)
			for _, f := range fs {
				seen[f]++
			}
		}
	}
	var static flat
	static.at = append(static.at, 0)
	for si := range train {
		s := &train[si]
		ws := words[si]
		caps := isCaps(ws)
		for i := range s.Words {
			fs = t.static(fs[:0], ws, caps, s, i)
			for _, f := range fs {
				if seen[f] >= minCount {
					static.ids = append(static.ids, p.feature(f))
				}
			}
			static.at = append(static.at, int32(len(static.ids)))
		}
	}
	return words, static
}

// greedy is what trainGreedy's passes share: the task, the perceptron,
// the static features and the buffers that each token reuses.
type greedy struct {
	t      task
	p      *perceptron
	static *flat
	scores []int32
	ids    []int32
	fs     []uint64
}

// sentence tags s left to right, each token given the two classes guessed
// before it, and updates the perceptron where a guess is wrong. ws is the
// analysis of s.Words and first the index of its first token in static.
func (g *greedy) sentence(s *Sentence, ws []word, first int) {
	t, p := g.t, g.p
	c2, c1 := t.start, t.start
	for i := range s.Words {
		p.now++
		g.ids = append(g.ids[:0], g.static.token(first+i)...)
		g.fs = t.hist(g.fs[:0], c2, c1, ws, s, i)
		for _, h := range g.fs {
			g.ids = append(g.ids, p.feature(h))
		}
		p.score(g.scores, g.ids)
		guess := 0
		for y := 1; y < t.nclass; y++ {
			if g.scores[y] > g.scores[guess] {
				guess = y
			}
		}
		if gold := t.gold(s, i); guess != gold {
			p.update(g.ids, gold, guess)
		}
		c2, c1 = c1, guess
	}
}

func posTask(dev []Sentence, vocab []string, cls clusterMap) task {
	return task{
		nclass: int(NumTags),
		start:  int(startTag),
		static: func(f []uint64, ws []word, caps bool, _ *Sentence, i int) []uint64 {
			return appendPOSStatic(f, ws, i+pad, caps)
		},
		hist: func(f []uint64, c2, c1 int, ws []word, _ *Sentence, i int) []uint64 {
			h := posHist(Tag(c2), Tag(c1), &ws[i+pad], &ws[i+pad+1])
			return append(f, h[:]...)
		},
		gold: func(s *Sentence, i int) int { return int(s.Tags[i]) },
		eval: func(l linear) float64 {
			m := &Model{pos: l, vocab: vocab, cls: cls}
			m.init()
			return Evaluate(m, dev).TagAccuracy()
		},
	}
}

// chunkTask is the chunker's task; it reads each sentence's Tags as the
// tags it is given.
func chunkTask(dev []Sentence, vocab []string, cls clusterMap) task {
	return task{
		nclass: NumChunks,
		start:  int(startChunk),
		static: func(f []uint64, ws []word, _ bool, s *Sentence, i int) []uint64 {
			return appendChunkStatic(f, ws, s.Tags, i)
		},
		hist: func(f []uint64, c2, c1 int, ws []word, s *Sentence, i int) []uint64 {
			h := chunkHist(Chunk(c2), Chunk(c1), tagAt(s.Tags, i), &ws[i+pad])
			return append(f, h[:]...)
		},
		gold: func(s *Sentence, i int) int { return int(s.Chunks[i]) },
		eval: func(l linear) float64 {
			m := &Model{chunk: l, vocab: vocab, cls: cls}
			m.init()
			return evaluateChunks(m, dev).ChunkF1()
		},
	}
}
