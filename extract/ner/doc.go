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
// turns them into entity spans. A Model is safe for concurrent use.
//
// # Features
//
// Each token is described by hashed features, looked up in a fixed table
// without allocation: the word, its lower-case form and neighbours up to two
// tokens away, its shape (Xxxx, XX, dd), prefixes and suffixes, its case
// pattern and that of the sentence (so that Title Case headlines and ALL-CAPS
// datelines are recognized as such), word clusters at three granularities,
// gazetteer matches, and two document-level features: how the word is
// written elsewhere in the article and how it was labeled earlier in it.
//
// The word clusters (clusters.tsv.gz) were induced by [InduceClusters] from
// the unlabeled news in the shared data; run cmd/nerclusters to rebuild them:
//
//	go run ./extract/ner/cmd/nerclusters -data ../shared/data | gzip -9n > extract/ner/clusters.tsv.gz
//
// The gazetteers are the lists in gazetteers/, which we wrote, plus the
// entities annotated in the training data; during training, each document
// sees only the entities of the other folds, so that the model learns how
// far to trust a gazetteer match it has not been trained on.
//
// # Training and evaluation
//
// [ReadCoNLL] reads CoNLL column files, [Train] trains a model and
// [Evaluate] scores one with the entity-level measure of the conlleval
// script. The embedded model was made, byte for byte, with
//
//	nergraph train --train ../shared/data/conll2003/train.txt \
//	    --dev ../shared/data/conll2003/valid.txt --refit -o extract/ner/model.bin
//
// which trains 10 epochs on train.txt, keeps the epoch that scores best on
// valid.txt (the 4th), then trains again on train.txt and valid.txt together
// for that many epochs (about 45 s on one core).
//
// # Accuracy and speed
//
// Entity-level F1 on CoNLL-2003 (PER, ORG, LOC, MISC), measured with
// "nergraph eval --conll FILE":
//
//	                          valid   test
//	before the refit          93.41  88.16
//	embedded model (refit)      -    88.93
//
// BenchmarkTag tags test.txt (46,435 tokens) at about 550,000 tokens per
// second of CPU time on one core; the model loads in about 30 ms of CPU
// time (BenchmarkLoad).
package ner
