package relgold

import "slices"

// Entity is one marked name in an item's text.
type Entity struct {
	Surface  string // the name as written
	Type     string // PER, ORG, LOC or MISC
	ID       string // canonical id such as "person:vladimir-putin", or "-" for a name that is no entity
	Source   bool   // the mark carries the source flag: a credit or attribution, never a relation end
	Start    int    // byte offset of the name in [Item.Text]
	End      int    // byte offset just past the name
	Sentence int    // index into [Item.Sentences]
}

// Sentence is the byte span of one sentence in [Item.Text].
type Sentence struct {
	Start, End int
}

// Relation is one gold relation between two entities of an item.
type Relation struct {
	Subject   string // entity id
	Predicate string // lemma phrase, lowercase: "accuse", "agree to buy", "chief executive of"
	Object    string // entity id
	Symmetric bool   // written with <>: either order is right
	Negated   bool   // the text says it did not happen
	Role      bool   // from a possessive, apposition or title before a name, not a verb
	Text      string // the words as they appear; " ... " joins the parts of a broken phrase
	Sentence  int    // index into [Item.Sentences]
	Line      int    // line of the rel: line in the gold file
}

// Item is one short news text with its entities and gold relations.
type Item struct {
	ID        string
	Tags      []string // case tags from the header, in the order written
	Line      int      // line of the === header
	Text      string   // plain text: the sentences joined by single spaces
	Sentences []Sentence
	Entities  []Entity   // in text order
	Relations []Relation // in file order; empty exactly when None is set
	None      bool       // the item says that no relation must be found
}

// HasTag reports whether the item carries the case tag t.
func (it *Item) HasTag(t string) bool { return slices.Contains(it.Tags, t) }

// SentenceText returns the text of sentence i, or "" when i is out of range.
func (it *Item) SentenceText(i int) string {
	if i < 0 || i >= len(it.Sentences) {
		return ""
	}
	s := it.Sentences[i]
	return it.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence holding byte offset off of
// [Item.Text], or -1 when off falls in no sentence (a joining space or out of
// range). It lets a caller map its own offsets to the gold sentences.
func (it *Item) SentenceAt(off int) int {
	i, found := slices.BinarySearchFunc(it.Sentences, off, func(s Sentence, off int) int {
		switch {
		case s.End <= off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// EntityAt returns the marked name that overlaps the byte span [start, end)
// of [Item.Text] the most, so that a caller can give its own mentions the gold
// ids. It reports false when no mark overlaps the span.
func (it *Item) EntityAt(start, end int) (Entity, bool) {
	best, bestOverlap := -1, 0
	for i, e := range it.Entities {
		if o := min(end, e.End) - max(start, e.Start); o > bestOverlap {
			best, bestOverlap = i, o
		}
	}
	if best < 0 {
		return Entity{}, false
	}
	return it.Entities[best], true
}
