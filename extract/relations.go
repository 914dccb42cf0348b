package extract

import (
	"cmp"
	"slices"
	"sync"

	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
	"github.com/nergraph/nergraph/extract/text"
)

// Relation is one relation between two entities of a document, as one of
// its sentences states it: "The United States has accused North Korea"
// gives {Subject: "country:US", Predicate: "accuse", Object: "country:KP",
// Text: "has accused"}. Subject and Object are ids of the Doc's entities.
// The offsets refer to Doc.Text: Start and End span the words that state
// the relation, SentenceStart and SentenceEnd the whole sentence, the
// evidence an analyst reads to check it.
type Relation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"` // a lemma phrase in lower case: "accuse", "meet with", "chief executive of"
	Object    string `json:"object"`
	Text      string `json:"text"` // the words as written, parts of a broken phrase joined by " ... "
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// SentenceStart and SentenceEnd span the sentence in Doc.Text.
	SentenceStart int  `json:"sentence_start"`
	SentenceEnd   int  `json:"sentence_end"`
	Negated       bool `json:"negated"`             // the text says it did not or will not hold
	Symmetric     bool `json:"symmetric,omitempty"` // reciprocal ("Kim and Putin exchanged letters"): either order is right
	Role          bool `json:"role,omitempty"`      // from a title, possessive or apposition, not a verb
}

// WithRelations turns the finding of relations between the entities of a
// sentence on or off ([Doc].Relations); it is on by default. Off, the
// part-of-speech model is not loaded and Extract does no relation work.
func WithRelations(on bool) Option { return func(c *config) { c.noRelations = !on } }

// findRelations finds the relations between the entities of each sentence
// that mentions two distinct entities or more (not counting credits such as
// "(Reuters)"): only those sentences are tagged, and often only up to
// their last entity (relate.AppendTagged).
func findRelations(m *pos.Model, sents []text.Sentence, ents []Entity) []Relation {
	if len(ents) < 2 {
		return nil
	}
	b := relBuffers.Get().(*relScratch)
	defer relBuffers.Put(b)
	var out []Relation
	b.all = appendMentions(b.all[:0], ents)
	all := b.all
	used := 0 // the most tokens or spans a sentence held: what clear must zero
	for len(all) > 0 {
		si := all[0].sentence
		k := 1
		for k < len(all) && all[k].sentence == si {
			k++
		}
		ms := all[:k]
		all = all[k:]
		if si < 0 || si >= len(sents) || !twoEntities(ms) {
			continue
		}
		s := sents[si]
		b.kept, b.toks, b.words = b.kept[:0], b.toks[:0], b.words[:0]
		for _, t := range s.Tokens {
			if t.Text == "<" || t.Text == ">" {
				// Reuters' brackets around a company's name ("an offer
				// from <Sterling Grace Capital Management LP>") stand
				// between a verb and its object: the relations are read
				// without them.
				continue
			}
			b.kept = append(b.kept, t)
			b.toks = append(b.toks, relate.Token{Text: t.Text, Start: t.Start, End: t.End})
			b.words = append(b.words, t.Text)
		}
		b.spans = appendTokenSpans(b.spans[:0], b.kept, ms)
		rs := relate.Sentence{Index: si, Tokens: b.toks, Mentions: b.spans}
		b.rels, b.tags = relate.AppendTagged(b.rels[:0], m, rs, b.words, b.tags)
		used = max(used, len(b.kept), len(b.spans))
		for _, r := range b.rels {
			out = append(out, Relation{Subject: r.Subject, Predicate: r.Predicate, Object: r.Object, Text: r.Text,
				Sentence: si, Start: r.Start, End: r.End, SentenceStart: s.Start, SentenceEnd: s.End,
				Negated: r.Negated, Symmetric: r.Symmetric, Role: r.Role})
		}
	}
	b.clear(used)
	return out
}

// relScratch holds findRelations' buffers, kept for the next document:
// most documents tag a sentence or two, and growing them afresh each time
// cost more than the tagging of short ones.
type relScratch struct {
	all   []sentMention
	kept  []text.Token // the sentence's tokens but brackets
	toks  []relate.Token
	words []string
	tags  []pos.Tag
	spans []relate.Mention
	rels  []relate.Relation
}

var relBuffers = sync.Pool{New: func() any { return new(relScratch) }}

// clear drops the strings the buffers hold, so that a pooled scratch does
// not keep a document's text alive. Each was zeroed to its capacity after
// the last document, so only what this one wrote is: all its mentions, and
// the first used tokens and spans (appended only, sentence by sentence).
// The relations are zeroed to their capacity: relate may write some past
// the length it returns.
func (b *relScratch) clear(used int) {
	clear(b.all)
	clear(b.kept[:min(used, cap(b.kept))])
	clear(b.toks[:min(used, cap(b.toks))])
	clear(b.words[:min(used, cap(b.words))])
	clear(b.spans[:min(used, cap(b.spans))])
	clear(b.rels[:cap(b.rels)])
}

// sentMention is one mention of an entity by its sentence and byte span.
type sentMention struct {
	sentence   int
	start, end int
	m          relate.Mention
}

// appendMentions appends the mentions of ents to out sorted by sentence
// and offset, the longer first of two that start together.
func appendMentions(out []sentMention, ents []Entity) []sentMention {
	for _, e := range ents {
		for _, mn := range e.Mentions {
			out = append(out, sentMention{mn.Sentence, mn.Start, mn.End,
				relate.Mention{Entity: e.ID, Type: relate.Type(e.Type), Source: mn.Role == RoleSource}})
		}
	}
	slices.SortFunc(out, func(a, b sentMention) int {
		return cmp.Or(cmp.Compare(a.sentence, b.sentence), cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	return out
}

// twoEntities reports whether ms mention two distinct entities that may end
// a relation: a credit cannot.
func twoEntities(ms []sentMention) bool {
	first := ""
	for _, m := range ms {
		switch {
		case m.m.Source:
		case first == "":
			first = m.m.Entity
		case m.m.Entity != first:
			return true
		}
	}
	return false
}

// appendTokenSpans appends the token spans of a sentence's mentions, given
// by byte spans, to dst: the tokens that lie inside each span. A mention
// that covers no whole token is left out.
func appendTokenSpans(dst []relate.Mention, toks []text.Token, ms []sentMention) []relate.Mention {
	t := 0
	for _, sm := range ms {
		for t > 0 && toks[t-1].End > sm.start {
			t-- // an overlapping span may start before the last one ended
		}
		for t < len(toks) && toks[t].End <= sm.start {
			t++
		}
		start, end := -1, -1
		for x := t; x < len(toks) && toks[x].Start < sm.end; x++ {
			if toks[x].Start >= sm.start && toks[x].End <= sm.end {
				if start < 0 {
					start = x
				}
				end = x + 1
			}
		}
		if start >= 0 {
			m := sm.m
			m.Start, m.End = start, end
			dst = append(dst, m)
		}
	}
	return dst
}
