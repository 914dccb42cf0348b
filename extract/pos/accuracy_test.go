package pos_test

import (
	"testing"

	"github.com/nergraph/nergraph/extract/pos"
)

// TestAccuracy scores the embedded model on CoNLL-2003 valid.txt (which
// chose the training pass) and test.txt (reported, never chosen on). The
// floors are today's figures, rounded down: a model that does worse fails.
func TestAccuracy(t *testing.T) {
	m, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file            string
		tagAcc, chunkF1 float64
	}{
		{"valid.txt", 0.959, 0.922},
		{"test.txt", 0.954, 0.910},
	} {
		sc := pos.Evaluate(m, readCoNLL(t, tc.file))
		t.Logf("%s: %d tokens, POS accuracy %.4f, chunk accuracy %.4f, chunk P %.4f R %.4f F1 %.4f", tc.file, sc.Tokens,
			sc.TagAccuracy(), sc.ChunkAccuracy(), sc.ChunkPrecision(), sc.ChunkRecall(), sc.ChunkF1())
		if sc.TagAccuracy() < tc.tagAcc || sc.ChunkF1() < tc.chunkF1 {
			t.Errorf("%s: POS accuracy %.4f, chunk F1 %.4f; want at least %.3f and %.3f", tc.file,
				sc.TagAccuracy(), sc.ChunkF1(), tc.tagAcc, tc.chunkF1)
		}
	}
}
