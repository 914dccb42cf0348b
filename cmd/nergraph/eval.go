package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/nergraph/nergraph/extract/ner"
)

type evalOptions struct {
	CoNLL     string
	Model     string
	Predicted bool
}

func newEvalCmd(ios *IOStreams) *cobra.Command {
	opts := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval --conll FILE [--model FILE | --predicted]",
		Short: "Score the named-entity recognizer against gold CoNLL data",
		Long: `Score entities the way conlleval does: an entity is correct only when its
span and type both match. Prints precision, recall and F1 per type and
overall.

By default FILE is gold data (token first, gold tag last, IOB1 or IOB2),
which is tagged with the model and scored. With --predicted, FILE already
holds gold and predicted tags as its last two columns, as conlleval reads
(for example the output of "nergraph tag --conll").`,
		Example: `  nergraph eval --conll ../shared/data/conll2003/test.txt
  nergraph tag --conll < test.txt > tagged.txt && nergraph eval --predicted --conll tagged.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.CoNLL == "" {
				return usagef("eval: --conll FILE is required")
			}
			if opts.Predicted && opts.Model != "" {
				return usagef("eval: --model and --predicted exclude each other")
			}
			return runEval(cmd.Context(), ios, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.CoNLL, "conll", "", "CoNLL `FILE` with gold tags in the last column")
	f.StringVar(&opts.Model, "model", "", "model `FILE` (default: the embedded model)")
	f.BoolVar(&opts.Predicted, "predicted", false, "FILE holds gold and predicted tags as its last two columns")
	return cmd
}

func runEval(_ context.Context, ios *IOStreams, opts *evalOptions) error {
	docs, err := readCoNLLFile(opts.CoNLL)
	if err != nil {
		return err
	}
	var s ner.Scores
	if opts.Predicted {
		if s, err = ner.EvaluatePredicted(docs); err != nil {
			return err
		}
	} else {
		m, err := loadModel(opts.Model)
		if err != nil {
			return err
		}
		s = ner.Evaluate(m, docs)
	}
	if err := s.WriteTable(ios.Out); err != nil {
		return err
	}
	_, err = fmt.Fprintf(ios.ErrOut, "%d tokens, %d gold entities\n", s.Tokens, s.Overall.Gold)
	return err
}
