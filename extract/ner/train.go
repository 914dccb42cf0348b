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
	// ExtraNoGazetteer keeps the entities of the Extra sets out of the
	// gazetteer derived from the training labels (for automatically
	// labeled sets, whose entities are the model's own guesses).
	ExtraNoGazetteer bool
	// stage1 holds, with TwoPass, the first-pass labels of each training
	// document (train, then the extra sets) from a model that was not
	// trained on it.
	stage1 [][]int
	// Learner chooses how the weights are learned: the averaged
	// perceptron (""), or a linear-chain CRF trained by averaged SGD
	// (LearnerCRFSGD) or AdaGrad (LearnerCRFAdaGrad) with step Rate
	// (default 0.1) and an L2 penalty L2 on the weights a sentence touches.
	Learner  string
	Rate, L2 float64
	// FeatureDrop leaves out of each run a share of the features, chosen
	// by a hash of the feature and the run's seed, so that the averaged
	// runs differ more (feature bagging).
	FeatureDrop float64
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
	// AdaGrad's sums of squared gradients, with LearnerCRFAdaGrad.
	g    []float32
	tg   [numLabels * numLabels]float32
	sg   [numLabels]float32
	grow bool // g grows with w
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
	if t.grow {
		t.g = append(t.g, make([]float32, numLabels)...)
	}
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
	switch opts.Learner {
	case LearnerPerceptron:
	case LearnerCRFSGD, LearnerCRFAdaGrad:
		if opts.TwoPass {
			return nil, errors.New("train: two-pass is for the perceptron only")
		}
		if opts.Rate <= 0 {
			opts.Rate = 0.1
		}
	default:
		return nil, fmt.Errorf("train: unknown learner %q (want %q or %q)", opts.Learner, LearnerCRFSGD, LearnerCRFAdaGrad)
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
