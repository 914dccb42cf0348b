package extract

import (
	"github.com/nergraph/nergraph/internal/names"
)

// pairHeads end a firm's or a body's name of two words or more before
// "and" or "&" when a second name follows: "Tervane Bank and Quarbin
// Trust Co", "Lunmark Securities and Osterby Inc", "the Tervane Commission
// and Quarbin Union of Students". The company suffixes
// ([names.CorpSuffixes]) end one too. "Service", "Exchange" and "Office"
// are left out: "Tervane Rubber Exchange and Licensing Board" is one.
var pairHeads = names.Set{"bank": true, "securities": true, "brothers": true, "markets": true,
	"commission": true, "department": true, "party": true, "committee": true, "union": true,
	"association": true, "council": true}

// pairTails begin the second part of one firm's name after a head and
// "and": "Tervane Bank and Trust Co", "Lunmark Securities and Investment
// Board". A name whose part after "and" begins with one of them, or with
// a company suffix, stays whole.
var pairTails = names.Set{"trust": true, "trusts": true, "banking": true, "savings": true, "loan": true,
	"loans": true, "exchange": true, "investment": true, "investments": true, "financial": true,
	"finance": true, "insurance": true, "trading": true, "sons": true, "associates": true, "partners": true,
	"development": true, "mortgage": true, "credit": true, "commerce": true}

// splitHeadPairs cuts in two an organization's mention that glues two
// names together:
//   - at "and" or "&" after a firm's head word or suffix, when the words
//     before it are two or more and a capitalized name that no
//     [pairTails] word begins follows: "named Tervane Bank and Quarbin
//     Trust Co as agents", "Lunmark Corp and Osterby Inc";
//   - at a lower-case "by" between two capitalized names: "the assumption
//     of Tervane Bank by Quarbin Bank of Elkton".
//
// Names the tables know whole ([names.Known], [names.ConnectorNames])
// stay one.
func (r *Resolver) splitHeadPairs(text string, ms []*mention) []*mention {
	return splitEach(ms, func(out []*mention, m *mention) ([]*mention, bool) {
		if m.typ != Org || len(m.words) < 3 {
			return out, false
		}
		k := headPairCut(text, m)
		if k < 0 {
			return out, false
		}
		ws := splitWords(text, m.Start, m.End)
		out = r.mentions(out, text, ws[0].start, ws[k-1].end, m.Sentence, m.typ)
		return r.mentions(out, text, ws[k+1].start, ws[len(ws)-1].end, m.Sentence, m.typ), true
	})
}

// splitEach returns ms with each mention that split cuts replaced by the
// mentions split appends to out; split reports whether it cut m. ms is
// returned as it is when split cuts none.
func splitEach(ms []*mention, split func(out []*mention, m *mention) ([]*mention, bool)) []*mention {
	var out []*mention
	for i, m := range ms {
		if out == nil {
			next, ok := split(nil, m)
			if ok {
				out = append(append(make([]*mention, 0, len(ms)+1), ms[:i]...), next...)
			}
			continue
		}
		next, ok := split(out, m)
		if !ok {
			next = append(next, m)
		}
		out = next
	}
	if out == nil {
		return ms
	}
	return out
}

// headPairCut returns the index of the word of m's text at which it is
// cut by [Resolver.splitHeadPairs], or -1.
func headPairCut(text string, m *mention) int {
	if !containsString(m.words, "and") && !containsString(m.words, "by") {
		return -1
	}
	if _, known := names.Known(m.Name); known || names.ConnectorNames[names.OrgKey(m.key)] {
		return -1
	}
	ws := splitWords(text, m.Start, m.End)
	for k := 1; k < len(ws)-1; k++ {
		switch ws[k].text {
		case "by":
			if allCapitalized(ws[:k]) && allCapitalized(ws[k+1:]) {
				return k
			}
		case "and", "&":
			if k >= 2 && headBefore(ws[:k]) && firmAfter(ws[k+1:]) {
				return k
			}
		}
	}
	return -1
}

// headBefore reports whether ws, capitalized, end in a firm's head word or
// company suffix.
func headBefore(ws []word) bool {
	last := names.Key(ws[len(ws)-1].text)
	return (pairHeads[last] || names.CorpSuffixes[last]) && allCapitalized(ws)
}

// firmAfter reports whether ws, capitalized, begin a name of their own:
// not with a [pairTails] word nor a company suffix.
func firmAfter(ws []word) bool {
	first := names.Key(ws[0].text)
	return names.IsCapitalized(ws[0].text) && !pairTails[first] && !names.CorpSuffixes[first] &&
		!suffixOnly(ws) && allCapitalized(ws)
}
