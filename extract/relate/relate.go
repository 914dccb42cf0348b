package relate

import (
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
