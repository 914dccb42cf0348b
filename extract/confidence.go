package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
)

// scoredRecognizer is a Recognizer that also says how sure it was of each
// token's label: the perceptron's max-marginals (ner.TokenScores), one per
// token of the document in sentence order.
type scoredRecognizer interface {
	RecognizeScored(sents []text.Sentence) ([]Span, []ner.TokenScores)
}

// RecognizeScored is Recognize with the max-marginals of every token.
func (p perceptron) RecognizeScored(sents []text.Sentence) ([]Span, []ner.TokenScores) {
	b := p.bufs.Get().(*recognizeBufs)
	defer p.bufs.Put(b)
	p.fill(b, sents)
	var scores []ner.TokenScores
	b.spans, scores = p.m.AppendSpansScored(b.spans[:0], nil, b.doc)
	return p.spansOf(b), scores
}

// conllNames are the recognizer's names of the types it tags.
var conllNames = map[Type]string{Person: "PER", Org: "ORG", Location: "LOC", Misc: "MISC"}

// mentionConfidence sets the confidence of each mention the recognizer's
// scores can judge: the smallest margin, over its tokens, of its type
// over any other label (ner.TokenScores.Margin). A mention whose type a
// table, an alias rule or its own words gave is not the recognizer's
// guess and is left unscored, as is one of a type the recognizer does not
// tag (a country). A mention the resolver made of tokens the recognizer
// left outside any name (a longer name seen elsewhere, a span repaired)
// is scored, below 0: the recognizer did not see it as a name, and such
// mentions are much of the junk of table lines (docs/judging/confidence.md).
func mentionConfidence(a *article, sents []text.Sentence, scores []ner.TokenScores) {
	if scores == nil {
		return
	}
	var starts, ends []int
	for _, s := range sents {
		for _, t := range s.Tokens {
			starts, ends = append(starts, t.Start), append(ends, t.End)
		}
	}
	if len(starts) != len(scores) {
		return
	}
	for _, m := range a.ms {
		typ, ok := conllNames[m.typ]
		if !ok || m.typed || m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 {
			continue
		}
		i, _ := slices.BinarySearch(starts, m.Start)
		conf, n := float32(0), 0
		for ; i < len(starts) && ends[i] <= m.End; i++ {
			if v := scores[i].Margin(typ); n == 0 || v < conf {
				conf = v
			}
			n++
		}
		if n > 0 {
			m.conf, m.scored = conf, true
			m.known = placeGaz().KnownName(m.words, typ)
			m.cue = typeCue(a.text, m)
		}
	}
}

// confFeatures are what an entity of one article offers for its
// confidence.
type confFeatures struct {
	scored   int     // mentions the recognizer's scores judge
	mentions int     // all mentions
	max      float32 // the largest confidence of a scored mention
	mean     float32
	headline bool // every mention in the headline
	caps     bool // every mention written in capitals
	words    int  // words of the longest mention
	known    bool // the model's gazetteer knows a scored mention's name as of its type
	cue      bool // the words around a scored mention say its type (typeCue)
}

// features returns the confidence features of a root group's members.
func (g *group) confFeatures() confFeatures {
	f := confFeatures{mentions: len(g.members), headline: true, caps: true}
	var sum float32
	for _, m := range g.members {
		f.words = max(f.words, len(m.words))
		f.headline = f.headline && m.headline
		f.caps = f.caps && !strings.ContainsFunc(m.Name, unicode.IsLower)
		if !m.scored {
			continue
		}
		if f.scored == 0 || m.conf > f.max {
			f.max = m.conf
		}
		sum += m.conf
		f.scored++
		f.known = f.known || m.known
		f.cue = f.cue || m.cue
	}
	if f.scored > 0 {
		f.mean = sum / float32(f.scored)
	}
	return f
}

// SuggestedMinConfidence is a least confidence for archive news like
// Reuters-21578 and the BBC set: the recognizer's margin, in its model's
// score units (ner.TokenScores.Margin), that the best mention of an entity
// of an article must reach, unless the model's gazetteer knows its name.
// It was chosen on the hand-judged random nodes of docs/judging/final to
// final11, as the largest threshold that kept 90% of their right nodes,
// and checked on final13's, held out: 71.5% of the nodes right before,
// 80.2% after, 96.5% of the right nodes kept (docs/judging/confidence.md).
// It is not the default: on text unlike the training news (our off-CoNLL
// sentences, recent names in one-sentence articles) the recognizer is less
// sure of right names, and the rule drops many of them.
const SuggestedMinConfidence = 40

// WithMinConfidence sets the recognizer's least confidence for an entity
// of an article to be kept (see SuggestedMinConfidence); 0, the default,
// keeps every entity whatever the recognizer's doubt. An entity below it
// is marked Unsure in its article (its type and mentions stay) and counted
// in Doc.Unsure; the graph (package graphstore) then drops a node only
// when every entity linked to it, over the whole corpus, is unsure, so
// that a name the recognizer was sure of somewhere keeps all its
// articles. Only the perceptron recognizer scores its labels; with another
// the option does nothing.
func WithMinConfidence(v float64) Option { return func(c *config) { c.minConf = max(v, 0) } }

// confRule finds the entities of an article whose best mention the
// recognizer was unsure of. A nil rule finds none.
type confRule struct {
	min float32
}

// unsure reports whether the root group g is an entity the recognizer
// guessed and was unsure of: of a type it tags, every mention it scored
// below the least confidence, and no name the model's gazetteer knows. An
// entity a table, an alias rule or its own words typed is never unsure,
// nor one the headline rule filled (ner.AppendSpansScored).
func (cr *confRule) unsure(g *group) bool {
	if cr == nil || g.isCountry || g.isFixed || g.typ == Misc || g.typ == Country {
		return false
	}
	f := g.confFeatures()
	if f.scored == 0 || f.known || f.cue || f.max >= cr.min {
		return false
	}
	return true
}
