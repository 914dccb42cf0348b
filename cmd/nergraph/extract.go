package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/spf13/cobra"
)

type extractOptions struct {
	in   inputOptions
	out  string
	link bool
}

func newExtractCmd(ios *IOStreams) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Write the entities found in each article as JSON lines",
		Long: `Extract reads articles like build does and writes one JSON object per
article (JSONL) with the entities found and every mention of each: its text,
byte offsets into the cleaned text, sentence, stripped title and role. The
entity id shows which surface forms were merged into one entity.

Each article also lists the relations its sentences state between its
entities: {"subject", "predicate", "object", "text", "sentence", "start",
"end", "sentence_start", "sentence_end", "negated", "symmetric", "role"},
with entity ids, the predicate as a lemma ("accuse", "meet with"), the words
as written, and the byte offsets of those words and of their sentence in the
cleaned text, for checking. --relations=false leaves them out.

With --link, each entity gets the id of the node it becomes in the graph of
all the articles of the run, the ids build gives on the same inputs: short
names linked to full names across articles, names under several types
joined. The documents are written at the end of the run: until then they wait
in a temporary file beside the output (or in the system's temporary folder
for standard output), so memory holds only the graph's counts, as build's.`,
		Example: `  nergraph extract testdata/articles/01-summit-letters.txt
  nergraph extract --columns label,title,text news.csv -o entities.jsonl
  nergraph extract --link reuters/ -o entities.jsonl`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("no input: give files, folders or - for standard input")
			}
			return runExtract(cmd.Context(), ios, o, args)
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "output file (default: standard output)")
	cmd.Flags().BoolVar(&o.link, "link", false, "give entities the ids of their nodes in the graph of the whole run, as build does (writes at the end)")
	addInputFlags(cmd, &o.in)
	return cmd
}

// The JSON shape of one extracted article.
type jsonDoc struct {
	ID       string       `json:"id"`
	Title    string       `json:"title"`
	Date     string       `json:"date,omitempty"`
	Source   string       `json:"source,omitempty"`
	URL      string       `json:"url,omitempty"`
	Tokens   int          `json:"tokens"`
	Entities []jsonEntity `json:"entities"`
	// Relations between the entities, by their ids, with the offsets of
	// the words that state each and of its sentence in the cleaned text.
	Relations []extract.Relation `json:"relations"`
}

type jsonEntity struct {
	ID        string        `json:"id"`
	Name      string        `json:"name"`
	Type      extract.Type  `json:"type"`
	ISO       string        `json:"iso,omitempty"`
	Ambiguous bool          `json:"ambiguous,omitempty"`
	Partial   bool          `json:"partial,omitempty"`
	Unsure    bool          `json:"unsure,omitempty"`
	Mentions  []jsonMention `json:"mentions"`
}

type jsonMention struct {
	Text     string       `json:"text"`
	Name     string       `json:"name"`
	Start    int          `json:"start"`
	End      int          `json:"end"`
	Sentence int          `json:"sentence"`
	Title    string       `json:"title,omitempty"`
	Role     extract.Role `json:"role,omitempty"`
}

func docJSON(d *extract.Doc) jsonDoc {
	j := jsonDoc{ID: d.Article.ID, Title: d.Article.Title, Source: d.Article.Source, URL: d.Article.URL,
		Tokens: d.Tokens, Entities: []jsonEntity{}, Relations: d.Relations}
	if j.Relations == nil {
		j.Relations = []extract.Relation{}
	}
	if !d.Article.Date.IsZero() {
		j.Date = d.Article.Date.Format(time.RFC3339)
	}
	j.Entities = entitiesJSON(d.Entities)
	return j
}

// entitiesJSON is the JSON shape of entities.
func entitiesJSON(es []extract.Entity) []jsonEntity {
	out := []jsonEntity{}
	for _, e := range es {
		je := jsonEntity{ID: e.ID, Name: e.Name, Type: e.Type, ISO: e.ISO, Ambiguous: e.Ambiguous, Partial: e.Partial,
			Unsure: e.Unsure}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, jsonMention{Text: m.Text, Name: m.Name, Start: m.Start, End: m.End,
				Sentence: m.Sentence, Title: m.Title, Role: m.Role})
		}
		out = append(out, je)
	}
	return out
}

func runExtract(ctx context.Context, ios *IOStreams, o extractOptions, paths []string) error {
	if o.link {
		return runExtractLinked(ctx, ios, o, paths)
	}
	write := func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 64<<10)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		if _, err := runPipeline(ctx, ios, o.in, paths, nil, func(doc *extract.Doc) error {
			return enc.Encode(docJSON(doc))
		}); err != nil {
			return err
		}
		return bw.Flush()
	}
	if o.out == "" || o.out == "-" {
		return write(ios.Out)
	}
	return writeFileAtomic(ctx, o.out, write)
}
