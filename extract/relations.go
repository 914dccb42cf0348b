package extract

import (
	"cmp"
	"slices"

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
// "(Reuters)"): only those sentences are tagged.
func findRelations(m *pos.Model, sents []text.Sentence, ents []Entity) []Relation {
	bySent := mentionsBySentence(sents, ents)
	var out []Relation
	var words []string
	var tags []pos.Tag
	for si, ms := range bySent {
		if !twoEntities(ms) {
			continue
		}
		s := sents[si]
		toks := make([]relate.Token, len(s.Tokens))
		words = words[:0]
		for i, t := range s.Tokens {
			toks[i] = relate.Token{Text: t.Text, Start: t.Start, End: t.End}
			words = append(words, t.Text)
		}
		rs := relate.Sentence{Index: si, Tokens: toks, Mentions: tokenSpans(s.Tokens, ms)}
		tags = m.AppendTags(tags[:0], words)
		rs.Tags = tags
		for _, r := range relate.Find(rs) {
			out = append(out, Relation{Subject: r.Subject, Predicate: r.Predicate, Object: r.Object, Text: r.Text,
				Sentence: si, Start: r.Start, End: r.End, SentenceStart: s.Start, SentenceEnd: s.End,
				Negated: r.Negated, Symmetric: r.Symmetric, Role: r.Role})
		}
	}
	return out
}

// sentMention is one mention of an entity by its byte span.
type sentMention struct {
	start, end int
	m          relate.Mention
}

// mentionsBySentence groups the mentions of ents by sentence, each group
// sorted by offset. Sentences without a mention have none.
func mentionsBySentence(sents []text.Sentence, ents []Entity) [][]sentMention {
	by := make([][]sentMention, len(sents))
	for _, e := range ents {
		for _, mn := range e.Mentions {
			if mn.Sentence < 0 || mn.Sentence >= len(sents) {
				continue
			}
			by[mn.Sentence] = append(by[mn.Sentence], sentMention{mn.Start, mn.End,
				relate.Mention{Entity: e.ID, Type: relate.Type(e.Type), Source: mn.Role == RoleSource}})
		}
	}
	for _, ms := range by {
		if len(ms) > 1 {
			slices.SortFunc(ms, func(a, b sentMention) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
		}
	}
	return by
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

// tokenSpans turns the byte spans of a sentence's mentions into token spans:
// the tokens that lie inside each span. A mention that covers no whole token
// is left out.
func tokenSpans(toks []text.Token, ms []sentMention) []relate.Mention {
	out := make([]relate.Mention, 0, len(ms))
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
			out = append(out, m)
		}
	}
	return out
}
