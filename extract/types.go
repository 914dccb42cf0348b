package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/internal/names"
)

// Type is the kind of a named entity: "PERSON", "ORG", "COUNTRY",
// "LOCATION" or "MISC". It is declared beside the name knowledge that types
// names by their words, which this package shares with graphstore.
type Type = names.Type

// The entity types. The recognizer finds PERSON, ORG, LOCATION and MISC;
// resolution splits LOCATION into COUNTRY and other places.
const (
	Person   = names.Person
	Org      = names.Org
	Country  = names.Country
	Location = names.Location
	Misc     = names.Misc
)

// Article is one news article as read from input, before cleaning. It is
// the type of package input, where the readers that make articles live;
// the alias lets callers of [Extractor.Extract] and [Run] write
// extract.Article without importing the readers.
type Article = input.Article

// ParseType reads a type name: "PERSON", "person", "PER", "ORG",
// "ORGANIZATION", "COUNTRY", "LOCATION", "LOC", "GPE", "MISC". It reports
// false for anything else.
func ParseType(s string) (Type, bool) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "PERSON", "PER":
		return Person, true
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return Org, true
	case "COUNTRY":
		return Country, true
	case "LOCATION", "LOC", "GPE":
		return Location, true
	case "MISC":
		return Misc, true
	}
	return "", false
}

// Role says what part a mention plays in an article.
type Role string

// RoleSource marks a credit or attribution such as "(Reuters)" or "KCNA said".
const RoleSource Role = "source"

// Mention is one occurrence of an entity in a document's cleaned text.
type Mention struct {
	Text     string // the surface text, as in Doc.Text[Start:End]
	Name     string // normalized: title, possessive and quotes stripped
	Title    string // a stripped title or honorific ("President"), if any
	Role     Role   // RoleSource for credits, else empty
	Start    int    // byte offset into Doc.Text
	End      int    // byte offset into Doc.Text, exclusive
	Sentence int    // index of the sentence, from 0
}

// Entity is one canonical entity of one article with all its mentions.
type Entity struct {
	ID        string // stable and readable: "person:vladimir-putin", "country:RU"
	Name      string // canonical display name, the graph node's label
	Type      Type
	ISO       string // ISO 3166-1 alpha-2 code, for countries
	Ambiguous bool   // a short name that fits more than one full name in the article
	Partial   bool   // a short name the article links to no full name; the graph may link it to one seen elsewhere
	// Unsure marks an entity the recognizer was unsure of in this article
	// (WithMinConfidence). The graph drops a node only when every entity
	// linked to it, over the whole corpus, is unsure: a name sure in one
	// article keeps the articles where it was not.
	Unsure   bool
	Mentions []Mention
}

// Doc is the result of extracting one article.
type Doc struct {
	Article   Article // metadata; Title and Text hold the cleaned title and body
	Text      string  // cleaned title and body joined by a blank line; offsets refer to it
	Hash      string  // hex SHA-256 of Text, for de-duplication
	Tokens    int     // number of tokens
	Sentences int     // number of sentences
	// Paragraphs are the indexes of the sentences that start paragraphs
	// (the title is one), in order: the first is 0 when there are
	// sentences.
	Paragraphs []int
	Entities   []Entity // sorted by ID
	// Unsure counts the entities marked Unsure because the recognizer was
	// unsure of them (WithMinConfidence).
	Unsure int
	// Relations between the entities, in the order of their sentences and
	// of their evidence in each: empty when the extractor's relations are
	// off (see WithRelations).
	Relations []Relation
}
