package pos

// Scores are the results of [Evaluate].
type Scores struct {
	Tokens        int // tokens tagged
	TagsCorrect   int // tokens whose part-of-speech tag is right
	ChunksCorrect int // tokens whose chunk tag is right
	GoldChunks    int // chunks in the gold tags
	FoundChunks   int // chunks the model found
	RightChunks   int // chunks found with the right type and span
}

// TagAccuracy is the share of tokens with the right part-of-speech tag.
func (s Scores) TagAccuracy() float64 { return ratio(s.TagsCorrect, s.Tokens) }

// ChunkAccuracy is the share of tokens with the right chunk tag, when the
// chunker is given the tagger's tags.
func (s Scores) ChunkAccuracy() float64 { return ratio(s.ChunksCorrect, s.Tokens) }

// ChunkPrecision, ChunkRecall and ChunkF1 score whole chunks, as the
// CoNLL-2000 conlleval script does.
func (s Scores) ChunkPrecision() float64 { return ratio(s.RightChunks, s.FoundChunks) }

// ChunkRecall is the share of gold chunks found; see ChunkPrecision.
func (s Scores) ChunkRecall() float64 { return ratio(s.RightChunks, s.GoldChunks) }

// ChunkF1 is the harmonic mean of chunk precision and recall.
func (s Scores) ChunkF1() float64 { return ratio(2*s.RightChunks, s.GoldChunks+s.FoundChunks) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate tags the words of gold sentences and compares the tags with
// theirs; the chunker is given the tagger's tags, not the gold ones, as in
// use. A model without a chunker scores no chunk.
func Evaluate(m *Model, gold []Sentence) Scores {
	var sc Scores
	for _, s := range gold {
		var tags []Tag
		var chunks []Chunk
		if m.chunk.nfeat > 0 {
			tags, chunks = m.TagChunk(s.Words)
		} else {
			tags = m.Tag(s.Words)
		}
		sc.Tokens += len(s.Words)
		for i, t := range tags {
			if i < len(s.Tags) && t == s.Tags[i] {
				sc.TagsCorrect++
			}
		}
		if m.chunk.nfeat > 0 {
			sc.addChunks(s.Chunks, chunks)
		}
	}
	return sc
}

// evaluateChunks scores the chunker alone on sentences whose Tags are what
// it is given.
func evaluateChunks(m *Model, gold []Sentence) Scores {
	var sc Scores
	for _, s := range gold {
		sc.Tokens += len(s.Words)
		sc.addChunks(s.Chunks, m.Chunk(s.Words, s.Tags))
	}
	return sc
}

func (sc *Scores) addChunks(gold, got []Chunk) {
	for i, c := range got {
		if i < len(gold) && c == gold[i] {
			sc.ChunksCorrect++
		}
	}
	gs, ps := chunkSpans(gold), chunkSpans(got)
	sc.GoldChunks += len(gs)
	sc.FoundChunks += len(ps)
	k := 0
	for _, p := range ps {
		for k < len(gs) && gs[k].start < p.start {
			k++
		}
		if k < len(gs) && gs[k] == p {
			sc.RightChunks++
		}
	}
}

type span struct {
	start, end int
	p          Phrase
}

// chunkSpans returns the chunks of IOB2 tags; an I- tag after a chunk of
// another type or after O starts a chunk, as conlleval reads it.
func chunkSpans(cs []Chunk) []span {
	var out []span
	for i, c := range cs {
		if c == Out {
			continue
		}
		if c.Begins() || i == 0 || cs[i-1] == Out || cs[i-1].Phrase() != c.Phrase() {
			out = append(out, span{i, i + 1, c.Phrase()})
			continue
		}
		out[len(out)-1].end = i + 1
	}
	return out
}

// Chunks returns the chunks of a sentence's chunk tags as [start, end)
// token spans with their phrase type, in order.
func Chunks(cs []Chunk) []ChunkSpan {
	sp := chunkSpans(cs)
	out := make([]ChunkSpan, len(sp))
	for i, s := range sp {
		out[i] = ChunkSpan{Start: s.start, End: s.end, Phrase: s.p}
	}
	return out
}

// ChunkSpan is one chunk: tokens [Start, End) of a sentence.
type ChunkSpan struct {
	Start, End int
	Phrase     Phrase
}
