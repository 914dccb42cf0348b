package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/nergraph/nergraph/extract/ner"
)

type trainOptions struct {
	Train, Dev string
	Output     string
	Clusters   string
	Epochs     int
	Seed       uint64
	MinWeight  int
	NoCasing   bool
	Refit      bool
	Runs       int
	NoOpenGaz  bool
	TwoPass    bool
	Extra      []string
	ExtraNoGaz bool
	NoCaseTab  bool
	Learner    string
	Rate, L2   float64
	Drop       float64
}

func newTrainCmd(ios *IOStreams) *cobra.Command {
	opts := &trainOptions{}
	cmd := &cobra.Command{
		Use:   "train --train FILE [--dev FILE] -o MODEL",
		Short: "Train the named-entity recognizer on CoNLL data",
		Long: `Train the perceptron named-entity recognizer on a CoNLL-2003 style file
(token first, gold tag last, IOB1 or IOB2) and write the model to MODEL.
After each epoch the model is scored on --dev, and the best epoch is kept.
With --runs N, N perceptrons are trained with seeds --seed, --seed+1, ...
and their weights averaged. Training is deterministic: the same inputs and
flags give the same model, byte for byte. Progress goes to stderr.

Inputs besides --train and --dev, all built into the program and each made
by a command of ours from the shared data (see "go doc ./extract/ner"):
  - word clusters (extract/ner/clusters.tsv.gz; another file with --clusters),
  - how unlabeled text capitalizes each word (extract/ner/casing.tsv.gz),
  - gazetteers: our hand-written lists (extract/ner/gazetteers/*.txt) and
    the ones compiled from open data (extract/ner/gazetteers/compiled.tsv.gz),
  - optionally more labeled data with --extra GLOB=WEIGHT (CoNLL columns;
    Person/Organisation/Location/Nationality types are mapped to CoNLL's,
    other types to O; files are cut into documents of 25 sentences).
The shipped model (extract/ner/model.bin) is made by the example below.`,
		Example: `  nergraph train --train ../shared/data/conll2003/train.txt \
    --dev ../shared/data/conll2003/valid.txt --runs 5 --min-weight 300 -o model.bin`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Train == "" || opts.Output == "" {
				return usagef("train: --train and -o are required")
			}
			return runTrain(cmd.Context(), ios, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Train, "train", "", "training `FILE` in CoNLL format")
	f.StringVar(&opts.Dev, "dev", "", "development `FILE` in CoNLL format, to pick the epoch")
	f.StringVarP(&opts.Output, "output", "o", "", "write the model to `FILE`")
	f.StringVar(&opts.Clusters, "clusters", "", "word cluster `FILE` (default: the embedded clusters)")
	f.IntVar(&opts.Epochs, "epochs", 10, "passes over the training data")
	f.Uint64Var(&opts.Seed, "seed", 1, "random seed")
	f.BoolVar(&opts.Refit, "refit", false, "after choosing the epoch on --dev, train again on train and dev together")
	f.BoolVar(&opts.NoCasing, "no-casing", false, "do not train on casing variants (Title Case headlines, lower/upper-cased sentences)")
	f.IntVar(&opts.Runs, "runs", 1, "train this many perceptrons with seeds --seed, --seed+1, ... and average their weights")
	f.IntVar(&opts.MinWeight, "min-weight", 2, "prune features whose largest quantized weight is smaller")
	f.StringArrayVar(&opts.Extra, "extra", nil, "more labeled data, `GLOB=WEIGHT` (CoNLL files, .gz allowed; may repeat)")
	f.BoolVar(&opts.ExtraNoGaz, "extra-no-gazetteer", false, "keep the entities of the --extra sets out of the gazetteer derived from the training labels")
	f.BoolVar(&opts.TwoPass, "two-pass", false, "add a second pass that sees how the first labeled each word elsewhere in the document")
	f.BoolVar(&opts.NoCaseTab, "no-case-table", false, "leave out the features of how unlabeled text capitalizes each word (for comparison)")
	f.BoolVar(&opts.NoOpenGaz, "no-open-gazetteers", false, "leave out the gazetteers compiled from open data (for comparison)")
	f.StringVar(&opts.Learner, "learner", "", "how weights are learned: the averaged perceptron (default), crf-sgd or crf-adagrad")
	f.Float64Var(&opts.Rate, "rate", 0.1, "step size of the CRF learners")
	f.Float64Var(&opts.L2, "l2", 0, "L2 penalty of the CRF learners, on the weights each sentence touches")
	f.Float64Var(&opts.Drop, "feature-drop", 0, "leave this share of the features out of each run, chosen by the run's seed (feature bagging)")
	return cmd
}

func readCoNLLFile(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		r = zr
	}
	return ner.ReadCoNLL(r, path)
}

// extraTypes maps the entity types of the extra corpora to CoNLL's; the
// types CoNLL does not tag become O.
var extraTypes = map[string]string{
	"Person": "PER", "Organisation": "ORG", "Organization": "ORG", "Location": "LOC", "Nationality": "MISC",
	"Temporal": "", "Quantity": "", "Money": "", "Weapon": "", "MilitaryPlatform": "", "DocumentReference": "",
}

// extraChunk is the size of the pseudo-documents the extra corpora are cut
// into: most mark no document boundaries.
const extraChunk = 25

// readExtra reads the files of a --extra GLOB=WEIGHT argument.
func readExtra(arg string) (ner.TrainSet, error) {
	glob, w, ok := strings.Cut(arg, "=")
	weight, err := strconv.ParseFloat(w, 64)
	if !ok || err != nil || weight <= 0 {
		return ner.TrainSet{}, usagef("train: --extra wants GLOB=WEIGHT with a positive weight, got %q", arg)
	}
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		return ner.TrainSet{}, fmt.Errorf("--extra %s: no such files", glob)
	}
	set := ner.TrainSet{Name: glob, Weight: weight}
	for _, p := range paths {
		docs, err := readCoNLLFile(p)
		if err != nil {
			return ner.TrainSet{}, err
		}
		ner.RenameTypes(docs, extraTypes)
		set.Docs = append(set.Docs, ner.ChunkDocuments(docs, extraChunk)...)
	}
	return set, nil
}

func runTrain(ctx context.Context, ios *IOStreams, opts *trainOptions) error {
	begin := time.Now()
	train, err := readCoNLLFile(opts.Train)
	if err != nil {
		return err
	}
	var dev []ner.Document
	if opts.Dev != "" {
		if dev, err = readCoNLLFile(opts.Dev); err != nil {
			return err
		}
	}
	to := ner.TrainOptions{Epochs: opts.Epochs, Seed: opts.Seed, MinWeight: opts.MinWeight, NoCasing: opts.NoCasing, Refit: opts.Refit, Runs: opts.Runs, NoCompiledGazetteers: opts.NoOpenGaz, TwoPass: opts.TwoPass, NoCaseTable: opts.NoCaseTab, Learner: opts.Learner, Rate: opts.Rate, L2: opts.L2, FeatureDrop: opts.Drop, ExtraNoGazetteer: opts.ExtraNoGaz}
	if opts.Clusters != "" {
		f, err := os.Open(opts.Clusters)
		if err != nil {
			return err
		}
		to.Clusters, err = ner.ReadClusters(f, opts.Clusters)
		f.Close()
		if err != nil {
			return err
		}
	}
	for _, x := range opts.Extra {
		set, err := readExtra(x)
		if err != nil {
			return err
		}
		fmt.Fprintf(ios.ErrOut, "extra: %s: %d documents, weight %g\n", set.Name, len(set.Docs), set.Weight)
		to.Extra = append(to.Extra, set)
	}
	var m *ner.Model
	if err := untilDone(ctx, func() (err error) {
		m, err = ner.Train(train, dev, to, ios.ErrOut)
		return err
	}); err != nil {
		return err
	}
	if err := writeFileAtomic(ctx, opts.Output, m.Save); err != nil {
		return err
	}
	fmt.Fprintf(ios.ErrOut, "wrote %s (%d features) in %s\n", opts.Output, m.NumFeatures(), time.Since(begin).Round(time.Second))
	return nil
}
