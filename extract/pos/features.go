package pos

// Feature templates. The numbers are part of the model format: changing one
// needs a new model.
const (
	tBias = iota
	tExact
	tLower
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tShape
	tFirstShape
	tCapsLower
	tPrevLower
	tNextLower
	tPrev2Lower
	tNext2Lower
	tPrevSuf3
	tNextSuf3
	tLowerNext
	tPrevLowerLower
	// history, POS
	tT1
	tT2T1
	tT1Lower
	tShapeShape
	tNextShape
	tT1NextLower
	tCapsSuf3
	tT1Suf3
	tCl0
	tCl1
	tCl2
	tPrevCl1
	tNextCl1
	// chunker
	cBias
	cLower
	cP
	cPm1
	cPp1
	cPm2
	cPp2
	cPm1P
	cPPp1
	cPm2Pm1P
	cPPp1Pp2
	cLm1
	cLp1
	cLP
	cC1
	cC2C1
	cC1P
	cC1L
	cPm1PPp1
	cSuf3
)

// pad is the number of padding words on each side of a sentence.
const pad = 2

var padWord = func() [2]word {
	var w [2]word
	for k := range w {
		h := mix(0xFFFF, uint64(k))
		w[k] = word{exact: h, lower: h, shape: h}
	}
	return w
}()

// sentWords fills ws with the analysis of words, padded with pad words on
// each side, and reports whether the sentence is written in capitals (a
// headline): then case says little about a word.
func sentWords(ws []word, words []string, cls clusterMap) ([]word, bool) {
	n := len(words) + 2*pad
	if cap(ws) < n {
		ws = make([]word, n)
	}
	ws = ws[:n]
	for k := range pad {
		ws[k] = padWord[0]
		ws[n-1-k] = padWord[1]
	}
	letters, caps := 0, 0
	for i, s := range words {
		w := &ws[i+pad]
		w.analyze(s, cls)
		if w.letter {
			letters++
			if w.caps {
				caps++
			}
		}
	}
	return ws, letters >= 3 && caps == letters
}

// isCaps reports what sentWords reported for the padded ws.
func isCaps(ws []word) bool {
	letters, caps := 0, 0
	for _, w := range ws[pad : len(ws)-pad] {
		if w.letter {
			letters++
			if w.caps {
				caps++
			}
		}
	}
	return letters >= 3 && caps == letters
}

// Roles of a word in the features of a token: the token itself, or a
// neighbour. The features of a word in a role depend on the word alone, so
// the tagger sums them once per word ([Model] keeps the sums of frequent
// words).
const (
	roleSelf = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	numRoles
)

// appendRole appends the features that word w gives the token it stands
// in role r to.
func appendRole(f []uint64, w *word, r int) []uint64 {
	switch r {
	case roleSelf:
		f = append(f, mix(tExact, w.exact), mix(tLower, w.lower), mix(tShape, w.shape))
		for k := range int(w.nsuf) {
			f = append(f, mix(tSuf1+uint64(k), w.suf[k]))
		}
		for k := range int(w.npre) {
			f = append(f, mix(tPre1+uint64(k), w.pre[k]))
		}
		for k, c := range w.cl {
			if c != 0 {
				f = append(f, mix(tCl0+uint64(k), uint64(c)))
			}
		}
	case rolePrev:
		f = append(f, mix(tPrevLower, w.lower))
		if w.cl[1] != 0 {
			f = append(f, mix(tPrevCl1, uint64(w.cl[1])))
		}
		if w.nsuf >= 3 {
			f = append(f, mix(tPrevSuf3, w.suf[2]))
		}
	case roleNext:
		f = append(f, mix(tNextLower, w.lower), mix(tNextShape, w.shape))
		if w.cl[1] != 0 {
			f = append(f, mix(tNextCl1, uint64(w.cl[1])))
		}
		if w.nsuf >= 3 {
			f = append(f, mix(tNextSuf3, w.suf[2]))
		}
	case rolePrev2:
		f = append(f, mix(tPrev2Lower, w.lower))
	case roleNext2:
		f = append(f, mix(tNext2Lower, w.lower))
	}
	return f
}

// firstShape is the feature of a word's shape and whether it is the first
// of its sentence.
func firstShape(w *word, first bool) uint64 { return mix2(tFirstShape, w.shape, b2u(first)) }

// appendPair appends the features of token i (index into the padded ws)
// that depend on more than one word or on the sentence, except the bias,
// [firstShape] and those of earlier tags.
func appendPair(f []uint64, ws []word, i int, caps bool) []uint64 {
	w := &ws[i]
	f = append(f,
		mix2(tLowerNext, w.lower, ws[i+1].lower),
		mix2(tPrevLowerLower, ws[i-1].lower, w.lower),
		mix2(tShapeShape, ws[i-1].shape, w.shape),
	)
	if caps {
		f = append(f, mix(tCapsLower, w.lower))
		if w.nsuf >= 3 {
			f = append(f, mix(tCapsSuf3, w.suf[2]))
		}
	}
	return f
}

// roleOffset is the position of the word in role r relative to the token.
var roleOffset = [numRoles]int{0, -1, 1, -2, 2}

// appendPOSStatic appends the features of token i (index into the padded ws)
// that do not depend on earlier tags.
func appendPOSStatic(f []uint64, ws []word, i int, caps bool) []uint64 {
	for r := range numRoles {
		f = appendRole(f, &ws[i+roleOffset[r]], r)
	}
	return appendPair(append(f, mix(tBias, 0), firstShape(&ws[i], i == pad)), ws, i, caps)
}

// posHist returns the features of a token that depend on the two tags
// before it.
// The first two are the same for every word and are looked up in dense
// tables when tagging.
func posHist(t2, t1 Tag, w, next *word) [numHist]uint64 {
	return [numHist]uint64{
		mix(tT1, uint64(t1)),
		mix2(tT2T1, uint64(t2), uint64(t1)),
		mix2(tT1Lower, uint64(t1), w.lower),
		mix2(tT1NextLower, uint64(t1), next.lower),
		mix2(tT1Suf3, uint64(t1), w.suf[2]),
	}
}

const numHist = 5

// Tags before and after a sentence, for the chunker.
const (
	tagBefore = uint64(NumTags)
	tagAfter  = uint64(NumTags) + 1
	numTagCtx = int(NumTags) + 2
)

// tagAt returns tags[i], or a padding tag outside the sentence.
func tagAt(tags []Tag, i int) uint64 {
	if i < 0 {
		return tagBefore
	}
	if i >= len(tags) {
		return tagAfter
	}
	return uint64(tags[i])
}

// The chunker's roles of a word: the token itself and its neighbours.
const (
	cRoleSelf = iota
	cRolePrev
	cRoleNext
	numCRoles
)

var cRoleOffset = [numCRoles]int{0, -1, 1}

// appendChunkRole appends the chunker's features that word w gives the
// token it stands in role r to.
func appendChunkRole(f []uint64, w *word, r int) []uint64 {
	switch r {
	case cRoleSelf:
		f = append(f, mix(cLower, w.lower))
		if w.nsuf >= 3 {
			f = append(f, mix(cSuf3, w.suf[2]))
		}
	case cRolePrev:
		f = append(f, mix(cLm1, w.lower))
	case cRoleNext:
		f = append(f, mix(cLp1, w.lower))
	}
	return f
}

// Tag n-gram features of the chunker: the tag at each of five positions,
// two bigrams, which the model keeps in dense tables, and three trigrams.
const (
	numCUni = 5
	numCBi  = 2
)

var cUniTemplate = [numCUni]uint64{cPm2, cPm1, cP, cPp1, cPp2}

func cBiKey(k int, a, b uint64) uint64 {
	if k == 0 {
		return mix2(cPm1P, a, b)
	}
	return mix2(cPPp1, a, b)
}

// appendChunkTags appends the chunker's features of token i (unpadded)
// that depend on tags, and the word-tag pair.
func appendChunkTags(f []uint64, w *word, tags []Tag, i int, dense bool) []uint64 {
	p := tagAt(tags, i)
	pm1, pm2 := tagAt(tags, i-1), tagAt(tags, i-2)
	pp1, pp2 := tagAt(tags, i+1), tagAt(tags, i+2)
	if dense {
		f = append(f,
			mix(cBias, 0),
			mix(cPm2, pm2), mix(cPm1, pm1), mix(cP, p), mix(cPp1, pp1), mix(cPp2, pp2),
			cBiKey(0, pm1, p), cBiKey(1, p, pp1),
		)
	}
	return append(f,
		mix2(cPm2Pm1P, pm2<<8|pm1, p),
		mix2(cPPp1Pp2, p<<8|pp1, pp2),
		mix2(cPm1PPp1, pm1<<8|p, pp1),
		mix2(cLP, w.lower, p),
	)
}

// appendChunkStatic appends the chunker's features of token i (index into
// the unpadded sentence) that do not depend on earlier chunk tags.
func appendChunkStatic(f []uint64, ws []word, tags []Tag, i int) []uint64 {
	for r := range numCRoles {
		f = appendChunkRole(f, &ws[i+pad+cRoleOffset[r]], r)
	}
	return appendChunkTags(f, &ws[i+pad], tags, i, true)
}

// chunkHist returns the chunker's features that depend on the two chunk
// tags before token i.
func chunkHist(c2, c1 Chunk, p uint64, w *word) [4]uint64 {
	return [4]uint64{
		mix(cC1, uint64(c1)),
		mix2(cC2C1, uint64(c2), uint64(c1)),
		mix2(cC1P, uint64(c1), p),
		mix2(cC1L, uint64(c1), w.lower),
	}
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
