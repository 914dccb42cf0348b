package ner

import (
	"math/bits"
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
)

// Token flags.
const (
	flagDigit  = 1 << iota // has a digit
	flagHyphen             // has '-'
	flagPeriod             // has '.'
	flagAlpha              // has a letter
)

type tokInfo struct {
	exact, lower, title uint64
	shape, shapeLong    uint64
	cls, flags          uint8
	clus                []uint16
	gaz                 uint64 // bit 4*category+position
}

func analyze(tok string, ti *tokInfo) {
	ti.exact = hashString(tok)
	ti.lower = hashLower(tok)
	var upper, lower, digit, letters, other int
	var flags uint8
	sh, shl := uint64(fnvOffset), uint64(fnvOffset)
	var last byte
	nlong := 0
	first := true
	firstUpper := false
	restLower := true
	for _, r := range tok {
		var c byte
		switch {
		case r >= 'a' && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r):
			c = 'x'
			lower++
			letters++
		case r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
			if first {
				firstUpper = true
			} else {
				restLower = false
			}
		case r >= '0' && r <= '9':
			c = 'd'
			digit++
			flags |= flagDigit
		case r < utf8.RuneSelf:
			c = byte(r)
			other++
			if c == '-' {
				flags |= flagHyphen
			} else if c == '.' {
				flags |= flagPeriod
			}
		default:
			c = 'o'
			if unicode.IsLetter(r) {
				c = 'x'
				letters++
				lower++
			} else {
				other++
			}
		}
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
	if letters > 0 {
		flags |= flagAlpha
	}
	ti.shape, ti.shapeLong, ti.flags = sh, shl, flags
	switch {
	case letters == 0 && digit > 0 && other == 0:
		ti.cls = clsNum
	case letters == 0 && digit > 0:
		ti.cls = clsOther
	case letters == 0:
		ti.cls = clsPunct
	case upper == 0:
		ti.cls = clsLower
	case lower == 0 && upper == 1:
		ti.cls = clsOneCap
	case lower == 0:
		ti.cls = clsCaps
	case firstUpper && restLower:
		ti.cls = clsInit
	default:
		ti.cls = clsMixed
	}
	if ti.cls == clsCaps || ti.cls == clsOneCap || ti.cls == clsMixed {
		ti.title = hashTitle(tok)
	} else {
		ti.title = ti.exact
	}
}

func sentenceMode(info []tokInfo) uint8 {
	cased, caps, long, longCap := 0, 0, 0, 0
	for i := range info {
		switch info[i].cls {
		case clsLower:
			cased++
		case clsCaps:
			cased++
			caps++
			longCap++
			long++
		case clsInit, clsMixed:
			cased++
			long++
			longCap++
		case clsOneCap:
			cased++
			caps++
		}
	}
	_ = long
	switch {
	case cased >= 2 && caps == cased:
		return modeCaps
	case cased >= 3 && longCap == cased:
		return modeTitle
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
	flags map[uint64]uint8
	hist  map[uint64][numTypes + 1]uint16
	info  []tokInfo
}

func newDocState() *docState {
	return &docState{flags: make(map[uint64]uint8), hist: make(map[uint64][numTypes + 1]uint16)}
}

// prepare gathers the document flags.
func (d *docState) prepare(doc [][]string) {
	clear(d.flags)
	clear(d.hist)
	for _, s := range doc {
		d.info = d.info[:0]
		for _, t := range s {
			var ti tokInfo
			analyze(t, &ti)
			d.info = append(d.info, ti)
		}
		mode := sentenceMode(d.info)
		for i := range d.info {
			ti := &d.info[i]
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
			d.flags[ti.lower] |= f
		}
	}
}

// record adds the labels predicted for a sentence to the history.
func (d *docState) record(info []tokInfo, labels []int) {
	for i := range info {
		if !capitalized(info[i].cls) {
			continue
		}
		h := d.hist[info[i].lower]
		k := numTypes
		if labels[i] != labelO {
			k = labelType(labels[i])
		}
		if h[k] < 65535 {
			h[k]++
		}
		d.hist[info[i].lower] = h
	}
}

// histValue summarizes the history of a word: 0 none, 1 only O, 2+t mostly
// type t.
func (d *docState) histValue(ti *tokInfo) uint64 {
	if !capitalized(ti.cls) {
		return 0
	}
	h, ok := d.hist[ti.lower]
	if !ok {
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
}

// sentFeats holds the features of one sentence: token i has
// feats[offs[i]:offs[i+1]].
type sentFeats struct {
	info  []tokInfo
	feats []uint64
	offs  []int32
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

const outside = 0x5a5a5a5a5a5a5a5a // hash of the padding beyond a sentence

// extract computes the features of every token of sent.
func (r *resources) extract(d *docState, sent []string, sf *sentFeats) {
	n := len(sent)
	sf.info = sf.info[:0]
	for _, t := range sent {
		var ti tokInfo
		analyze(t, &ti)
		sf.info = append(sf.info, ti)
	}
	info := sf.info
	for i := range info {
		info[i].clus = r.clustersOf(&info[i])
	}
	r.gaz.mark(info)
	mode := uint64(sentenceMode(info))
	sf.feats = sf.feats[:0]
	sf.offs = append(sf.offs[:0], 0)
	lowerAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return outside + uint64(i-n)
		}
		return info[i].lower
	}
	shapeAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return outside
		}
		return info[i].shape
	}
	clsAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return 15
		}
		return uint64(info[i].cls)
	}
	add := func(tmpl, v uint64) { sf.feats = append(sf.feats, mix(tmpl, v)) }
	for i := 0; i < n; i++ {
		ti := &info[i]
		tok := sent[i]
		cls := uint64(ti.cls)
		add(fBias, 0)
		add(fWord, ti.exact)
		add(fLower, ti.lower)
		add(fLowerMode, mix(ti.lower, mode<<4|cls))
		add(fPrev1, lowerAt(i-1))
		add(fNext1, lowerAt(i+1))
		add(fPrev2, lowerAt(i-2))
		add(fNext2, lowerAt(i+2))
		add(fPrevCur, mix(lowerAt(i-1), ti.lower))
		add(fCurNext, mix(ti.lower, lowerAt(i+1)))
		add(fShape, ti.shape)
		add(fShapePrev, mix(shapeAt(i-1), ti.shape))
		add(fShapeNext, mix(ti.shape, shapeAt(i+1)))
		add(fShape3, mix(mix(shapeAt(i-1), ti.shape), shapeAt(i+1)))
		add(fShapeLong, ti.shapeLong)
		add(fPrevShape, mix(lowerAt(i-1), ti.shape))
		add(fShapeNext2, mix(ti.shape, lowerAt(i+1)))
		if ti.flags&flagAlpha != 0 {
			for k := 1; k <= 4 && k < len(tok); k++ {
				add(fPrefix+uint64(k)<<8, hashLower(tok[:k]))
				add(fSuffix+uint64(k)<<8, hashLower(tok[len(tok)-k:]))
			}
		}
		first := uint64(0)
		if i == 0 {
			first = 1
		}
		add(fClsMode, cls|mode<<4|first<<8)
		add(fCls3, clsAt(i-1)|cls<<4|clsAt(i+1)<<8|mode<<12)
		add(fFlags, uint64(ti.flags)|cls<<8)
		for l, c := range ti.clus {
			add(fClus+uint64(l)<<8, uint64(c))
			add(fClus+uint64(l)<<8+1<<16, uint64(c)|cls<<16)
		}
		if i > 0 {
			for l, c := range info[i-1].clus {
				add(fClusPrev+uint64(l)<<8, uint64(c))
			}
		}
		if i+1 < n {
			for l, c := range info[i+1].clus {
				add(fClusNext+uint64(l)<<8, uint64(c))
			}
		}
		capBit := uint64(0)
		if capitalized(ti.cls) {
			capBit = 1
		}
		for g := ti.gaz; g != 0; g &= g - 1 {
			b := uint64(trailingZeros(g))
			add(fGaz, b<<1|capBit)
		}
		if i > 0 {
			for g := info[i-1].gaz; g != 0; g &= g - 1 {
				add(fGazPrev, uint64(trailingZeros(g)))
			}
		}
		if i+1 < n {
			for g := info[i+1].gaz; g != 0; g &= g - 1 {
				add(fGazNext, uint64(trailingZeros(g)))
			}
		}
		df := uint64(d.flags[ti.lower])
		add(fDoc, df|cls<<8|mode<<12)
		hv := d.histValue(ti)
		add(fHist, hv|cls<<8)
		if i > 0 {
			add(fHistPrev, d.histValue(&info[i-1])|hv<<8)
		}
		if i+1 < n {
			add(fHistNext, d.histValue(&info[i+1])|hv<<8)
		}
		sf.offs = append(sf.offs, int32(len(sf.feats)))
	}
}

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }
