package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// TrainOptions control [Train].
type TrainOptions struct {
	Epochs    int       // passes over the training data (default 10)
	Seed      uint64    // seeds the order of documents
	Clusters  *Clusters // word clusters; nil uses the embedded ones
	Folds     int       // folds for the gazetteers derived from training labels (default 5)
	MinWeight int       // features whose largest quantized weight is smaller are pruned (default 2)
	// NoCasing turns off the casing variants: by default a seeded share of
	// the training documents get a Title Case headline instead of an
	// ALL-CAPS one, and a few sentences are lower-cased or upper-cased, so
	// that the model copes with the casing of real news.
	NoCasing bool
	// Refit, after choosing the number of epochs on dev, trains again on
	// train and dev together for that many epochs.
	Refit bool
	// NoCompiledGazetteers leaves out the gazetteers compiled from open
	// data (gazetteers/compiled.tsv.gz), keeping our hand-written lists.
	NoCompiledGazetteers bool
	// NoCaseTable leaves out the features of how the unlabeled text
	// capitalizes each word (casing.tsv.gz).
	NoCaseTable bool
	// TwoPass trains and tags with a second pass over each document that
	// sees how the first labeled each word elsewhere in it (Ratinov and
	// Roth's two-stage prediction aggregation).
	TwoPass bool
	// Extra holds further labeled data, each set with its weight.
	Extra []TrainSet
	// stage1 holds, with TwoPass, the first-pass labels of each training
	// document (train, then the extra sets) from a model that was not
	// trained on it.
	stage1 [][]int
	// Runs is the number of perceptrons, each trained with its own seed
	// (Seed, Seed+1, ...) and its own best epoch, whose averaged weights
	// are averaged again into the model (default 1).
	Runs int
}

// Casing variants, in percent.
const (
	augTitle = 30 // documents whose ALL-CAPS sentences become Title Case
	augLower = 3  // sentences lower-cased
	augUpper = 2  // sentences upper-cased
)

var titleSmall = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "and": true, "or": true, "by": true, "with": true, "from": true, "as": true}

// titleCase writes a token the way a Title Case headline does.
func titleCase(tok string, first bool) string {
	low := strings.ToLower(tok)
	if !first && titleSmall[low] {
		return low
	}
	r, n := utf8.DecodeRuneInString(low)
	if r == utf8.RuneError {
		return low
	}
	return string(unicode.ToUpper(r)) + low[n:]
}

// casingVariants returns the tokens of the training documents with the
// casing variants applied; the result depends only on the seed.
func casingVariants(docs [][]trainSent, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x636173696e67))
	var info []tokInfo
	for _, d := range docs {
		title := rng.IntN(100) < augTitle
		for si := range d {
			s := &d[si]
			info = info[:0]
			for _, t := range s.toks {
				var ti tokInfo
				analyze(t, &ti)
				info = append(info, ti)
			}
			mode := sentenceMode(info)
			r := rng.IntN(100)
			var toks []string
			switch {
			case mode == modeCaps && title:
				for i, t := range s.toks {
					toks = append(toks, titleCase(t, i == 0))
				}
			case mode == modeNormal && r < augLower:
				for _, t := range s.toks {
					toks = append(toks, strings.ToLower(t))
				}
			case mode == modeNormal && r < augLower+augUpper:
				for _, t := range s.toks {
					toks = append(toks, strings.ToUpper(t))
				}
			default:
				continue
			}
			s.toks = toks
		}
	}
}

//go:embed clusters.tsv.gz
var embeddedClusters []byte

// DefaultClusters returns the word clusters shipped with the package,
// induced by cmd/nerclusters from the unlabeled news in the shared data.
func DefaultClusters() (*Clusters, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embeddedClusters))
	if err != nil {
		return nil, fmt.Errorf("embedded clusters: %w", err)
	}
	return ReadClusters(zr, "clusters.tsv.gz")
}

// ErrNoData is returned by [Train] when there is nothing to train on.
var ErrNoData = errors.New("no labeled sentences")

type trainSent struct {
	toks []string
	gold []int
}

type trainer struct {
	ids    map[uint64]int32
	w, u   []float32
	tw, tu [numLabels * numLabels]float32
	sw, su [numLabels]float32
	c      float32
}

func (t *trainer) id(h uint64, grow bool) int32 {
	if id, ok := t.ids[h]; ok {
		return id
	}
	if !grow {
		return -1
	}
	id := int32(len(t.ids))
	t.ids[h] = id
	t.w = append(t.w, make([]float32, numLabels)...)
	t.u = append(t.u, make([]float32, numLabels)...)
	return id
}

// Train trains a model on the documents of train with the averaged
// structured perceptron, and after each epoch scores dev (when not empty),
// keeping the epoch that scores best there. Progress goes to progress when
// it is not nil. With opts.Refit the model is then trained again on train
// and dev together. With opts.Runs > 1 this is done for each seed in turn
// and the model holds the average of their weights. The result depends
// only on the data and opts.
func Train(train, dev []Document, opts TrainOptions, progress io.Writer) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.Runs <= 0 {
		opts.Runs = 1
	}
	if opts.MinWeight <= 0 {
		opts.MinWeight = 2
	}
	if opts.TwoPass {
		if opts.Refit {
			return nil, errors.New("train: refit and two-pass together are not supported")
		}
		var err error
		if opts.stage1, err = jackknife(train, opts, progress); err != nil {
			return nil, err
		}
	}
	var snaps []*snapshot
	var res trainResources
	for k := range opts.Runs {
		o := opts
		o.Seed = opts.Seed + uint64(k)
		if progress != nil && opts.Runs > 1 {
			fmt.Fprintf(progress, "run %d/%d (seed %d)\n", k+1, opts.Runs, o.Seed)
		}
		snap, epochs, r, err := trainOnce(train, dev, o, progress)
		if err != nil {
			return nil, err
		}
		if opts.Refit && len(dev) > 0 {
			if progress != nil {
				fmt.Fprintf(progress, "refit: training on train and dev for %d epochs\n", epochs)
			}
			o.Epochs = epochs
			all := append(append([]Document(nil), train...), dev...)
			if snap, _, r, err = trainOnce(all, nil, o, progress); err != nil {
				return nil, err
			}
		}
		snaps = append(snaps, snap)
		res = r
	}
	m := modelFrom(snaps, res, opts.MinWeight)
	if progress != nil && opts.Runs > 1 && len(dev) > 0 && !opts.Refit {
		fmt.Fprintf(progress, "average of %d runs: %d features; dev %s\n", opts.Runs, m.NumFeatures(), Evaluate(m, dev))
	}
	return m, nil
}

// jackknifeFolds is the number of folds of the first-pass labels.
const jackknifeFolds = 5

// jackknife labels each training document (train, then the extra sets)
// with a one-pass model trained on the other folds, as the second pass
// sees the first pass's labels of text the model was not trained on.
func jackknife(train []Document, opts TrainOptions, progress io.Writer) ([][]int, error) {
	var all []Document
	all = append(all, train...)
	for _, x := range opts.Extra {
		all = append(all, x.Docs...)
	}
	out := make([][]int, len(all))
	for f := range jackknifeFolds {
		o := opts
		o.TwoPass = false
		o.Extra = nil
		var rest []Document
		for _, x := range opts.Extra {
			set := x
			set.Docs = nil
			for i, d := range x.Docs {
				if (len(train)+i)%jackknifeFolds != f {
					set.Docs = append(set.Docs, d)
				}
			}
			o.Extra = append(o.Extra, set)
		}
		for i, d := range train {
			if i%jackknifeFolds != f {
				rest = append(rest, d)
			}
		}
		if progress != nil {
			fmt.Fprintf(progress, "first-pass labels: fold %d/%d\n", f+1, jackknifeFolds)
		}
		snap, _, r, err := trainOnce(rest, nil, o, nil)
		if err != nil {
			return nil, err
		}
		m := modelFrom([]*snapshot{snap}, r, opts.MinWeight)
		for i := f; i < len(all); i += jackknifeFolds {
			var toks [][]string
			for _, s := range all[i].Sentences {
				toks = append(toks, s.Tokens)
			}
			for _, tags := range m.Tag(toks) {
				out[i] = append(out[i], bilou(tags, nil)...)
			}
		}
	}
	return out, nil
}

// trainResources are the gazetteer and clusters a trained model uses.
type trainResources struct {
	gaz      *gazetteer
	clusters *Clusters
	casing   *caseTable
	twoPass  bool
}

func trainOnce(train, dev []Document, opts TrainOptions, progress io.Writer) (*snapshot, int, trainResources, error) {
	if opts.Folds <= 1 {
		opts.Folds = 5
	}
	logf := func(format string, args ...any) {
		if progress != nil {
			fmt.Fprintf(progress, format+"\n", args...)
		}
	}
	clusters := opts.Clusters
	if clusters == nil {
		var err error
		if clusters, err = DefaultClusters(); err != nil {
			return nil, 0, trainResources{}, err
		}
	}
	static, err := staticGazetteer(!opts.NoCompiledGazetteers)
	if err != nil {
		return nil, 0, trainResources{}, err
	}
	// Gold labels, and gazetteers derived from them. Each training
	// document sees a gazetteer built from the other folds only, so the
	// model learns how far to trust an entry it has not been trained on.
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
	train = all
	docs := make([][]trainSent, len(train))
	folds := make([]*gazetteer, opts.Folds)
	for f := range folds {
		folds[f] = static.clone()
	}
	final := static.clone()
	nsent := 0
	for di, d := range train {
		for _, s := range d.Sentences {
			tags := s.Tags()
			if tags == nil {
				return nil, 0, trainResources{}, &ParseError{File: d.Name, Line: s.Line, Err: errors.New("no tag column")}
			}
			docs[di] = append(docs[di], trainSent{toks: s.Tokens, gold: bilou(tags, nil)})
			nsent++
			for _, sp := range Spans(tags) {
				t := typeIndex(sp.Type)
				if t < 0 {
					continue
				}
				words := s.Tokens[sp.Start:sp.End]
				final.add(words, t)
				for f := range folds {
					if di%opts.Folds != f {
						folds[f].add(words, t)
					}
				}
			}
		}
	}
	if nsent == 0 {
		return nil, 0, trainResources{}, ErrNoData
	}
	final.freeze()
	for _, f := range folds {
		f.freeze()
	}
	if !opts.NoCasing {
		casingVariants(docs, opts.Seed)
	}
	logf("train: %d documents, %d sentences; %d clustered words; %d gazetteer phrases", len(train), nsent, clusters.NumWords(), len(final.keys))

	t := &trainer{ids: make(map[uint64]int32, 1<<20), c: 1}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572747261696e))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	st := newTagState(nil)
	var scores []float32
	var back []uint8
	var pred []int
	var (
		dfeats, hfeats []uint64
		doffs, hoffs   []int32
		dinfo          []tokInfo
		sentStart      []int
	)
	var casing *caseTable
	if !opts.NoCaseTable {
		if casing, err = defaultCaseTable(); err != nil {
			return nil, 0, trainResources{}, err
		}
	}
	tres := trainResources{gaz: final, clusters: clusters, casing: casing, twoPass: opts.TwoPass}
	var best *snapshot
	bestF, bestEpoch := -1.0, 0
	for ep := 1; ep <= opts.Epochs; ep++ {
		begin := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, di := range order {
			res := resources{gaz: folds[di%opts.Folds], clusters: clusters, casing: casing}
			toks := make([][]string, len(docs[di]))
			for i, s := range docs[di] {
				toks[i] = s.toks
			}
			st.doc.prepare(toks, nil)
			// Base features of every sentence, then the sentences in order
			// as in Tag, each knowing the labels predicted before it.
			dfeats, doffs, dinfo = dfeats[:0], doffs[:0], dinfo[:0]
			sentStart = sentStart[:0]
			for _, s := range docs[di] {
				sentStart = append(sentStart, len(dinfo))
				res.extract(st.doc, s.toks, &st.sf, len(dinfo))
				base := int32(len(dfeats))
				dfeats = append(dfeats, st.sf.feats...)
				for i := range s.toks {
					doffs = append(doffs, base+st.sf.offs[i])
				}
				dinfo = append(dinfo, st.sf.info...)
			}
			doffs = append(doffs, int32(len(dfeats)))
			// learn predicts the labels of the sentence at dinfo[at:] with its
			// base features and the history features of the given pass,
			// and updates the weights when they are wrong.
			wt := weight[di]
			learn := func(s trainSent, at, pass int) []int {
				n := len(s.toks)
				info := dinfo[at : at+n]
				hfeats, hoffs = hfeats[:0], hoffs[:0]
				for i := range info {
					hoffs = append(hoffs, int32(len(hfeats)))
					hfeats = appendHistFeats(hfeats, info, i, pass)
				}
				hoffs = append(hoffs, int32(len(hfeats)))
				if cap(scores) < n*numLabels {
					scores = make([]float32, n*numLabels)
					back = make([]uint8, n*numLabels)
				}
				sc := scores[:n*numLabels]
				clear(sc)
				for i := 0; i < n; i++ {
					e := sc[i*numLabels : (i+1)*numLabels]
					for _, fs := range [2][]uint64{dfeats[doffs[at+i]:doffs[at+i+1]], hfeats[hoffs[i]:hoffs[i+1]]} {
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
				pred = pred[:0]
				for range n {
					pred = append(pred, 0)
				}
				viterbiF(sc, t.tw[:], t.sw[:], back, pred)
				wrong := false
				for i := 0; i < n; i++ {
					if pred[i] == s.gold[i] {
						continue
					}
					wrong = true
					for _, fs := range [2][]uint64{dfeats[doffs[at+i]:doffs[at+i+1]], hfeats[hoffs[i]:hoffs[i+1]]} {
						for _, f := range fs {
							id := int(t.id(f, true)) * numLabels
							t.w[id+s.gold[i]] += wt
							t.u[id+s.gold[i]] += wt * t.c
							t.w[id+pred[i]] -= wt
							t.u[id+pred[i]] -= wt * t.c
						}
					}
				}
				if wrong {
					mistakes++
					t.sw[s.gold[0]] += wt
					t.su[s.gold[0]] += wt * t.c
					t.sw[pred[0]] -= wt
					t.su[pred[0]] -= wt * t.c
					for i := 1; i < n; i++ {
						g := s.gold[i-1]*numLabels + s.gold[i]
						p := pred[i-1]*numLabels + pred[i]
						t.tw[g] += wt
						t.tu[g] += wt * t.c
						t.tw[p] -= wt
						t.tu[p] -= wt * t.c
					}
				}
				t.c++
				return pred
			}
			for si, s := range docs[di] {
				n := len(s.toks)
				if n == 0 {
					continue
				}
				at := sentStart[si]
				info := dinfo[at : at+n]
				st.doc.setHist(info, nil)
				st.doc.record(info, learn(s, at, 0))
			}
			if opts.TwoPass {
				// The second pass learns from first-pass labels of a model
				// that was not trained on this document.
				lab := opts.stage1[di]
				st.doc.clearHist()
				for si, s := range docs[di] {
					at := sentStart[si]
					st.doc.record(dinfo[at:at+len(s.toks)], lab[at:at+len(s.toks)])
				}
				for si, s := range docs[di] {
					n := len(s.toks)
					at := sentStart[si]
					if n == 0 || !st.doc.setHist2(dinfo[at:at+n], lab[at:at+n]) {
						continue
					}
					learn(s, at, 1)
				}
			}
		}
		snap := t.snapshot()
		m := modelFrom([]*snapshot{snap}, tres, opts.MinWeight)
		msg := fmt.Sprintf("epoch %d/%d: %s, %d of %d sentences wrong, %d features", ep, opts.Epochs, time.Since(begin).Round(time.Millisecond), mistakes, nsent, m.NumFeatures())
		if len(dev) == 0 {
			best, bestEpoch = snap, ep
			logf("%s", msg)
			continue
		}
		s := Evaluate(m, dev)
		f := s.Overall.F1()
		if f > bestF {
			best, bestF, bestEpoch = snap, f, ep
			msg += " (best)"
		}
		logf("%s; dev %s", msg, s)
	}
	logf("train: keeping epoch %d", bestEpoch)
	return best, bestEpoch, tres, nil
}

// snapshot holds the averaged weights of a trainer: feature hashes in
// increasing order and their weights, numLabels per hash.
type snapshot struct {
	hashes       []uint64
	w            []float32
	trans, start []float32
}

// snapshot returns the averaged weights as they stand.
func (t *trainer) snapshot() *snapshot {
	avg := func(w, u float32) float32 { return w - u/t.c }
	s := &snapshot{hashes: make([]uint64, 0, len(t.ids))}
	for h := range t.ids {
		s.hashes = append(s.hashes, h)
	}
	sort.Slice(s.hashes, func(i, j int) bool { return s.hashes[i] < s.hashes[j] })
	s.w = make([]float32, 0, len(s.hashes)*numLabels)
	for _, h := range s.hashes {
		id := int(t.ids[h]) * numLabels
		for y := 0; y < numLabels; y++ {
			s.w = append(s.w, avg(t.w[id+y], t.u[id+y]))
		}
	}
	for i := range t.tw {
		s.trans = append(s.trans, avg(t.tw[i], t.tu[i]))
	}
	for i := range t.sw {
		s.start = append(s.start, avg(t.sw[i], t.su[i]))
	}
	return s
}

// mergeSnapshots averages the weights of several snapshots.
func mergeSnapshots(snaps []*snapshot) *snapshot {
	if len(snaps) == 1 {
		return snaps[0]
	}
	k := float32(len(snaps))
	out := &snapshot{trans: make([]float32, numLabels*numLabels), start: make([]float32, numLabels)}
	pos := make([]int, len(snaps))
	for {
		// The smallest hash not yet merged.
		h, found := uint64(0), false
		for i, s := range snaps {
			if pos[i] < len(s.hashes) && (!found || s.hashes[pos[i]] < h) {
				h, found = s.hashes[pos[i]], true
			}
		}
		if !found {
			break
		}
		var row [numLabels]float32
		for i, s := range snaps {
			if pos[i] < len(s.hashes) && s.hashes[pos[i]] == h {
				for y := range row {
					row[y] += s.w[pos[i]*numLabels+y]
				}
				pos[i]++
			}
		}
		out.hashes = append(out.hashes, h)
		for y := range row {
			out.w = append(out.w, row[y]/k)
		}
	}
	for _, s := range snaps {
		for i := range out.trans {
			out.trans[i] += s.trans[i] / k
		}
		for i := range out.start {
			out.start[i] += s.start[i] / k
		}
	}
	return out
}

// modelFrom averages the snapshots, then quantizes and prunes the weights
// into a Model.
func modelFrom(snaps []*snapshot, res trainResources, minWeight int) *Model {
	s := mergeSnapshots(snaps)
	maxAbs := float32(0)
	for _, v := range s.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	for _, v := range s.trans {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := 32000 / maxAbs
	q := func(x float32) int32 { return int32(math.Round(float64(x * scale))) }
	m := &Model{scale: scale, trans: make([]int32, numLabels*numLabels), start: make([]int32, numLabels), twoPass: res.twoPass}
	m.res = resources{gaz: res.gaz, clusters: res.clusters, casing: res.casing}
	for i := range m.trans {
		m.trans[i] = q(s.trans[i])
	}
	for i := range m.start {
		m.start[i] = q(s.start[i])
	}
	structural(m.trans, m.start)
	rows := make(map[uint32]*savedRow)
	for hi, h := range s.hashes {
		var r savedRow
		big := int32(0)
		for y := 0; y < numLabels; y++ {
			v := q(s.w[hi*numLabels+y])
			r.w[y] = int16(v)
			if v < 0 {
				v = -v
			}
			big = max(big, v)
		}
		if big < int32(minWeight) {
			continue
		}
		r.key = featKey(h)
		if old := rows[r.key]; old != nil {
			for y := range old.w {
				old.w[y] = int16(max(-32767, min(32767, int32(old.w[y])+int32(r.w[y]))))
			}
			continue
		}
		rows[r.key] = &r
	}
	m.sorted = make([]savedRow, 0, len(rows))
	for _, r := range rows {
		m.sorted = append(m.sorted, *r)
	}
	sort.Slice(m.sorted, func(i, j int) bool { return m.sorted[i].key < m.sorted[j].key })
	m.build()
	return m
}

// viterbiF is viterbi over float scores, for training.
func viterbiF(sc []float32, trans, start []float32, back []uint8, out []int) {
	n := len(out)
	var prev, cur [numLabels]float32
	const inf = float32(1e30)
	for y := 0; y < numLabels; y++ {
		prev[y] = sc[y] + start[y]
		if !validStart(y) {
			prev[y] = -inf
		}
	}
	for i := 1; i < n; i++ {
		e := sc[i*numLabels : (i+1)*numLabels]
		for y := 0; y < numLabels; y++ {
			best, arg := -2*inf, 0
			for x := 0; x < numLabels; x++ {
				if !validTransition(x, y) {
					continue
				}
				v := prev[x] + trans[x*numLabels+y]
				if v > best {
					best, arg = v, x
				}
			}
			cur[y] = best + e[y]
			back[i*numLabels+y] = uint8(arg)
		}
		prev = cur
	}
	best, arg := -2*inf, 0
	for y := 0; y < numLabels; y++ {
		if validEnd(y) && prev[y] > best {
			best, arg = prev[y], y
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*numLabels+arg])
		out[i-1] = arg
	}
}
