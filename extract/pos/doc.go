// Package pos is nergraph's part-of-speech tagger and chunker, with a verb
// lemmatizer. The relation finder ([github.com/nergraph/nergraph/extract/relate])
// reads its tags to find the verb phrases between entities.
//
// # Tagging
//
//	m, err := pos.Default()             // the model embedded in the program
//	tags := m.Tag(words)                // Penn Treebank tags: NNP, VBD, IN, ...
//	tags, chunks := m.TagChunk(words)   // and chunks in IOB2: B-NP, I-VP, ...
//	lemma := pos.Lemma("accused", tags[i]) // "accuse"
//
// Words are one sentence's tokens as CoNLL-2003 (and nergraph's tokenizer)
// splits them: punctuation apart, "'s" and "n't" split off. Typographic
// quotes and dashes read as their ASCII forms. A [Model] is safe for
// concurrent use.
//
// # Model
//
// Two averaged perceptrons ([Collins 2002]) over hashed features, decoded
// greedily left to right: for the tagger, the word, its lower-case form,
// shape, prefixes and suffixes, its word clusters, the words up to two
// positions away, word pairs, and the two previous tags; for the chunker,
// the words and part-of-speech tags around the token and the two previous
// chunk tags. The weights are quantized to 16 bits and kept in an
// open-addressing table; the features of each of the 12,000 most frequent
// training words are summed the first time the word is met, so a known word
// costs a few dense additions and a handful of lookups.
//
// The word clusters are those of the named-entity recognizer
// (extract/ner/clusters.tsv.gz, induced from unlabeled news); the model
// keeps its own copy of them. Without clusters, valid accuracy is 95.5%.
//
// # Training
//
// The embedded model.bin and the verb list verbs.txt were made, byte for
// byte, with
//
//	go run ./extract/pos/cmd/postrain -data ../shared/data/conll2003 \
//	    -epochs 10 -min-weight 500 -o extract/pos/model.bin -verbs extract/pos/verbs.txt
//
// from CoNLL-2003 train.txt, choosing the pass on valid.txt (about 7 CPU
// seconds and 700 MB). [Train] trains from [Sentence] values read by
// [ReadCoNLL]; [Evaluate] scores a model.
//
// # Accuracy and speed
//
// On CoNLL-2003, whose POS column was itself tagged automatically (so some
// of the "errors" are the gold's), measured by go test ./extract/pos -run
// Accuracy -v:
//
//	           POS accuracy   chunk accuracy   chunk F1
//	valid.txt  95.91%         95.83%           92.23
//	test.txt   95.49%         95.50%           91.08
//
// BenchmarkTag tags test.txt at about 2 million tokens per CPU second on one
// core, some three times the speed of the named-entity recognizer measured
// alongside (GOMAXPROCS=1 go test ./extract/pos -bench Tag; the benchmarks
// report tokens per CPU second because wall time on a shared machine varies
// twofold). Tagging and chunking together run at about 0.85 million. The
// model loads in 40 to 90 ms and takes about 30 MB of memory, most of it the
// per-word sums of the 20,000 vocabulary words, plus up to 16 MB for words
// met outside it.
//
// # Lemmas
//
// [Lemma] undoes verb inflection with a table of irregular verbs we wrote
// and spelling rules, checked against a list of verb base forms (verbs.txt)
// derived by cmd/postrain from CoNLL-2003 train.txt and the BBC articles.
//
// [Collins 2002]: https://aclanthology.org/W02-1001/
package pos
