package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

// filterExamples returns the examples of the filter flags for a command,
// given how it is called: "nergraph build %s articles.jsonl" puts the flags
// where %s is.
func filterExamples(call string) string {
	ex := func(flags string) string { return "  " + fmt.Sprintf(call, flags) }
	return `  # Only people and countries, links seen in at least 3 articles
` + ex("--types PERSON,COUNTRY --min-weight 3 -o graph.gexf") + `

  # The 100 most connected entities, as a picture
` + ex("--top 100 -o graph.svg") + `

  # Who is mentioned with Putin, and with them (two links away)
` + ex(`--ego "Vladimir Putin" --depth 2 -o putin.json`)
}

// addFilterFlags adds the flags that fill f: --types, --min-weight,
// --min-mentions, --top, --ego and --depth, and examples of them written as
// call says (see filterExamples). Bad values (an unknown type, a negative
// number) are usage errors when the flags are parsed; see also
// checkFilterFlags.
func addFilterFlags(cmd *cobra.Command, f *graphstore.Filter, call string) {
	fl := cmd.Flags()
	fl.Var((*typesValue)(&f.Types), "types",
		"keep only entities of these `TYPES`, comma-separated: PERSON, ORG, COUNTRY, LOCATION, MISC (e.g. --types PERSON,COUNTRY)")
	fl.Var((*countValue)(&f.MinWeight), "min-weight",
		"keep only links between entities mentioned together in at least `N` articles (e.g. --min-weight 3)")
	fl.Var((*countValue)(&f.MinMentions), "min-mentions",
		"keep only entities mentioned at least `N` times in all (e.g. --min-mentions 5)")
	fl.Var((*countValue)(&f.Top), "top",
		fmt.Sprintf("keep the `N` entities with the most links (e.g. --top 100); svg and png draw the %d most linked unless --top says otherwise", renderTop))
	fl.StringVar(&f.Ego, "ego", "",
		"keep only the entities linked to this one, given by id, name or alias (e.g. --ego Putin or --ego person:vladimir-putin)")
	f.Depth = 1
	fl.Var((*countValue)(&f.Depth), "depth",
		"with --ego: keep entities up to `K` links away (e.g. --depth 2 adds the links of the links)")
	if cmd.Example != "" {
		cmd.Example += "\n\n"
	}
	cmd.Example += filterExamples(call)
	// Filters run in a fixed order; say so where the flags are listed.
	if cmd.Long != "" {
		cmd.Long = strings.TrimRight(cmd.Long, "\n") + "\n\n"
	}
	cmd.Long += `Filters apply before writing, in this order: --types and --min-mentions drop
entities, --min-weight drops links, --ego keeps one entity's neighbourhood,
--top keeps the most connected; then entities left without links are dropped.
An --ego that names no entity is an error (exit 1) once the graph is made.`
}

// checkFilterFlags checks the filter flags for what can be known before any
// work: --ego given but blank, --depth without --ego. Whether --ego names an
// entity can only be known once there is a graph (build) or a store to ask
// (export). It trims spaces around --ego.
func checkFilterFlags(cmd *cobra.Command, f *graphstore.Filter) error {
	fl := cmd.Flags()
	f.Ego = strings.TrimSpace(f.Ego)
	if fl.Changed("ego") && f.Ego == "" {
		return usagef("--ego needs an entity id, name or alias")
	}
	if fl.Changed("depth") && f.Ego == "" {
		return usagef("--depth needs --ego")
	}
	if strings.ContainsFunc(f.Ego, unicode.IsControl) {
		return usagef("--ego %q holds a control character, which no name does", f.Ego)
	}
	return nil
}

// typesValue is the --types flag: a comma-separated list of entity types.
type typesValue []extract.Type

func (v *typesValue) String() string {
	s := make([]string, len(*v))
	for i, t := range *v {
		s[i] = string(t)
	}
	return strings.Join(s, ",")
}

func (v *typesValue) Set(s string) error {
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		t, ok := extract.ParseType(name)
		if !ok {
			return fmt.Errorf("unknown entity type %q (known: PERSON, ORG, COUNTRY, LOCATION, MISC)", name)
		}
		*v = append(*v, t)
	}
	return nil
}

func (v *typesValue) Type() string { return "types" }

// countValue is an int flag that must not be negative.
type countValue int

func (v *countValue) String() string { return strconv.Itoa(int(*v)) }

func (v *countValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return fmt.Errorf("%q is not a whole number of 0 or more", s)
	}
	*v = countValue(n)
	return nil
}

func (v *countValue) Type() string { return "int" }
