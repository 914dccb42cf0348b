package main

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
)

// pathsShown is how many input paths a page or picture names before
// "and N more".
const pathsShown = 3

// aboutInputs describes the graph build made of paths, of which it kept
// articles articles, for the page's title bar and the picture's title:
// a short name for the corpus, the paths, and the filters. ego is the id of
// the --ego entity, "" without one.
func aboutInputs(paths []string, articles int, f graphstore.Filter, since, until, ego string) export.About {
	shown := paths
	if len(shown) > pathsShown {
		shown = shown[:pathsShown]
	}
	corpus := strings.Join(shown, " ")
	if len(paths) > len(shown) {
		corpus += fmt.Sprintf(" and %d more", len(paths)-len(shown))
	}
	corpus += " (" + plural(articles, "article") + ")"
	return export.About{Title: corpusName(paths), Corpus: corpus, Filter: filterText(f, since, until), Ego: ego, Depth: f.Depth}
}

// aboutStore describes the graph export or serve made of the store db,
// which held articles articles in the window asked for.
func aboutStore(db string, articles int, f graphstore.Filter, since, until, ego string) export.About {
	name := storeName(db)
	return export.About{Title: name, Corpus: "store " + name + " (" + plural(articles, "article") + ")",
		Filter: filterText(f, since, until), Ego: ego, Depth: f.Depth}
}

// storeName is the name of a --db target for a title: a file's base name
// without its extension, a URL's last path element (its database).
func storeName(db string) string {
	if rest, ok := strings.CutPrefix(db, "sqlite:"); ok {
		db = strings.TrimPrefix(rest, "//")
	} else if i := strings.Index(db, "://"); i >= 0 {
		rest := db[i+3:]
		rest, _, _ = strings.Cut(rest, "?")
		if j := strings.LastIndexByte(rest, '/'); j >= 0 && j+1 < len(rest) {
			return rest[j+1:]
		}
		return db[:i] // no database named: the kind of store
	}
	base := filepath.Base(db)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// corpusName is a short name for the inputs of build: one path's base
// name; for several, the folder that holds them all ("reuters21578" for
// its 22 files); else the names of the groups of paths that share a folder,
// joined by " + ".
func corpusName(paths []string) string {
	var groups []string
	members := map[string]int{}
	for _, p := range paths {
		dir := filepath.Dir(filepath.Clean(p))
		if members[dir] == 0 {
			groups = append(groups, dir)
		}
		members[dir]++
	}
	var names []string
	for _, dir := range groups {
		if members[dir] > 1 {
			names = append(names, filepath.Base(dir))
			continue
		}
		for _, p := range paths {
			if filepath.Dir(filepath.Clean(p)) == dir {
				names = append(names, pathName(p))
				break
			}
		}
	}
	return strings.Join(names, " + ")
}

// pathName names one input path: its base name, "standard input" for -.
func pathName(p string) string {
	if p == "-" {
		return "standard input"
	}
	return filepath.Base(filepath.Clean(p))
}

// filterText writes the filters that made a graph as the flags that ask
// for them, in the order they apply: "--since 1987-03-01 --types
// PERSON,COUNTRY --top 100". It is "" for the whole graph.
func filterText(f graphstore.Filter, since, until string) string {
	var parts []string
	add := func(flag, value string) {
		if strings.ContainsAny(value, " \t\"'\\") || value == "" {
			value = strconv.Quote(value)
		}
		parts = append(parts, "--"+flag+" "+value)
	}
	if since != "" {
		add("since", since)
	}
	if until != "" {
		add("until", until)
	}
	if len(f.Types) > 0 {
		add("types", (*typesValue)(&f.Types).String())
	}
	if f.MinMentions > 0 {
		add("min-mentions", strconv.Itoa(f.MinMentions))
	}
	if f.MinWeight > 0 {
		add("min-weight", strconv.Itoa(f.MinWeight))
	}
	if f.Ego != "" {
		add("ego", f.Ego)
		if f.Depth > 1 {
			add("depth", strconv.Itoa(f.Depth))
		}
	}
	if f.Top > 0 {
		add("top", strconv.Itoa(f.Top))
	}
	return strings.Join(parts, " ")
}

// egoID returns the id of the --ego entity of f in g, the graph f made,
// or "" without --ego or when the entity is not in g (it had no link that
// the filters kept, and g is empty).
func egoID(g *graphstore.Graph, f graphstore.Filter) string {
	if f.Ego == "" {
		return ""
	}
	n, err := g.Lookup(f.Ego)
	if err != nil {
		return ""
	}
	return n.ID
}

// drawable cuts g to the limit most connected entities that svg and png
// draw (keeping the ego), with a note on ErrOut and in about's filters when
// that drops some.
func drawable(ios *IOStreams, g *graphstore.Graph, limit int, about export.About) (*graphstore.Graph, export.About, error) {
	n := g.NumNodes()
	if n <= limit {
		return g, about, nil
	}
	g, err := g.Filter(graphstore.Filter{Top: limit, Ego: about.Ego, Depth: about.Depth})
	if err != nil {
		return nil, about, err
	}
	fmt.Fprintf(ios.ErrOut, "nergraph: drawing the %d most connected of %d entities (choose how many with --top); for all of them, write -f dot and run Graphviz yourself\n", limit, n)
	about.Filter = strings.TrimSpace(about.Filter + fmt.Sprintf(" (drawn: the %d most connected of %s)", limit, thousands(n)))
	return g, about, nil
}
