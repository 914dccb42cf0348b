package extract

import (
	"slices"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// scan adds the country and agency names the recognizer missed, and credits
// like "— Reuters" at the end of an article. A name found where the
// recognizer found a shorter one ("North" of "North Korea") replaces it.
func (r *Resolver) scan(text string, sents []text.Sentence, ms []*mention) []*mention {
	var added []*mention
	var keys tokenKeys
	for si, s := range sents {
		toks := s.Tokens
		keys.reset(toks)
		for i := 0; i < len(toks); i++ {
			if !names.IsCapitalized(toks[i].Text) {
				continue
			}
			most, ok := r.t.ScanFirst[string(keys.key(i))]
			if !ok {
				continue
			}
			if m, l := r.scanAt(text, si, &keys, i, most, ms); m != nil {
				added = append(added, m)
				i += l - 1
			}
		}
	}
	kept := ms[:0]
	for _, m := range ms {
		if !m.removed {
			kept = append(kept, m)
		}
	}
	return append(kept, added...)
}

// scanAt looks for the longest country or agency name of at most most+2
// tokens starting at token i of sentence si, and returns its mention and
// its length in tokens, or nil.
func (r *Resolver) scanAt(text string, si int, keys *tokenKeys, i, most int, ms []*mention) (*mention, int) {
	toks := keys.toks
	for l := min(most+2, len(toks)-i); l >= 1; l-- {
		if !r.t.ScanNames[string(keys.join(i, l))] {
			continue
		}
		s, e := toks[i].Start, toks[i+l-1].End
		if s < 0 || e > len(text) || s >= e || blocked(ms, s, e) {
			continue // most names found are the recognizer's already
		}
		ws := splitWords(text, s, e)
		if len(ws) == 0 {
			continue
		}
		name := names.StripPossessive(joinWords(ws))
		key := names.Key(name)
		c := r.t.Country(name, key)
		a := r.t.Agency(name, key)
		if i, ok := r.t.AgencyCredit[key]; ok && a < 0 && aloneOnLine(text, ws[0].start, ws[len(ws)-1].end) {
			a = i // the "Reuter" that ends the copy
		}
		if c < 0 && a < 0 || covered(ms, s, e) {
			continue
		}
		if c >= 0 && (r.t.Countries[c].Weak || !allCapitalized(ws)) {
			continue
		}
		if a >= 0 && !names.Agencies[a].Strong && !creditRole(text, ws[0].start, ws[len(ws)-1].end, true) && !aloneOnLine(text, ws[0].start, ws[len(ws)-1].end) {
			continue
		}
		typ := Location
		if a >= 0 {
			typ = Org
		}
		return r.build(text, ws, si, typ), l
	}
	return nil, 0
}

// blocked reports whether [s, e) overlaps a mention that it does not
// contain, or a person or organization.
func blocked(ms []*mention, s, e int) bool {
	for _, m := range ms {
		if m.removed || m.End <= s || e <= m.Start {
			continue
		}
		if m.Start < s || m.End > e || m.Start == s && m.End == e || m.typ == Person || m.typ == Org {
			return true
		}
	}
	return false
}

// covered reports whether [s, e) is blocked; when it is not, the mentions
// it contains ("North" for "North Korea") give way: they are marked
// removed.
func covered(ms []*mention, s, e int) bool {
	if blocked(ms, s, e) {
		return true
	}
	for _, m := range ms {
		if !m.removed && m.Start < e && s < m.End {
			m.removed = true
		}
	}
	return false
}

// tokenKeys are the folded tokens of a sentence, filled as needed in one
// buffer, so that map lookups with string(bytes) do not allocate.
type tokenKeys struct {
	toks   []text.Token
	arena  []byte
	spans  [][2]int32 // of each token's key in arena; -1 until folded
	joined []byte
}

// reset starts on the tokens of another sentence.
func (k *tokenKeys) reset(toks []text.Token) {
	k.toks = toks
	k.arena = k.arena[:0]
	k.spans = slices.Grow(k.spans[:0], len(toks))[:len(toks)]
	for j := range k.spans {
		k.spans[j] = [2]int32{-1, -1}
	}
}

// key returns the key of token j.
func (k *tokenKeys) key(j int) []byte {
	if k.spans[j][0] < 0 {
		b := len(k.arena)
		k.arena = names.AppendKey(k.arena, k.toks[j].Text)
		k.spans[j] = [2]int32{int32(b), int32(len(k.arena))}
	}
	return k.arena[k.spans[j][0]:k.spans[j][1]]
}

// join returns the keys of tokens [i, i+l) joined by spaces, leaving out
// empty ones. The result is valid until the next call.
func (k *tokenKeys) join(i, l int) []byte {
	k.joined = k.joined[:0]
	for j := i; j < i+l; j++ {
		if kj := k.key(j); len(kj) > 0 {
			if len(k.joined) > 0 {
				k.joined = append(k.joined, ' ')
			}
			k.joined = append(k.joined, kj...)
		}
	}
	return k.joined
}

// allCapitalized reports whether every word but minor ones is capitalized.
func allCapitalized(ws []word) bool {
	for _, w := range ws {
		if !names.IsCapitalized(w.text) && !names.MinorWords[w.text] {
			return false
		}
	}
	return true
}
