package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/pos"
)

type tagOptions struct {
	CoNLL bool
	POS   bool
	Model string
}

func newTagCmd(ios *IOStreams) *cobra.Command {
	opts := &tagOptions{}
	cmd := &cobra.Command{
		Use:   "tag --conll [--model FILE] < FILE",
		Short: "Tag tokens in CoNLL column format with entity types",
		Long: `Read CoNLL column format on stdin (the first column is the token; -DOCSTART-
lines separate documents; a blank line ends a sentence) and write each line
back with the predicted tag appended as a new last column, in IOB2 with the
CoNLL-2003 types (B-PER, I-ORG, B-LOC, B-MISC, O). -DOCSTART- and blank
lines are written unchanged. Each document is tagged as a whole.`,
		Example: `  nergraph tag --conll < ../shared/data/conll2003/test.txt > tagged.txt`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !opts.CoNLL {
				return usagef("tag: --conll is required (the only input format so far)")
			}
			return runTag(cmd.Context(), ios, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.CoNLL, "conll", false, "read and write CoNLL column format")
	cmd.Flags().StringVar(&opts.Model, "model", "", "model `FILE` (default: the embedded model)")
	cmd.Flags().BoolVar(&opts.POS, "pos", false, "append part-of-speech and chunk tags instead of entity tags")
	return cmd
}

// loadModel returns the model in path, or the embedded one when path is "".
func loadModel(path string) (*ner.Model, error) { return ner.LoadFile(path) }

func runTag(ctx context.Context, ios *IOStreams, opts *tagOptions) error {
	if opts.POS {
		pm, err := pos.Default()
		if err != nil {
			return err
		}
		return untilDone(ctx, func() error { return pos.TagCoNLL(pm, ios.In, ios.Out, "<stdin>") })
	}
	m, err := loadModel(opts.Model)
	if err != nil {
		return err
	}
	return untilDone(ctx, func() error { return ner.TagCoNLL(m, ios.In, ios.Out, "<stdin>") })
}
