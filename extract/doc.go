// Package extract turns news articles into entities: it finds entity
// mentions with a [Recognizer] and resolves the mentions of one article into
// canonical entities ([Extractor], [Resolver]); [Run] does it for files and
// folders on a pool of workers.
//
// # Pipeline
//
// The stages live in their own packages: extract/input reads articles
// (text, JSONL, CSV, Reuters SGML, gzip), extract/text cleans and tokenizes
// them, extract/ner is our recognizer, and this package resolves what it
// finds. [Run] chains them and hands each document on in input order:
//
//	ex, err := extract.New() // loads the model once; safe for concurrent use
//	...
//	stats, err := extract.Run(ctx, []string{"articles/"}, ex, extract.RunOptions{},
//		func(doc *extract.Doc) error {
//			g.Add(doc) // graphstore
//			return nil
//		})
//
// One article at a time, [Extractor.Extract] cleans, tokenizes, recognizes
// and resolves.
//
// # Resolution
//
// The [Resolver] works in phases, one file each: spans.go repairs the
// recognizer's spans, mentions.go turns them into normalized mentions
// (titles, possessives, offices inside organization names), scan.go adds
// the countries and agencies it missed, classify.go applies alias rules and
// the country, agency and place tables and finds credits, headlines.go drops
// headline words taken for names, group.go links the mentions that name one
// entity, and entities.go builds the [Entity] values. What it knows about
// names (titles, abbreviations, company suffixes, countries, agencies) is
// shared with the tokenizer and the graph's corpus linker in one package,
// internal/names.
//
// # Recognizers
//
// The default recognizer is our averaged perceptron ([DefaultRecognizer]).
// Others register by name ([RegisterRecognizer]); importing
// extract/prose adds "prose", so that programs that do not want it do not
// link it.
package extract
