package ner

import "math"

// Confidence: how much the tagger's best labeling of a token would lose if
// the token were given another kind of label. These are max-marginals of
// the Viterbi lattice: for each token and each group of labels (O, or the
// four labels of a type), the score of the best path through the sentence
// that gives the token a label of that group, less the best path's score.
// The best path's own group scores 0, every other group 0 or less, so a
// group's margin over the next best says how sure the tagger was.

// TokenScores holds a token's max-marginals relative to the best path, in
// the units of the model's weights: [0] with the token labeled O, [1+t]
// with the token inside an entity of type t (PER, ORG, LOC, MISC). The
// best path's group is 0, the others are 0 or less.
type TokenScores [1 + numTypes]float32

// Margin returns how much better the best labeling giving the token a
// label of type typ ("PER", "ORG", "LOC", "MISC") scores than the best
// giving it any label that is not of that type: positive when the tagger
// prefers typ, negative when it prefers something else. An unknown type is
// scored as O.
func (s *TokenScores) Margin(typ string) float32 {
	g := typeIndex(typ) + 1
	best := float32(-1e30)
	for i, v := range s {
		if i != g && v > best {
			best = v
		}
	}
	return s[g] - best
}

// AppendSpansScored is [Model.AppendSpans] that also appends to scores,
// for each token of the document in order, its [TokenScores] on the
// scores that gave its labels (the second pass's where it labeled the
// sentence again). A sentence without entities is not scored: its tokens
// are marked sure of O. A name that the headline rule filled took its type
// from the prose, not from these scores: its tokens are marked sure too.
// Sure is 0 for the label's group and -Inf for the others.
func (m *Model) AppendSpansScored(dst []DocSpan, scores []TokenScores, doc [][]string) ([]DocSpan, []TokenScores) {
	st := m.pool.Get().(*tagState)
	defer m.pool.Put(st)
	n := 0
	for _, s := range doc {
		n += len(s)
	}
	at := len(scores)
	for range n {
		scores = append(scores, TokenScores{1, 1, 1, 1, 1}) // not scored: made sure below
	}
	st.mm = scores[at:]
	m.label(st, doc)
	st.mm = nil
	for i, y := range st.docLabels {
		g := 0
		if y != labelO {
			g = 1 + labelType(y)
		}
		if s := &scores[at+i]; s[g] != 0 {
			for k := range s {
				s[k] = float32(math.Inf(-1))
			}
			s[g] = 0
		}
	}
	return st.appendDocSpans(dst, doc), scores
}

// maxMarginals writes to out the TokenScores of the n tokens whose
// emission scores are sc (n x numLabels) and whose forward scores viterbi
// left in alpha: a backward pass of max-sum over the same lattice, on the
// same transition tables (tOpen, tIn), so that only the transitions BILOU
// allows are tried, and the two summed. beta is scratch of at least
// n*numLabels. Its sums are kept at or above negInf, so that a long run of
// tokens forced to O cannot overflow.
func (m *Model) maxMarginals(sc []int32, alpha, beta []int32, out []TokenScores) {
	n := len(out)
	if n == 0 {
		return
	}
	sc, alpha, beta = sc[:n*numLabels], alpha[:n*numLabels], beta[:n*numLabels]
	to, ti := &m.tOpen, &m.tIn
	last := (*[numLabels]int32)(beta[(n-1)*numLabels:])
	for y := 0; y < numLabels; y++ {
		last[y] = negInf
		if validEnd(y) {
			last[y] = 0
		}
	}
	for i := n - 2; i >= 0; i-- {
		cb := (*[numLabels]int32)(beta[i*numLabels:])
		nb := (*[numLabels]int32)(beta[(i+1)*numLabels:])
		e := (*[numLabels]int32)(sc[(i+1)*numLabels:])
		var no [len(openers)]int32 // what follows each opener
		for j, o := range openers {
			no[j] = e[o] + nb[o]
		}
		for k, c := range closers {
			best := to[0][k] + no[0]
			for j := 1; j < len(openers); j++ {
				best = max(best, to[j][k]+no[j])
			}
			cb[c] = max(best, negInf)
		}
		for t := 0; t < numTypes; t++ {
			b, in, l := 1+4*t, 2+4*t, 3+4*t
			ni, nl := e[in]+nb[in], e[l]+nb[l]
			cb[b] = max(max(ti[t][0]+ni, ti[t][2]+nl), negInf)
			cb[in] = max(max(ti[t][1]+ni, ti[t][3]+nl), negInf)
		}
	}
	inv := 1 / m.scale
	for i := 0; i < n; i++ {
		a := (*[numLabels]int32)(alpha[i*numLabels:])
		b := (*[numLabels]int32)(beta[i*numLabels:])
		var g [1 + numTypes]int32
		g[0] = a[labelO] + b[labelO]
		top := g[0]
		for t := 0; t < numTypes; t++ {
			y := 1 + 4*t
			v := max(a[y]+b[y], a[y+1]+b[y+1], a[y+2]+b[y+2], a[y+3]+b[y+3])
			g[1+t] = v
			top = max(top, v)
		}
		for k, v := range g {
			out[i][k] = float32(v-top) * inv
		}
	}
}

// knownCats are, for each type, the gazetteer's categories that name
// entities of it.
var knownCats = map[string]uint32{
	"PER": 1<<gazPER | 1<<gazPerson,
	"ORG": 1<<gazORG | 1<<gazOrg | 1<<gazMedia | 1<<gazTeam | 1<<gazAgency | 1<<gazClub | 1<<gazCompany |
		1<<gazUniv | 1<<gazParty,
	"LOC": placeCats,
}

// KnownName reports whether the model's gazetteer holds the whole name
// words, ignoring case, as a name of type typ ("PER", "ORG", "LOC"): a
// name the tagger may be unsure of in a short or unusual text, yet known.
func (m *Model) KnownName(words []string, typ string) bool {
	cats := knownCats[typ]
	return cats != 0 && m.gazBits(words)&cats != 0
}
