// Package ner is nergraph's named-entity recognizer: an averaged structured
// perceptron over BILOU labels with Viterbi decoding, trained on CoNLL-2003.
// It finds PER, ORG, LOC and MISC entities in tokenized sentences.
//
// # Tagging
//
//	m, err := ner.Default() // the model embedded in the program
//	tags := m.Tag(doc)      // doc: the sentences of one article, as tokens
//
// [Model.Tag] returns CoNLL tags in IOB2 (B-PER, I-ORG, O, ...); [Spans]
// turns them into entity spans, and [Model.AppendSpans] gives those spans
// without building the tags. A Model is safe for concurrent use.
//
// [Model.AppendSpansScored] also gives each token's [TokenScores]: the
// max-marginals of the Viterbi lattice (a forward and a backward max-sum
// pass), from which [TokenScores.Margin] is how much the best labeling
// giving the token a type beats the best not giving it. extract's
// --min-confidence reads them; on the judged random nodes of Reuters and
// BBC a least margin of 40 (names the gazetteer knows, [Model.KnownName],
// exempt) lifted held-out precision from 71.5% to 80.2% keeping 96.5% of
// the right nodes, but cost 9 points of recall on our off-CoNLL sentences,
// so it is off by default (docs/judging/confidence.md).
//
// # Features
//
// Each token is described by hashed features, looked up in a fixed table
// without allocation: the word, its lower-case form and neighbours up to two
// tokens away, its shape (Xxxx, XX, dd), prefixes and suffixes, its case
// pattern and that of the sentence (so that Title Case headlines and ALL-CAPS
// datelines are recognized as such), whether the sentence is a line of a
// table (package [github.com/nergraph/nergraph/extract/ner/tableline]), word
// clusters, how often unlabeled text capitalizes the word, gazetteer
// matches, and two document-level features: how the word is written
// elsewhere in the article and how it was labeled earlier in it. After
// tagging, a name that a headline, dateline or table line left unlabeled
// takes the type the article's prose gave the same words, when the prose
// gave them one type only ("Kim and Putin Trade Letters", then "Putin
// replied"). In a table
// line, row labels and units ("Shr", "Revs", "Nine mths", "Apr", "FOB") are
// never part of an entity, while the names in the line still are.
//
// The resources are derived by our own code from the unlabeled text and
// open data of the shared data folder, and each is rebuilt by a command
// whose output depends only on the data:
//
//   - clusters.tsv.gz: two kinds of word clusters, stacked by cmd/nerjoin.
//     Exchange (Clark-style) clusters at three granularities (64, 256, 512
//     classes), [InduceClusters] run by cmd/nerclusters over Reuters-21578,
//     BBC, AG News and the tokens of CoNLL-2003 train.txt; and 512 k-means
//     clusters of skip-gram word vectors that cmd/nerembed trains on the
//     same text plus the UN General Debate speeches (39.5 million tokens):
//
//     go run ./extract/ner/cmd/nerclusters -data ../shared/data > exchange.tsv
//     go run ./extract/ner/cmd/nerembed -data ../shared/data -k 512 > kmeans.tsv
//     go run ./extract/ner/cmd/nerjoin exchange.tsv kmeans.tsv | gzip -9n > extract/ner/clusters.tsv.gz
//
//     cmd/nerbrown induces Brown clusters (Liang's windowed algorithm,
//     C = 512, 7.5 min of CPU) from the same text; stacked as bit-string
//     prefixes of 4, 6, 10 and 20 they did not raise the valid score (see
//     the ablation below), so the shipped model leaves them out.
//
//   - casing.tsv.gz: cmd/nercase, how often each word is capitalized where
//     case carries information, in the same text.
//
//   - gazetteers/compiled.tsv.gz: cmd/nergaz, from GeoNames, mledoze
//     countries, Debian iso-codes, openfootball clubs, NASDAQ/NYSE/S&P 500
//     listings, Hipo universities, Party Facts parties and person-name
//     lists. The other lists in gazetteers/ we wrote (sports teams of the
//     major leagues, news media, government agencies, organization words,
//     ...).
//
// The entities annotated in the training data form a gazetteer too;
// during training, each document sees only the entities of the other
// folds, so that the model learns how far to trust a gazetteer match it
// has not been trained on.
//
// # Training and evaluation
//
// [ReadCoNLL] reads CoNLL column files, [Train] trains a model and
// [Evaluate] scores one with the entity-level measure of the conlleval
// script. The embedded model was made, byte for byte, with
//
//	nergraph train --train ../shared/data/conll2003/train.txt \
//	    --dev ../shared/data/conll2003/valid.txt --runs 5 --min-weight 300 \
//	    -o extract/ner/model.bin
//
// which trains five perceptrons, with seeds 1 to 5 (the seed sets the order
// of the documents and which of them get casing variants), each for 10
// epochs keeping the epoch that scores best on valid.txt, and averages their
// averaged weights. Features that end up with a quantized weight below 300
// (of 32,000) in every label are pruned. It takes about a minute of CPU
// (57 s; 8 min of wall time on the shared, loaded 2-core machine) and 670
// MB of memory. The model is trained on train.txt alone, as the CoNLL
// protocol asks: valid.txt only chooses, and test.txt only reports, once,
// for the shipped model.
//
// [TrainOptions] can also add labeled sets with weights (--extra), and a
// second pass over each document that sees how the first labeled each word
// elsewhere in it (--two-pass, trained on jackknifed first-pass labels, as
// Ratinov and Roth's two-stage aggregation). Neither helped on valid.txt
// nor on our off-CoNLL development set, so the shipped model uses neither.
//
// # What each resource adds
//
// Entity F1 on valid.txt of five averaged perceptrons (seeds 1-5), and on
// our own off-CoNLL development set (testdata/ner/offconll-dev.conll, 1,252
// entities of 2010s-2020s news in many styles; never trained on):
//
//	                                                 valid   off-CoNLL
//	previous model (exchange clusters, our lists)    93.81   82.76
//	 + table-line sentence mode                      93.78   83.20
//	 + gazetteers compiled from open data            94.04   84.27
//	   + Brown clusters (prefixes 4, 6, 10, 20)      93.94   84.54
//	   + Brown + k-means (128, 512, 2048)            93.76   84.52
//	   + second pass (jackknifed)                    93.85   84.19
//	 + corpus casing                                 93.87   85.96
//	   (seeds 6-10)                                  93.91   85.04
//	   + Brown                                       93.87   84.70
//	   + Brown + k-means (128, 512, 2048)            93.60   84.76
//	   Brown instead of exchange                     93.54   84.51
//	   + k-means 512                                 93.99   85.59
//	shipped: + k-means 512, towns named like people
//	         out of the gazetteer                    94.03   85.78
//
// More runs (10: 93.87), more epochs (15: 93.82), less pruning
// (--min-weight 100: 93.85) and relabeling repeated names in a document to
// their majority type (93.83) did not help either.
//
// A second round (issue 10) tried non-local features and another update
// on the shipped code. Valid F1 of five averaged perceptrons with seeds 1-5
// and with seeds 6-10, and off-CoNLL F1 of the first:
//
//	                                                 valid          off-CoNLL
//	                                                 1-5    6-10
//	retrained, this code                             93.98  93.89   85.77
//	 + the prose's type for names a headline missed  94.01  93.93   85.82
//	 + context aggregation (Ratinov and Roth: the
//	   words and clusters beside the word's first
//	   16 occurrences in the article) and
//	   passive-aggressive steps (PA-I, C = 1)        94.42  94.42   84.30
//	   + words two tokens away                       94.02  94.44   84.32
//	   + the prose's type for prose names too        -      94.43   -
//	   + the prose's type over another type          94.40  94.39   84.43
//	   (first version, 16 earlier occurrences)       94.61  94.11   84.99
//	     contexts from prose sentences only          94.30  -       85.13
//
// Context aggregation with passive-aggressive steps gains 0.4-0.5 on
// valid, but on test.txt, scored once, the model the final code trained
// (valid 94.37) gave 90.08, where the shipped model gives 90.26, and it
// loses 1.4 on our off-CoNLL set: a company's contexts ("OpenAI said")
// make it a person, a town's spread to the state ("Texas Air"). It is in
// the history of the recognizer2 branch (commit dd9ff77), not in the
// recognizer. Earlier screening on the same protocol (seeds 1-5) found no
// gain either in labeling headlines after the prose (93.72), relabeling
// headlines with the prose's labels as history (93.91), the history as
// bits (93.71), affixes of 5-6 letters (94.03), cost-augmented decoding
// (93.53) or accent-folded gazetteers (93.80; 94.19 with seeds 6-10); nor,
// on the shipped code, did ten runs (93.90, off-CoNLL 86.18) or less
// pruning (--min-weight 150: 94.01).
//
// A third round screened extra labeled data (../shared/data/ner-extra,
// types mapped to CoNLL's by nergraph train) and gazetteer features on the
// shipped code, seeds 1-5 (and 6-10 where said; the shipped code gives
// 93.93 there), valid and off-CoNLL F1 of the five averaged perceptrons:
//
//	                                                 valid   off-CoNLL
//	shipped                                          94.01   85.82
//	 + GUM and SEC FIN5 as training data (--extra,
//	   weight 0.5)                                   93.82   84.49
//	 + GUM as training data, weight 0.2              94.00   85.89
//	 + GMB entities as a gazetteer of their own
//	   (four categories, no GMB sentence trained on) 94.08   85.90
//	   (seeds 6-10)                                  94.19   85.40
//	   only names labeled twice, mostly one type     94.12   85.46
//	   in the categories of the training entities    94.17   85.44
//	   + GUM, SEC FIN5 and UNER EWT entities         94.14   84.94
//	   + GUM as training data, weight 0.2            93.94   85.36
//	 + the longest gazetteer match over the word:
//	   its length, the word's place, its categories  93.92   85.46
//
// 12,000 GMB sentences as training data with weight 0.3 were stopped after
// the first run: 92.89 on valid, where the first runs above scored 93.5 to
// 94.0 (GMB's annotation is semi-automatic and its conventions are not
// CoNLL's). The GMB gazetteer gains 0.07 and 0.26 (seeds 1-5, 6-10), short
// of the 0.3 asked, so none of these is in the recognizer; the
// gazetteer-only sets were a flag (--extra-gaz) of the experiment, not
// kept. BTC could not be read (ner-extra/btc/f.conll line 16301 has one
// column).
//
// A fourth round screened word-embedding and cluster features on the
// shipped code, seeds 1-5, valid and off-CoNLL F1 of the five averaged
// perceptrons (the k-means columns are cmd/nerembed's over the shipped
// skip-gram vectors, stacked after the four shipped columns by
// cmd/nerjoin):
//
//	                                                 valid   off-CoNLL
//	shipped                                          94.01   85.82
//	 + the word's clusters joined with those of the
//	   word before (four cluster-bigram features)    94.03   85.54
//	 + the clusters of the words two away            94.06   85.52
//	   (seeds 6-10; the shipped code gives 93.93)    94.03   85.45
//	 + both                                          93.77   86.04
//	 + k-means 256                                   93.88   85.05
//	 + k-means 1024                                  93.96   84.96
//	 + k-means 2048                                  93.92   85.70
//	 + the 100 skip-gram dimensions of the word,
//	   binarized (Guo et al., 2014: above the mean
//	   of the dimension's positive values, below
//	   the mean of its negative ones, or nothing)             93.47   84.61
//	 + how the shipped model labels the word in the
//	   unlabeled news (Reuters, BBC, AG News): its
//	   main label and how dominant, the types given
//	   to 15% of its occurrences or more             93.54   85.52
//
// None gains the 0.3 asked, so none is in the recognizer; the code is in
// the history of the emb10 branch (commit 23ef216: cmd/nerembed -dims,
// cmd/nerauto, and the templates behind NERGRAPH_NER_EXP). The binarized
// dimensions and the dictionary of the model's own labels lose most
// (0.5); the dictionary perhaps because the model labels best the
// entities it was trained on, so that training learns to trust it more
// than it deserves on new names.
//
// A fifth round kept the features and the decoder and changed the
// learner. [TrainOptions.Learner] can train a linear-chain CRF instead of
// the perceptron: the scaled forward-backward pass over the same feature
// and transition tables (BILOU's constraints included) gives each token's
// label marginals and the expected transitions, and each sentence takes a
// step of the log-likelihood's gradient, averaged like the perceptron's
// weights (crf-sgd; crf-adagrad scales each step by AdaGrad's sums of
// squares), with an optional L2 penalty on the weights a sentence touches.
// The history features see Viterbi's labels of the earlier sentences, as
// with the perceptron. [TrainOptions.FeatureDrop] leaves a seeded share of
// the features out of each run, to make the averaged runs differ (feature
// bagging). Valid F1 of one run (seed 1) and of five averaged runs (seeds
// 1-5), off-CoNLL F1 where measured (nergraph train ... --learner L
// --rate R --l2 X --epochs E --min-weight W --feature-drop D):
//
//	                                                 valid   off-CoNLL
//	one run, seed 1
//	 perceptron, 10 epochs (shipped settings)        93.83   85.09
//	 CRF, AdaGrad, rate 0.1, 6 epochs                93.16   -
//	 CRF, averaged SGD, rate 0.3, 8 epochs           93.73   -
//	   rate 0.1, 6 epochs                            93.68   -
//	   rate 0.1, L2 1e-3, 8 epochs                   93.77   -
//	   rate 0.1, L2 1e-4, 8 epochs                   93.94   85.84
//	   rate 0.03, 12 epochs                          93.97   85.89
//	   rate 0.03, L2 1e-4, 12 epochs                 93.87   -
//	five runs, seeds 1-5
//	 shipped (perceptron)                            94.01   85.82
//	 CRF, SGD rate 0.03, 12 epochs, min-weight 100   94.08   85.59
//	   (seeds 6-10; the shipped code gives 93.93)    93.99   85.07
//	 CRF, SGD rate 0.1, L2 1e-4, 8 epochs, mw 100    94.08   85.60
//	 CRF, SGD rate 0.03, 8 epochs, feature drop 0.2  94.03   84.78
//	   feature drop 0.1                              93.95   84.74
//	 perceptron, feature drop 0.1                    93.89   85.38
//	 perceptron, feature drop 0.2                    93.89   85.63
//	 shipped and the first CRF, weights averaged     94.06   85.95
//	 the two CRFs, weights averaged                  94.06   85.71
//
// A CRF run scores about 0.15 above a perceptron run (means of the five
// runs' best epochs: perceptron 93.83, the two CRFs 94.03 and 93.98), but
// averaging five CRFs gains little over their mean (+0.05, +0.10), where
// averaging five perceptrons gains 0.18: the CRF's runs differ less.
// Leaving a share of the features out of each run makes the runs differ
// more (averaging gains 0.32 for the CRF with a fifth left out, 0.36 for
// the perceptron) but each run is weaker by more (means 93.71, 93.53), so
// the averages do not gain either. Five CRF runs take 2 to 4 min of CPU
// (the perceptron's 1.3 min) and 850 MB (460 MB). None gains the 0.3
// asked on valid, and the CRFs lose 0.2 on the off-CoNLL set, so the
// shipped model is still the perceptron's and test.txt was not scored.
// The CRF and feature bagging stay behind their options (off by default;
// nergraph train still gives the shipped model byte for byte); the
// averaging of saved models' weights is in the history of the crf10
// branch (commit 23276a2).
//
// A sixth round tried self-training: the shipped model labels the
// unlabeled news (Reuters-21578, BBC, AG News, read, cleaned and tokenized
// as nergraph build reads them), [AutoLabel] keeps the sentences of 4 to
// 60 tokens with at least one entity whose every token's margin
// ([TokenScores.Margin]) for the label given is at least M, whole
// articles are taken in a hashed order until N tokens, and the model is
// retrained on train.txt plus those sentences at weight W (--extra).
// cmd/nerself makes the sentences; with -agree a second model must tag a
// sentence the same (tri-training's agreement filter; here one CRF run,
// nergraph train --learner crf-sgd --rate 0.1 --l2 1e-4 --epochs 8
// --min-weight 300 --seed 6: valid 93.80, off-CoNLL 85.48). On
// valid.txt, the sentences the shipped model keeps
// at margin 5, 20 and 40 are 88.8%, 92.9% and 95.8% exactly right (entity
// F1 94.9, 96.8, 98.1; 86%, 78% and 70% of the sentences with entities
// kept); with the CRF's agreement at margin 5, 90.9% (F1 95.9, 83% kept).
// Valid F1 of one run (seed 1; the shipped settings give 93.83 and 85.09
// off-CoNLL) and of five averaged runs (seeds 1-5):
//
//	go run ./extract/ner/cmd/nerself -data ../shared/data -sources S -margin M -tokens N [-agree crf.bin] > auto.conll
//	nergraph train ... --runs R --extra auto.conll=W [--extra-no-gazetteer]
//
//	                                                 valid   off-CoNLL
//	one run, seed 1
//	 shipped settings                                93.83   85.09
//	 news, M 20, N 200k (8,583 sentences), W 0.3     93.64   -
//	   W 0.1                                         93.57   85.26
//	   M 40                                          93.51   84.58
//	   Reuters only                                  93.66   84.33
//	   auto entities out of the gazetteer            93.77   85.18
//	     N 500k (21,248 sentences)                   93.64   85.98
//	     M 5                                         93.69   85.96
//	     M 5, the CRF agreeing                       94.06   85.14
//	five runs, seeds 1-5
//	 shipped                                         94.01   85.82
//	 M 5, the CRF agreeing, out of the gazetteer     93.85   85.71
//	   (runs 94.06, 93.73, 93.80, 93.64, 93.99)
//	 M 5, out of the gazetteer                       93.93   86.32
//	   (runs 93.69, 93.91, 93.71, 93.83, 93.53)
//
// The entities of the training sets make a gazetteer (above); with
// those of the automatic labels, the model's own guesses, in it too, the
// first run scored 93.64, against 93.77 with them kept out
// (--extra-no-gazetteer). More and less sure sentences (500k tokens,
// margin 5) gained 0.9 off-CoNLL in one run but lost on valid; five runs
// at margin 5 gain 0.5 off-CoNLL over the shipped model (86.32, the most
// of any model so far) and lose 0.08 on valid. The
// automatic sentences are not easy ones for the model being trained: its
// first epoch gets about as many of them wrong as of train.txt's (the
// first epoch's wrong sentences less those of the run without them: about
// 19.5% at margin 20, 12.9% at margin 40; 17.5% of train.txt's). The best
// run (the CRF agreeing, seed 1, 94.06) was one run's luck: the average
// of the five runs scores 93.85, 0.16 under the shipped model. Neither
// five-run model gains the +0.3 on valid the gate asked (seeds 1-5), so
// seeds 6-10 were not run, test.txt was not scored and the model is
// unchanged. Not tried for want of time (a five-run training took 13 to
// 16 minutes of wall time on the shared machine): the UN speeches as a
// source (14 million of their tokens pass margin 20), a second round,
// and weights above 0.3. [AutoLabel], cmd/nerself and
// --extra-no-gazetteer stay, off unless asked for.
//
// A seventh round tried those three, all with the automatic entities
// out of the gazetteer: the UN General Debate speeches as the source
// (cmd/nerself -sources ungdc; nerself now labels the articles in their
// hashed order only until the token budget is met, the same output in
// 20 s of CPU for 200k tokens of the speeches), a second round (the
// sentences labeled again, at the same margin, by the first round's
// one-run model, and the model retrained on them) and weights of 0.6
// and 1. Valid and off-CoNLL F1, one run (seed 1) and five averaged
// runs (seeds 1-5):
//
//	go run ./extract/ner/cmd/nerself -data ../shared/data -sources S -margin M -tokens N [-model round1.bin] > auto.conll
//	nergraph train ... --min-weight 300 --seed 1 [--runs 5] --extra auto.conll=W --extra-no-gazetteer
//
//	                                                 valid   off-CoNLL
//	one run, seed 1
//	 shipped settings                                93.83   85.09
//	 UN, M 20, N 200k (6,851 sentences), W 0.3       93.91   84.48
//	   M 5                                           93.69   84.53
//	   M 40                                          94.18   83.47
//	   M 60                                          93.66   85.05
//	   W 0.6                                         93.73   84.42
//	   W 1                                           93.69   83.77
//	   second round                                  93.88   85.14
//	   M 40, second round                            93.47   86.20
//	     seed 2 (shipped settings' seed 2: 93.89,
//	     off-CoNLL 83.40)                            93.73   83.49
//	 UN and news, M 5, N 400k (13,646 sentences)     93.67   84.83
//	 UN M 40 and news M 20, 200k each, W 0.3 each    93.38   84.81
//	 news, M 20, N 200k (8,548 sentences), W 0.3     93.41   85.81
//	   W 0.6                                         93.64   85.39
//	 news, M 5, N 500k (21,193 sentences), W 0.3     93.47   85.47
//	   second round                                  93.53   85.23
//	five runs, seeds 1-5
//	 shipped                                         94.01   85.82
//	 UN, M 40, N 200k, W 0.3                         94.08   84.82
//	   (runs 94.18, 93.87, 93.98, 93.76, 93.80)
//
// The speeches are a narrow register: their sure sentences name countries
// and the United Nations (at margin 20, 5,161 LOC and 4,252 ORG of 11,901
// entities, 472 PER: 4%, where the news' sentences have 21%), and the
// model's errors in them are the debate's own ("the Charter" as LOC, "the
// Conference" as ORG). The first-round runs with them score under the
// shipped settings off-CoNLL (by up to 1.6, within the seed's reach: see
// below), and the one that scored best on valid (margin 40, 94.18) was
// again one run's luck: its five runs average 94.08 on valid (their mean
// 93.92), +0.07 over the shipped model, and lose 1.0 off-CoNLL (187 s of
// CPU, 8 min of wall time, 490 MB). The gate, fixed before the five-run
// training, asked 94.31 on valid: it failed, so seeds 6-10 were not run,
// test.txt was not scored and the model is unchanged. A second round moves
// valid by less than the seed does at margins 20 and 5 (-0.03 on the UN,
// +0.06 on news); at margin 40 on the UN it lost 0.71 on valid and gained
// 2.7 off-CoNLL with seed 1 (86.20), but with seed 2 it scores as the
// shipped settings do (83.49 against 83.40): one run's off-CoNLL F1 moves
// by 1.7 with the seed alone (85.09, 83.40), so the single runs' off-CoNLL
// column tells little. Weights above 0.3 gain on valid in the news run
// (+0.23) and lose in the UN runs (0.2), and lose off-CoNLL in both. In
// two rounds of screening, self-training on the model's own labels has not
// lifted valid beyond the spread of the seeds.
//
// # Accuracy and speed
//
// Entity-level F1 on CoNLL-2003 (PER, ORG, LOC, MISC), measured with
// "nergraph eval --conll FILE":
//
//	          valid   test
//	LOC       96.75  91.56
//	MISC      89.00  82.46
//	ORG       91.13  87.58
//	PER       95.82  94.94
//	overall   94.01  90.26
//
// The previous model (valid 94.03, test 90.09 before the headline rule,
// 90.14 with it) was trained before the dotted-leader change of the
// tokenizer and was no longer what the command above gives; the shipped
// one is, byte for byte. On our off-CoNLL set it scores 85.82 (was 85.78).
//
// Tagging costs about 15% more CPU than the model before the open
// gazetteers (BenchmarkTag, measured side by side in CPU seconds); the
// headline rule costs nothing measurable (1.84 and 1.86 million tokens/s
// before and after, medians of four runs each of GOMAXPROCS=1 go test
// -bench 'Tag$' -benchtime 40x, alternated). The model file is 6.8 MB and
// loads in about 20 ms of CPU (BenchmarkLoad).
package ner
