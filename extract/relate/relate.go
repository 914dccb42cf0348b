package relate

import (
	"strings"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/pos"
)

// Type is the type of an entity, with the values of extract.Type.
type Type string

// The entity types.
const (
	Person   Type = "PERSON"
	Org      Type = "ORG"
	Country  Type = "COUNTRY"
	Location Type = "LOCATION"
	Misc     Type = "MISC"
)

// IsPlace reports whether t is a country or another place.
func (t Type) IsPlace() bool { return t == Country || t == Location }

// Token is one token of a sentence.
type Token struct {
	Text       string
	Start, End int // byte offsets into the document's text
}

// Mention is one entity mention of a sentence.
type Mention struct {
	Start, End int    // token span [Start, End) in the sentence
	Entity     string // entity id, such as "person:vladimir-putin"
	Type       Type
	// Source marks a credit or an attribution ("(Reuters)", "KCNA said"):
	// such a mention is never the end of a relation.
	Source bool
}

// Sentence is one sentence with its part-of-speech tags and its entity
// mentions.
type Sentence struct {
	Index    int       // index of the sentence in its document
	Tokens   []Token   // as the project's tokenizer splits them
	Tags     []pos.Tag // one per token, from the pos tagger
	Mentions []Mention // in token order, not overlapping
}

// Relation is one relation between two entities of a sentence.
type Relation struct {
	Subject   string `json:"subject"`   // entity id of the first end
	Predicate string `json:"predicate"` // lemma phrase, lower case: "accuse", "meet with", "agree to buy", "chief executive of"
	Object    string `json:"object"`    // entity id of the second end
	// Text is the words that carry the relation as they appear, parts of a
	// broken phrase joined by " ... " ("left ... out").
	Text      string `json:"text"`
	Sentence  int    `json:"sentence"`            // index of the sentence
	Start     int    `json:"start"`               // byte span of the evidence phrase in the document's text
	End       int    `json:"end"`                 //
	Negated   bool   `json:"negated"`             // the text says it did not or will not hold
	Symmetric bool   `json:"symmetric,omitempty"` // reciprocal: either order is right; Subject comes first in the text
	Role      bool   `json:"role,omitempty"`      // from a title, possessive or apposition, not a verb
	// Mentions are the indices in Sentence.Mentions of the subject's and
	// the object's mentions, for callers that map spans.
	Mentions [2]int `json:"-"`
}

// Find returns the relations between the entities of one sentence, in the
// order of their evidence in the text. It reads only what s holds: a
// sentence without two mentions has no relation, and tags missing at the
// end of s.Tags read as unknown. It never panics on any input.
func Find(s Sentence) []Relation {
	return AppendRelations(nil, s)
}

// AppendRelations appends the relations of s to dst; see [Find].
func AppendRelations(dst []Relation, s Sentence) []Relation {
	if countEntities(s.Mentions) < 2 || len(s.Tokens) == 0 {
		return dst
	}
	p := newParse(s)
	defer p.release()
	return p.relations(dst)
}

// countEntities counts the mentions that may end a relation.
func countEntities(ms []Mention) int {
	n := 0
	for _, m := range ms {
		if !m.Source && m.Entity != "" {
			n++
		}
	}
	return n
}

// TailFrom returns the token from which the relations of s cannot depend
// on verb groups: the token after its last entity mention that may end a
// relation. It returns len(s.Tokens) when a verb group after that mention
// could still relate entities before it: with an object pronoun ("...
// and praised him"), "each other", a relative pronoun before a mention
// (whose clause's object is that mention), or, after a coordination of
// entities, a verb whose lemma may be reciprocal ("Kim and Putin met on
// Monday and signed a pact"). Every other relation has its object among
// the mentions after its verbs, and no mention follows the last. It
// reads the words only: it is meant to spare the tagging of the rest of
// a sentence (see [AppendRelationsPrefix]).
func TailFrom(s Sentence) int {
	n := len(s.Tokens)
	kind := func(i int) byte {
		if i < 0 || i >= n {
			return cueNone
		}
		return cueOf(s.Tokens[i].Text)
	}
	cut, coord := 0, false
	// A relative pronoun in the eight words before a mention; the words
	// before read reads are read once (mentions come in token order).
	lastRel, read := -1, 0
	for _, m := range s.Mentions {
		if m.Source || m.Entity == "" || m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		if m.Start < read { // out of order: the whole window
			for i := max(0, m.Start-8); i < m.Start; i++ {
				if kind(i) == cueRelative {
					return n
				}
			}
		}
		for i := max(read, m.Start-8); i < m.Start; i++ {
			if kind(i) == cueRelative {
				lastRel = i
			}
		}
		read = max(read, m.Start)
		if lastRel >= 0 && lastRel >= m.Start-8 && lastRel < m.Start {
			return n
		}
		cut = max(cut, m.End)
		coord = coord || kind(m.End) == cueCoord
	}
	for i := cut; i < n; i++ {
		switch kind(i) {
		case cuePronoun:
			return n
		case cueEach:
			if kind(i+1) == cueOther {
				return n
			}
		}
		if coord && mayBeReciprocal(s.Tokens[i].Text) {
			return n
		}
	}
	return cut
}

// The words TailFrom looks for.
const (
	cueNone     = iota
	cuePronoun  // an object pronoun
	cueEach     // "each other", "one another"
	cueOther    //
	cueRelative // before the subject of a relative clause
	cueCoord    // between the mentions of a coordination
)

// cueOf returns the cue a token is, by its lower case: by its length
// first, since most words are none.
func cueOf(w string) byte {
	is := func(lw string) bool { return strings.EqualFold(w, lw) }
	switch len(w) {
	case 1:
		if w == "," {
			return cueCoord
		}
	case 2:
		switch {
		case is("it"):
			return cuePronoun
		case is("or"):
			return cueCoord
		}
	case 3:
		switch {
		case is("him"), is("her"):
			return cuePronoun
		case is("one"):
			return cueEach
		case is("and"):
			return cueCoord
		}
	case 4:
		switch {
		case is("each"):
			return cueEach
		case is("whom"), is("that"):
			return cueRelative
		}
	case 5:
		switch {
		case is("other"):
			return cueOther
		case is("which"):
			return cueRelative
		}
	case 7:
		if is("another") {
			return cueOther
		}
	}
	return cueNone
}

// mayBeReciprocal reports whether a word is a form of a reciprocal verb
// under some verb tag: Lemma undoes -ing only under VBG and -s only under
// VBZ, and looks irregular forms up alike under VBD, VBN, VBG and VBZ.
func mayBeReciprocal(w string) bool {
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z' || w[0] >= utf8.RuneSelf) {
		return false // the lemmas are words
	}
	w = strings.ToLower(w) // once, not in each Lemma
	if reciprocal[pos.Lemma(w, pos.VB)] || reciprocal[pos.Lemma(w, pos.VBD)] {
		return true
	}
	return strings.HasSuffix(w, "ing") && reciprocal[pos.Lemma(w, pos.VBG)] ||
		strings.HasSuffix(w, "s") && reciprocal[pos.Lemma(w, pos.VBZ)]
}

// AppendRelationsPrefix is [AppendRelations] for a sentence whose tags are
// those of its first len(s.Tags) tokens only, the tokens before cut (from
// [TailFrom]) and a few more: the pos tagger decodes left to right, so
// they are the tags the whole sentence would get. No verb group starts
// from cut, and the relations are those AppendRelations would find with
// all the tags, unless the rules read a tag past the prefix, or a verb
// group from cut could have retagged a word they read. Then it reports
// false, appending nothing, and the caller tags the whole sentence.
func AppendRelationsPrefix(dst []Relation, s Sentence, cut int) ([]Relation, bool) {
	if countEntities(s.Mentions) < 2 || len(s.Tokens) == 0 {
		return dst, true
	}
	p := newParse(s)
	defer p.release()
	p.cut = min(cut, p.n)
	from := len(dst)
	dst = p.relations(dst)
	if p.read >= len(s.Tags) || p.retagged(p.cut, p.read) {
		return dst[:from], false
	}
	return dst, true
}

// AppendTagged tags sentence s with m and appends its relations to dst:
// only up to its last entity and two words more when [TailFrom] finds no
// verb group after that can relate anything and the rules read no further
// ([AppendRelationsPrefix]), else whole. words are the texts of s.Tokens;
// tags is a buffer for the tags, returned for reuse. The relations are
// those of [AppendRelations] with all the tags.
func AppendTagged(dst []Relation, m *pos.Model, s Sentence, words []string, tags []pos.Tag) ([]Relation, []pos.Tag) {
	if cut := TailFrom(s); cut+tailMargin < len(words) {
		tags = m.AppendTagsPrefix(tags[:0], words, cut+tailMargin)
		s.Tags = tags
		if out, ok := AppendRelationsPrefix(dst, s, cut); ok {
			return out, tags
		}
		// The prefix's tags are those of the whole sentence: tag the rest.
		tags = m.AppendTagsRest(tags, words)
	} else {
		tags = m.AppendTags(tags[:0], words)
	}
	s.Tags = tags
	return AppendRelations(dst, s), tags
}

// tailMargin is the number of words tagged past the last entity: the rules
// read a word or two past an object. With 2, 17% of the tokens that AG
// News's relations tagged are spared, and 6% of its sentences are tagged
// twice (as a prefix, then whole); 1 spares less, 3 or more too.
const tailMargin = 2
