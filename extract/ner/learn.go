package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// trainData is what one training run learns from: the documents with
// their gold labels and weights, and the gazetteers that see the entities
// annotated in them.
type trainData struct {
	docs   [][]trainSent
	weight []float32 // per document
	// folds[f] holds the entities of the documents not in fold f, which
	// the documents of fold f see; final holds them all, for the model.
	folds []*gazetteer
	final *gazetteer
	nsent int
}

// newTrainData gathers the documents of train and of the extra sets, with
// their weights, and builds the gazetteers derived from their labels.
func newTrainData(train []Document, opts TrainOptions) (*trainData, error) {
	static, err := staticGazetteer(!opts.NoCompiledGazetteers)
	if err != nil {
		return nil, err
	}
	all := append([]Document(nil), train...)
	weight := make([]float32, len(train), len(train)+1)
	for i := range weight {
		weight[i] = 1
	}
	for _, x := range opts.Extra {
		all = append(all, x.Docs...)
		for range x.Docs {
			weight = append(weight, float32(x.Weight))
		}
	}
	td := &trainData{docs: make([][]trainSent, len(all)), weight: weight, folds: make([]*gazetteer, opts.Folds), final: static.clone()}
	for f := range td.folds {
		td.folds[f] = static.clone()
	}
	for di, d := range all {
		for _, s := range d.Sentences {
			tags := s.Tags()
			if tags == nil {
				return nil, &ParseError{File: d.Name, Line: s.Line, Err: errors.New("no tag column")}
			}
			td.docs[di] = append(td.docs[di], trainSent{toks: s.Tokens, gold: bilou(tags, nil)})
			td.nsent++
			if di < len(train) || !opts.ExtraNoGazetteer {
				td.addEntities(di, s.Tokens, tags)
			}
		}
	}
	if td.nsent == 0 {
		return nil, ErrNoData
	}
	td.final.freeze()
	for _, f := range td.folds {
		f.freeze()
	}
	return td, nil
}

// addEntities adds the entities of a sentence of document di to the
// derived gazetteers: to the final one and to those of the other folds.
// Each training document sees a gazetteer built from the other folds only,
// so the model learns how far to trust an entry it has not been trained on.
func (td *trainData) addEntities(di int, toks, tags []string) {
	for _, sp := range Spans(tags) {
		t := typeIndex(sp.Type)
		if t < 0 {
			continue
		}
		words := toks[sp.Start:sp.End]
		td.final.add(words, t)
		for f := range td.folds {
			if di%len(td.folds) != f {
				td.folds[f].add(words, t)
			}
		}
	}
}

// learner trains the weights of t on one document at a time. Its slices
// are reused from document to document.
type learner struct {
	t  *trainer
	st *tagState
	// The document: features of every token but the history ones
	// (token i has dfeats[doffs[i]:doffs[i+1]]), analyzed tokens and the
	// position of each sentence's first token.
	dfeats    []uint64
	doffs     []int32
	dinfo     []tokInfo
	sentStart []int
	// The sentence being learned: history features, scores, labels.
	hfeats   []uint64
	hoffs    []int32
	scores   []float32
	back     []uint8
	pred     []int
	mistakes int
	crf      crfState
	// dropSeed and dropBelow: features f with
	// mix(f, dropSeed)>>11 < dropBelow are left out (FeatureDrop).
	dropSeed, dropBelow uint64
}

// dropped filters out of fs the features the run leaves out.
func (l *learner) dropped(fs []uint64) []uint64 {
	if l.dropBelow == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if mix(f, l.dropSeed)>>11 >= l.dropBelow {
			out = append(out, f)
		}
	}
	return out
}

// featurize computes the features of every sentence of doc but the
// history ones.
func (l *learner) featurize(res *resources, doc []trainSent) {
	toks := make([][]string, len(doc))
	for i, s := range doc {
		toks[i] = s.toks
	}
	l.st.doc.prepare(toks, nil)
	l.dfeats, l.doffs, l.dinfo = l.dfeats[:0], l.doffs[:0], l.dinfo[:0]
	l.sentStart = l.sentStart[:0]
	sf := &l.st.sf
	for _, s := range doc {
		l.sentStart = append(l.sentStart, len(l.dinfo))
		res.extract(l.st.doc, s.toks, sf, len(l.dinfo))
		for i := range s.toks {
			l.doffs = append(l.doffs, int32(len(l.dfeats)))
			end := len(sf.feats)
			if i+1 < len(s.toks) {
				end = int(sf.offs[i+1])
			}
			l.dfeats = append(l.dfeats, l.dropped(sf.feats[sf.offs[i]:end])...)
		}
		l.dinfo = append(l.dinfo, sf.info...)
	}
	l.doffs = append(l.doffs, int32(len(l.dfeats)))
}

// feats returns the two feature lists of token i of the sentence at
// l.dinfo[at:]: its base features and its history features.
func (l *learner) feats(at, i int) [2][]uint64 {
	return [2][]uint64{l.dfeats[l.doffs[at+i]:l.doffs[at+i+1]], l.hfeats[l.hoffs[i]:l.hoffs[i+1]]}
}

// predict computes the history features of the sentence of n tokens at
// l.dinfo[at:] for the given pass and returns the best labels under the
// current weights.
func (l *learner) predict(at, n, pass int) []int {
	info := l.dinfo[at : at+n]
	l.hfeats, l.hoffs = l.hfeats[:0], l.hoffs[:0]
	for i := range info {
		l.hoffs = append(l.hoffs, int32(len(l.hfeats)))
		h := len(l.hfeats)
		l.hfeats = appendHistFeats(l.hfeats, info, i, pass)
		l.hfeats = append(l.hfeats[:h], l.dropped(l.hfeats[h:])...)
	}
	l.hoffs = append(l.hoffs, int32(len(l.hfeats)))
	if cap(l.scores) < n*numLabels {
		l.scores = make([]float32, n*numLabels)
		l.back = make([]uint8, n*numLabels)
	}
	sc := l.scores[:n*numLabels]
	clear(sc)
	t := l.t
	for i := 0; i < n; i++ {
		e := sc[i*numLabels : (i+1)*numLabels]
		for _, fs := range l.feats(at, i) {
			for _, f := range fs {
				id := t.id(f, false)
				if id < 0 {
					continue
				}
				w := t.w[int(id)*numLabels : int(id+1)*numLabels]
				for y := range e {
					e[y] += w[y]
				}
			}
		}
	}
	l.pred = l.pred[:0]
	for range n {
		l.pred = append(l.pred, 0)
	}
	viterbiF(sc, t.tw[:], t.sw[:], l.back, l.pred)
	return l.pred
}

// learn predicts the labels of sentence s at l.dinfo[at:] with its base
// features and the history features of the given pass, and when they are
// wrong moves the weights towards the gold labels by wt. It returns the
// predicted labels.
func (l *learner) learn(s trainSent, at, pass int, wt float32) []int {
	n := len(s.toks)
	pred := l.predict(at, n, pass)
	t := l.t
	wrong := false
	for i := 0; i < n; i++ {
		if pred[i] == s.gold[i] {
			continue
		}
		wrong = true
		for _, fs := range l.feats(at, i) {
			for _, f := range fs {
				id := int(t.id(f, true)) * numLabels
				t.add(t.w[id:id+numLabels], t.u[id:id+numLabels], s.gold[i], pred[i], wt)
			}
		}
	}
	if wrong {
		l.mistakes++
		t.add(t.sw[:], t.su[:], s.gold[0], pred[0], wt)
		for i := 1; i < n; i++ {
			g := s.gold[i-1]*numLabels + s.gold[i]
			p := pred[i-1]*numLabels + pred[i]
			t.add(t.tw[:], t.tu[:], g, p, wt)
		}
	}
	t.c++
	return pred
}

// add moves weight w[good] up and w[bad] down by wt, keeping the sums u
// of the averaged perceptron.
func (t *trainer) add(w, u []float32, good, bad int, wt float32) {
	w[good] += wt
	u[good] += wt * t.c
	w[bad] -= wt
	u[bad] -= wt * t.c
}

// learnDoc learns from document di: the sentences in order, each knowing
// the labels predicted before it, as [Model.Tag] sees them; with two
// passes, then the second pass over each sentence.
func (l *learner) learnDoc(td *trainData, res *resources, di int, opts *TrainOptions) {
	doc := td.docs[di]
	l.featurize(res, doc)
	wt := td.weight[di]
	for si, s := range doc {
		n := len(s.toks)
		if n == 0 {
			continue
		}
		at := l.sentStart[si]
		info := l.dinfo[at : at+n]
		l.st.doc.setHist(info, nil)
		if opts.Learner != LearnerPerceptron {
			l.st.doc.record(info, l.learnCRF(s, at, 0, wt, opts))
			continue
		}
		l.st.doc.record(info, l.learn(s, at, 0, wt))
	}
	if !opts.TwoPass {
		return
	}
	// The second pass learns from first-pass labels of a model that was
	// not trained on this document.
	lab := opts.stage1[di]
	l.st.doc.clearHist()
	for si, s := range doc {
		at := l.sentStart[si]
		l.st.doc.record(l.dinfo[at:at+len(s.toks)], lab[at:at+len(s.toks)])
	}
	for si, s := range doc {
		n := len(s.toks)
		at := l.sentStart[si]
		if n == 0 || !l.st.doc.setHist2(l.dinfo[at:at+n], lab[at:at+n]) {
			continue
		}
		l.learn(s, at, 1, wt)
	}
}

// trainResources returns the lookup tables of a training run: the word
// clusters (opts.Clusters or the embedded ones) and the case table.
func trainTables(opts *TrainOptions) (*Clusters, *caseTable, error) {
	clusters := opts.Clusters
	if clusters == nil {
		var err error
		if clusters, err = DefaultClusters(); err != nil {
			return nil, nil, err
		}
	}
	if opts.NoCaseTable {
		return clusters, nil, nil
	}
	casing, err := defaultCaseTable()
	return clusters, casing, err
}

// trainOnce trains one perceptron for opts.Epochs epochs over train (and
// the extra sets) and returns the averaged weights of the epoch that
// scores best on dev (of the last epoch when dev is empty), that epoch, and
// the resources of the model.
func trainOnce(train, dev []Document, opts TrainOptions, progress io.Writer) (*snapshot, int, trainResources, error) {
	if opts.Folds <= 1 {
		opts.Folds = 5
	}
	logf := func(format string, args ...any) {
		if progress != nil {
			fmt.Fprintf(progress, format+"\n", args...)
		}
	}
	clusters, casing, err := trainTables(&opts)
	if err != nil {
		return nil, 0, trainResources{}, err
	}
	td, err := newTrainData(train, opts)
	if err != nil {
		return nil, 0, trainResources{}, err
	}
	if !opts.NoCasing {
		casingVariants(td.docs, opts.Seed)
	}
	logf("train: %d documents, %d sentences; %d clustered words; %d gazetteer phrases", len(td.docs), td.nsent, clusters.NumWords(), len(td.final.keys))
	l := &learner{t: &trainer{ids: make(map[uint64]int32, 1<<20), c: 1, grow: opts.Learner == LearnerCRFAdaGrad}, st: newTagState(nil)}
	if opts.FeatureDrop > 0 {
		l.dropSeed, l.dropBelow = opts.Seed*0x9E3779B97F4A7C15+0x64726f70, uint64(opts.FeatureDrop*(1<<53))
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572747261696e))
	order := make([]int, len(td.docs))
	for i := range order {
		order[i] = i
	}
	tres := trainResources{gaz: td.final, clusters: clusters, casing: casing, twoPass: opts.TwoPass}
	var best *snapshot
	bestF, bestEpoch := -1.0, 0
	for ep := 1; ep <= opts.Epochs; ep++ {
		begin := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		l.mistakes = 0
		for _, di := range order {
			res := resources{gaz: td.folds[di%opts.Folds], clusters: clusters, casing: casing}
			l.learnDoc(td, &res, di, &opts)
		}
		snap := l.t.snapshot()
		m := modelFrom([]*snapshot{snap}, tres, opts.MinWeight)
		msg := fmt.Sprintf("epoch %d/%d: %s, %d of %d sentences wrong, %d features", ep, opts.Epochs, time.Since(begin).Round(time.Millisecond), l.mistakes, td.nsent, m.NumFeatures())
		if len(dev) == 0 {
			best, bestEpoch = snap, ep
			logf("%s", msg)
			continue
		}
		s := Evaluate(m, dev)
		if f := s.Overall.F1(); f > bestF {
			best, bestF, bestEpoch = snap, f, ep
			msg += " (best)"
		}
		logf("%s; dev %s", msg, s)
	}
	logf("train: keeping epoch %d", bestEpoch)
	return best, bestEpoch, tres, nil
}
