package extract

import (
	"cmp"
	"io"
	"slices"
	"strings"
	"unicode"
)

// ResolveOptions controls how mentions become entities.
type ResolveOptions struct {
	Demonyms bool        // count demonyms ("Russian") as country mentions
	Aliases  []AliasRule // user merges and renames
	Exclude  []string    // names or ids to drop
}

// AliasRule maps an alias to a canonical name, optionally with a type.
type AliasRule struct {
	Alias, Canonical string
	Type             Type
}

// ReadAliases reads alias rules (CSV alias,canonical[,type]).
// First cut: not supported yet.
func ReadAliases(r io.Reader, name string) ([]AliasRule, error) { return nil, nil }

// ReadExclude reads one name or id per line. First cut: not supported yet.
func ReadExclude(r io.Reader, name string) ([]string, error) { return nil, nil }

// Resolver turns the spans of one article into canonical entities.
type Resolver struct{ opts ResolveOptions }

// NewResolver returns a resolver.
func NewResolver(opts ResolveOptions) (*Resolver, error) { return &Resolver{opts: opts}, nil }

// Resolve is the first cut: one entity per normalized name and type, with a
// lone person name linked to the one full name that contains it.
func (r *Resolver) Resolve(text string, sents []Sentence, spans []Span) []Entity {
	byID := map[string]*Entity{}
	for _, sp := range spans {
		toks := sents[sp.Sentence].Tokens[sp.Start:sp.End]
		for len(toks) > 0 && (toks[len(toks)-1].Text == "'s" || toks[len(toks)-1].Text == "'") {
			toks = toks[:len(toks)-1]
		}
		if len(toks) == 0 {
			continue
		}
		start, end := toks[0].Start, toks[len(toks)-1].End
		name := text[start:end]
		id := strings.ToLower(string(sp.Type)) + ":" + slug(name)
		e, ok := byID[id]
		if !ok {
			e = &Entity{ID: id, Name: name, Type: sp.Type}
			byID[id] = e
		}
		e.Mentions = append(e.Mentions, Mention{Text: name, Name: name, Start: start, End: end, Sentence: sp.Sentence})
	}
	for id, e := range byID {
		if e.Type != Person || strings.Contains(e.Name, " ") {
			continue
		}
		var full *Entity
		n := 0
		for _, f := range byID {
			if f.Type == Person && slices.Contains(strings.Fields(f.Name), e.Name) && f != e {
				full, n = f, n+1
			}
		}
		if n == 1 {
			full.Mentions = append(full.Mentions, e.Mentions...)
			delete(byID, id)
		}
	}
	out := make([]Entity, 0, len(byID))
	for _, e := range byID {
		slices.SortFunc(e.Mentions, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b Entity) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// slug makes a readable id part: lower case, words joined by '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}
