package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// runExtractLinked is extract --link: the documents go to a temporary file
// while the graph of the run counts them, then each is written with the
// ids of the graph's nodes ([graphstore.Graph.LinkEntities]).
func runExtractLinked(ctx context.Context, ios *IOStreams, o extractOptions, paths []string) error {
	dir := os.TempDir()
	if o.out != "" && o.out != "-" {
		dir = filepath.Dir(o.out)
	}
	spool, err := os.CreateTemp(dir, ".nergraph-extract-*.jsonl")
	if err != nil {
		return fmt.Errorf("extract --link: %w", err)
	}
	defer func() {
		spool.Close()
		os.Remove(spool.Name())
	}()
	g := graphstore.New()
	bw := bufio.NewWriterSize(spool, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if _, err := runPipeline(ctx, ios, o.in, paths, nil, func(doc *extract.Doc) error {
		g.Add(doc)
		return enc.Encode(docJSON(doc))
	}); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("extract --link: %w", err)
	}
	write := func(w io.Writer) error {
		if _, err := spool.Seek(0, io.SeekStart); err != nil {
			return err
		}
		return relink(ctx, g, spool, w)
	}
	if o.out == "" || o.out == "-" {
		return write(ios.Out)
	}
	return writeFileAtomic(ctx, o.out, write)
}

// relink copies the documents of r to w with the ids of g's nodes.
func relink(ctx context.Context, g *graphstore.Graph, r io.Reader, w io.Writer) error {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var d jsonDoc
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("read back document %d: %w", n+1, err)
		}
		d.Entities = entitiesJSON(g.LinkEntities(d.ID, docEntities(d)))
		// The relations' ends are the entities' ids too.
		for i := range d.Relations {
			r := &d.Relations[i]
			r.Subject, r.Object = g.CanonicalIn(d.ID, r.Subject), g.CanonicalIn(d.ID, r.Object)
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// docEntities is the reverse of docJSON for the entities.
func docEntities(d jsonDoc) []extract.Entity {
	out := make([]extract.Entity, len(d.Entities))
	for i, je := range d.Entities {
		e := extract.Entity{ID: je.ID, Name: je.Name, Type: je.Type, ISO: je.ISO, Ambiguous: je.Ambiguous, Partial: je.Partial,
			Unsure: je.Unsure}
		for _, m := range je.Mentions {
			e.Mentions = append(e.Mentions, extract.Mention{Text: m.Text, Name: m.Name, Start: m.Start, End: m.End,
				Sentence: m.Sentence, Title: m.Title, Role: m.Role})
		}
		out[i] = e
	}
	return out
}
