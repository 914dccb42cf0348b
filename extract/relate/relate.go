package relate

import (
	"strings"

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
	cut, coord := 0, false
	low := func(i int, ws ...string) bool {
		if i < 0 || i >= n {
			return false
		}
		for _, w := range ws {
			if strings.EqualFold(s.Tokens[i].Text, w) {
				return true
			}
		}
		return false
	}
	for _, m := range s.Mentions {
		if m.Source || m.Entity == "" || m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		cut = max(cut, m.End)
		coord = coord || low(m.End, "and", "or", ",")
		for i := max(0, m.Start-8); i < m.Start; i++ {
			if low(i, "whom", "which", "that") {
				return n
			}
		}
	}
	for i := cut; i < n; i++ {
		if low(i, "it", "him", "her") || low(i, "each", "one") && low(i+1, "other", "another") {
			return n
		}
		if coord && mayBeReciprocal(s.Tokens[i].Text) {
			return n
		}
	}
	return cut
}

// mayBeReciprocal reports whether a word is a form of a reciprocal verb
// under some verb tag.
func mayBeReciprocal(w string) bool {
	for _, t := range [...]pos.Tag{pos.VB, pos.VBD, pos.VBG, pos.VBN, pos.VBZ} {
		if reciprocal[pos.Lemma(w, t)] {
			return true
		}
	}
	return false
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
