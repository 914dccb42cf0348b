package ner

import "math"

// Learners of [TrainOptions.Learner].
const (
	LearnerPerceptron = ""            // the averaged structured perceptron
	LearnerCRFSGD     = "crf-sgd"     // a linear-chain CRF, averaged SGD
	LearnerCRFAdaGrad = "crf-adagrad" // a linear-chain CRF, AdaGrad steps, averaged
)

// crfState holds the buffers of the forward-backward pass.
type crfState struct {
	emit  []float64 // exp of the emission scores, each token's max at 1
	alpha []float64 // scaled forward probabilities
	beta  []float64 // scaled backward probabilities
	marg  []float64 // token marginals
	trans [numLabels * numLabels]float64
	start [numLabels]float64
}

// marginals computes the marginal probability of each label of each of
// the n tokens of a sentence under the linear-chain CRF whose emission
// scores are sc and whose transition and start scores are trans and start,
// with BILOU's constraints. It leaves them in cs.marg and adds the expected
// transition and start counts, times -rate, to dtrans and dstart.
func (cs *crfState) marginals(sc []float32, trans, start []float32, n int, dtrans, dstart []float64, rate float64) {
	cs.potentials(sc, trans, start, n)
	cs.forward(n)
	cs.backward(n)
	L := numLabels
	alpha, beta, marg := cs.alpha[:n*L], cs.beta[:n*L], cs.marg[:n*L]
	for i := 0; i < n; i++ {
		sum := 0.0
		for y := 0; y < L; y++ {
			v := alpha[i*L+y] * beta[i*L+y]
			marg[i*L+y] = v
			sum += v
		}
		for y := 0; y < L; y++ {
			marg[i*L+y] /= sum
		}
	}
	for y := 0; y < L; y++ {
		dstart[y] -= rate * marg[y]
	}
	for i := 1; i < n; i++ {
		cs.pairs(i, dtrans, rate)
	}
}

// potentials fills in the exponentiated scores: transitions, starts and
// emissions, each token's largest emission at 1.
func (cs *crfState) potentials(sc []float32, trans, start []float32, n int) {
	L := numLabels
	if cap(cs.emit) < n*L {
		cs.emit = make([]float64, n*L)
		cs.alpha = make([]float64, n*L)
		cs.beta = make([]float64, n*L)
		cs.marg = make([]float64, n*L)
	}
	for x := 0; x < L; x++ {
		for y := 0; y < L; y++ {
			v := 0.0
			if validTransition(x, y) {
				v = math.Exp(float64(trans[x*L+y]))
			}
			cs.trans[x*L+y] = v
		}
		cs.start[x] = 0
		if validStart(x) {
			cs.start[x] = math.Exp(float64(start[x]))
		}
	}
	emit := cs.emit[:n*L]
	for i := 0; i < n; i++ {
		e := sc[i*L : (i+1)*L]
		m := e[0]
		for _, v := range e[1:] {
			m = max(m, v)
		}
		for y, v := range e {
			emit[i*L+y] = math.Exp(float64(v - m))
		}
	}
}

// normalize scales v to sum 1.
func normalize(v []float64) {
	sum := 0.0
	for _, x := range v {
		sum += x
	}
	for i := range v {
		v[i] /= sum
	}
}

// forward computes the forward probabilities, each position scaled to
// sum 1.
func (cs *crfState) forward(n int) {
	L := numLabels
	alpha, emit := cs.alpha[:n*L], cs.emit[:n*L]
	for y := 0; y < L; y++ {
		alpha[y] = cs.start[y] * emit[y]
	}
	normalize(alpha[:L])
	for i := 1; i < n; i++ {
		prev, cur := alpha[(i-1)*L:i*L], alpha[i*L:(i+1)*L]
		clear(cur)
		for x, a := range prev {
			if a == 0 {
				continue
			}
			row := cs.trans[x*L : (x+1)*L]
			for y := range cur {
				cur[y] += a * row[y]
			}
		}
		for y := range cur {
			cur[y] *= emit[i*L+y]
		}
		normalize(cur)
	}
}

// backward computes the backward probabilities, each position scaled to
// sum 1; only the labels that may end a sentence end it.
func (cs *crfState) backward(n int) {
	L := numLabels
	beta, emit := cs.beta[:n*L], cs.emit[:n*L]
	last := beta[(n-1)*L : n*L]
	for y := range last {
		last[y] = 0
		if validEnd(y) {
			last[y] = 1
		}
	}
	for i := n - 2; i >= 0; i-- {
		next, cur := beta[(i+1)*L:(i+2)*L], beta[i*L:(i+1)*L]
		var eb [numLabels]float64
		for y := range eb {
			eb[y] = emit[(i+1)*L+y] * next[y]
		}
		for x := range cur {
			row := cs.trans[x*L : (x+1)*L]
			v := 0.0
			for y, t := range row {
				v += t * eb[y]
			}
			cur[x] = v
		}
		normalize(cur)
	}
}

// pairs adds the marginals of the label pairs at tokens i-1 and i, times
// -rate, to dtrans.
func (cs *crfState) pairs(i int, dtrans []float64, rate float64) {
	L := numLabels
	var eb [numLabels]float64
	for y := range eb {
		eb[y] = cs.emit[i*L+y] * cs.beta[i*L+y]
	}
	prev := cs.alpha[(i-1)*L : i*L]
	sum := 0.0
	for x, a := range prev {
		if a == 0 {
			continue
		}
		for y := 0; y < L; y++ {
			sum += a * cs.trans[x*L+y] * eb[y]
		}
	}
	k := rate / sum
	for x, a := range prev {
		if a == 0 {
			continue
		}
		for y := 0; y < L; y++ {
			dtrans[x*L+y] -= k * a * cs.trans[x*L+y] * eb[y]
		}
	}
}

// learnCRF takes a step of the CRF's log-likelihood gradient on sentence
// s at l.dinfo[at:], with the history features of the given pass, and
// returns the labels Viterbi predicts under the weights before the step
// (which the later sentences of the document see as history).
func (l *learner) learnCRF(s trainSent, at, pass int, wt float32, opts *TrainOptions) []int {
	n := len(s.toks)
	pred := l.predict(at, n, pass)
	t := l.t
	rate := opts.Rate * float64(wt)
	var dtrans [numLabels * numLabels]float64
	var dstart [numLabels]float64
	l.crf.marginals(l.scores[:n*numLabels], t.tw[:], t.sw[:], n, dtrans[:], dstart[:], rate)
	wrong := false
	for i := 0; i < n; i++ {
		if pred[i] != s.gold[i] {
			wrong = true
		}
	}
	if wrong {
		l.mistakes++
	}
	dstart[s.gold[0]] += rate
	for i := 1; i < n; i++ {
		dtrans[s.gold[i-1]*numLabels+s.gold[i]] += rate
	}
	adagrad := opts.Learner == LearnerCRFAdaGrad
	var g [numLabels]float64
	for i := 0; i < n; i++ {
		p := l.crf.marg[i*numLabels : (i+1)*numLabels]
		for y := range g {
			g[y] = -p[y]
		}
		g[s.gold[i]]++
		for _, fs := range l.feats(at, i) {
			for _, f := range fs {
				t.stepFeature(int(t.id(f, true))*numLabels, &g, rate, opts.L2, adagrad)
			}
		}
	}
	// The transition and start weights see every sentence.
	step := func(w, u, gs *float32, v float64) {
		v -= rate * opts.L2 * float64(*w)
		if adagrad {
			*gs += float32(v * v / (rate * rate))
			v /= math.Sqrt(float64(*gs)) + 1e-8
		}
		d := float32(v)
		*w += d
		*u += d * t.c
	}
	for i, v := range dtrans {
		if validTransition(i/numLabels, i%numLabels) {
			step(&t.tw[i], &t.tu[i], &t.tg[i], v)
		}
	}
	for y, v := range dstart {
		if validStart(y) {
			step(&t.sw[y], &t.su[y], &t.sg[y], v)
		}
	}
	t.c++
	return pred
}

// stepFeature moves the weights of the feature at w[id:] along the
// gradient g of one token, by rate (times AdaGrad's scale with adagrad),
// keeping the sums of the averaged weights.
func (t *trainer) stepFeature(id int, g *[numLabels]float64, rate, l2 float64, adagrad bool) {
	w, u := t.w[id:id+numLabels], t.u[id:id+numLabels]
	if adagrad {
		gs := t.g[id : id+numLabels]
		for y, v := range g {
			v -= l2 * float64(w[y])
			if v > -1e-6 && v < 1e-6 {
				continue
			}
			gs[y] += float32(v * v)
			d := float32(rate * v / (math.Sqrt(float64(gs[y])) + 1e-8))
			w[y] += d
			u[y] += d * t.c
		}
		return
	}
	for y, v := range g {
		v = rate*v - rate*l2*float64(w[y])
		if v > -1e-7 && v < 1e-7 {
			continue
		}
		w[y] += float32(v)
		u[y] += float32(v) * t.c
	}
}
