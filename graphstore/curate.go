package graphstore

import (
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// Curation is what a user tells the graph after the fact, without
// extracting the articles again: names to merge or rename, as
// "--aliases" rules ("Reagan,Ronald Reagan": the entities named Reagan are
// the node of Ronald Reagan), and entities to drop, by id or name, as
// "--exclude" lines.
type Curation struct {
	Aliases []extract.AliasRule
	Exclude []string
}

// IsZero reports whether c changes nothing.
func (c Curation) IsZero() bool { return len(c.Aliases) == 0 && len(c.Exclude) == 0 }

// Curate returns the graph of g's articles with c applied to the nodes
// they come to after corpus linking: an article's entity whose name is an
// alias goes to the rule's node (an id, or the node labelled with the
// rule's name, or a new one of that name), with the rule's type when it
// gives one; an entity whose node id, node label or own name is excluded
// is dropped. g is not changed. The result is read-only: Add refuses
// articles. It fails when a rule names an id of another type than it
// gives.
func (g *Graph) Curate(c Curation) (*Graph, error) {
	f := g.finished()
	labels := map[string]string{} // folded label → node id, the node in most articles
	for _, n := range f.nodes {
		k := names.Key(n.Label)
		if o, ok := labels[k]; !ok || f.nodes[f.index[o]].Articles < n.Articles {
			labels[k] = n.ID
		}
	}
	type target struct {
		id   string
		name string
		typ  extract.Type
	}
	rules := map[string]target{}
	for _, r := range c.Aliases {
		t := target{name: r.Canonical, typ: r.Type}
		if id, ok := parseNodeID(r.Canonical); ok {
			t.id, t.name = id, ""
			if typ, _ := idType(id); r.Type != "" && typ != r.Type {
				return nil, fmt.Errorf("alias %q: id %s is no %s", r.Alias, id, r.Type)
			}
		} else if id, ok := labels[names.Key(r.Canonical)]; ok {
			if typ, _ := idType(id); r.Type == "" || typ == r.Type {
				t.id = id // else a node of the rule's type is made
			}
		}
		rules[names.Key(r.Alias)] = t
	}
	drop := map[string]bool{}
	for _, x := range c.Exclude {
		drop[strings.TrimSpace(x)] = true
		drop[names.Key(x)] = true
	}
	out := &Graph{prelinked: true} // Add refuses all, so no seen set
	for i, a := range g.articles {
		na := a.infoOnly()
		for _, e := range a.entries {
			id := f.link.to(i, e.id)
			n, _ := f.node(id)
			if drop[id] || drop[names.Key(n.Label)] || drop[names.Key(e.name)] {
				continue
			}
			e = e.withKey(func(k *entryKey) {
				k.id, k.partial = id, false
				if n.ID != "" {
					k.typ = n.Type
				}
				if t, ok := rules[names.Key(k.name)]; ok {
					curate(k, t.id, t.name, t.typ)
				}
			})
			na.entries = append(na.entries, e)
		}
		na.entries = sortEntries(na.entries)
		out.articles = append(out.articles, na)
	}
	return out, nil
}

// curate makes e as an alias rule makes it: of node id (or, when the
// rule named no node, of a new one named name), of type typ when given.
func curate(e *entryKey, id, name string, typ extract.Type) {
	if typ != "" {
		e.typ = typ
	}
	if id == "" {
		k := names.Key(name)
		if e.typ == extract.Org {
			k = names.OrgKey(k)
		}
		id = strings.ToLower(string(e.typ)) + ":" + strings.ReplaceAll(k, " ", "-")
	}
	if name != "" {
		e.name = name
	}
	if t, ok := idType(id); ok {
		e.typ = t
	}
	e.id = id
}

// parseNodeID reads an entity id as a user writes it: "person:ronald-reagan",
// "country:ru".
func parseNodeID(s string) (string, bool) {
	p, rest, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || rest == "" || strings.ContainsAny(rest, " \t") {
		return "", false
	}
	t, ok := extract.ParseType(p)
	if !ok {
		return "", false
	}
	if t == extract.Country {
		return "country:" + strings.ToUpper(rest), true
	}
	return strings.ToLower(string(t)) + ":" + rest, true
}

// sortEntries sorts an article's entries by id and merges those that
// share one.
func sortEntries(es []entry) []entry {
	counts := make([]EntityCount, len(es))
	for i, e := range es {
		counts[i] = e.count()
	}
	counts = NormalizeEntities(counts)
	out := make([]entry, len(counts))
	for i, e := range counts {
		out[i] = newEntry(e, nil)
	}
	return out
}
