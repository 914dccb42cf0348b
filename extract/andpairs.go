package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// splitAndPairs cuts in two a name that joins at "and" two names the
// article or the tables know apart: "the Tervane and Quarbin Data
// behemoths" when the article names Tervane Research and Quarbin Data on
// their own, "the Conservatives and Liberal Democrats say" (both parties
// in the table of well-known names). A name that is known whole ("Marks
// and Spencer", the pairs of [names.ConnectorNames]), or that the article
// names whole elsewhere, stays one.
func (r *Resolver) splitAndPairs(text string, ms []*mention) []*mention {
	var out []*mention
	for i, m := range ms {
		if m.typ != Org || len(m.words) < 3 || !containsString(m.words, "and") {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		l, rt, ok := r.andHalves(text, ms, m)
		if !ok {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]*mention, 0, len(ms)+1), ms[:i]...)
		}
		out = r.mentions(out, text, l[0].start, l[len(l)-1].end, m.Sentence, m.typ)
		out = r.mentions(out, text, rt[0].start, rt[len(rt)-1].end, m.Sentence, m.typ)
	}
	if out == nil {
		return ms
	}
	return out
}

// andHalves returns the words of m before and after its "and" when both
// are names known apart, and false otherwise.
func (r *Resolver) andHalves(text string, ms []*mention, m *mention) (left, right []word, ok bool) {
	whole := m.key
	if _, known := names.Known(m.Name); known || names.ConnectorNames[names.OrgKey(whole)] {
		return nil, nil, false
	}
	ws := splitWords(text, m.Start, m.End)
	k := -1
	for i, w := range ws {
		if w.text == "and" {
			if k >= 0 {
				return nil, nil, false // "A and B and C": leave it
			}
			k = i
		}
	}
	if k < 1 || k >= len(ws)-1 {
		return nil, nil, false
	}
	left, right = ws[:k], ws[k+1:]
	if !allCapitalized(left) || !allCapitalized(right) {
		return nil, nil, false
	}
	lk, rk := names.Key(joinWords(left)), names.Key(joinWords(right))
	if suffixOnly(right) {
		return nil, nil, false // "Wertheim Schroder and Co Inc"
	}
	for _, o := range ms {
		if o != m && (o.key == whole || strings.HasPrefix(o.key, whole+" ")) {
			// The article names the pair whole again, or as the start of
			// a longer name: "Harper and Row Publishers Inc".
			return nil, nil, false
		}
	}
	if listTailPair(text, m, left, right) {
		return left, right, true // tail18d: "lenders -- Tervane Bank, Quarbin Trust and Lunmark Savings Bank"
	}
	lt, rtText := joinWords(left), joinWords(right)
	if betweenPair(text, m, right) && knownApart(text, lk, ms, m, "", rtText) {
		return left, right, true // "a venture between Tervane Steel and Quarbin Steel Corp"
	}
	return left, right, knownApart(text, lk, ms, m, "", rtText) && (knownApart(text, rk, ms, m, lt, "") ||
		suffixedApart(text, rk, ms, m, lt)) // tail16n
}

// inPair reports whether the mention o stands in the same pair elsewhere:
// after "<before> and" or before "and <after>" (a headline's "HARPER AND
// ROW" cut in two names the halves apart no more than the pair does).
func inPair(text string, o *mention, before, after string) bool {
	if before != "" {
		lo := max(0, o.Start-len(before)-8)
		if strings.HasSuffix(fold(text[lo:o.Start]), strings.ToLower(before)+" and ") {
			return true
		}
	}
	if after != "" {
		hi := min(len(text), o.End+len(after)+8)
		if strings.HasPrefix(fold(text[o.End:hi]), " and "+strings.ToLower(after)) {
			return true
		}
	}
	return false
}

// fold writes s in lower case with each run of blanks as one space.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// knownApart reports whether the folded name k is a well-known name, or
// the name or the first words of another mention of the article than m
// that does not stand in the same pair ("before and k", "k and after").
//
// A common word ("Daily" of "Daily and Sunday Telegraph") counts only as a
// whole name, not as the first word of another ("Daily Mail").
func knownApart(text, k string, ms []*mention, m *mention, before, after string) bool {
	if names.IsKnownName(k) {
		return true
	}
	prefix := strings.Contains(k, " ") || !ner.CommonWord(k)
	for _, o := range ms {
		if o == m || o.Start < m.End && m.Start < o.End {
			continue
		}
		if o.key == k && !inPair(text, o, before, after) || prefix && strings.HasPrefix(o.key, k+" ") {
			return true
		}
	}
	return false
}

// suffixOnly reports whether words are company suffixes alone: "Co Inc".
func suffixOnly(ws []word) bool {
	for _, w := range ws {
		if !names.CorpSuffixes[names.Key(w.text)] {
			return false
		}
	}
	return true
}
