package pos

import (
	"bytes"
	"errors"
	"slices"
	"sync"
	"testing"
)

// TestLazyChunker decodes the embedded model with its chunker left to the
// first chunking, as Default does: nothing of the chunker is decoded
// before, and after it the model saves to the embedded bytes and tags and
// chunks as the model Decode reads whole.
func TestLazyChunker(t *testing.T) {
	lazy, err := decode(embedded, true)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := Decode(embedded)
	if err != nil {
		t.Fatal(err)
	}
	if lazy.chunkData == nil || lazy.chunk.sorted != nil || lazy.chunk.slots != nil {
		t.Fatalf("the chunker was decoded at load: %d bytes left, %d rows, %d slots",
			len(lazy.chunkData), len(lazy.chunk.sorted), len(lazy.chunk.slots))
	}
	lt, lc := lazy.NumFeatures()
	wt, wc := whole.NumFeatures()
	if lt != wt || lc != wc {
		t.Errorf("NumFeatures = %d, %d; want %d, %d", lt, lc, wt, wc)
	}
	// Tagging alone leaves the chunker as it is.
	words := []string{"The", "minister", "said", "on", "Tuesday", "that", "the", "new", "bridge", "would", "open", "soon", "."}
	if got, want := lazy.Tag(words), whole.Tag(words); !slices.Equal(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	if lazy.chunkData == nil {
		t.Fatal("tagging decoded the chunker")
	}
	for _, ws := range [][]string{words, {"Shares", "of", "the", "small", "carmaker", "rose", "sharply", "."}} {
		lt, lc := lazy.TagChunk(ws)
		wt, wc := whole.TagChunk(ws)
		if !slices.Equal(lt, wt) || !slices.Equal(lc, wc) {
			t.Errorf("TagChunk(%q) = %v, %v; want %v, %v", ws, lt, lc, wt, wc)
		}
	}
	if lazy.chunkData != nil || lazy.chunk.slots == nil {
		t.Error("chunking did not decode the chunker")
	}
	var buf bytes.Buffer
	if err := lazy.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Error("the lazily decoded model does not save to the embedded bytes")
	}
	// Save decodes a chunker left undecoded too.
	lazy, err = decode(embedded, true)
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := lazy.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Error("Save of a model with its chunker undecoded: not the embedded bytes")
	}
}

// TestLazyChunkerCut cuts the embedded model short at points in and
// around the chunker's weights, which decode passes over without
// decoding: each is an error wrapping ErrFormat.
func TestLazyChunkerCut(t *testing.T) {
	d := decoder{data: embedded, off: len(modelMagic)}
	d.uvarint()
	var l linear
	d.linear(&l, int(NumTags))
	from := d.off
	d.skipLinear(NumChunks)
	to := d.off
	if d.err != nil || to <= from {
		t.Fatalf("skipLinear: %v, %d to %d", d.err, from, to)
	}
	for _, n := range []int{from, from + 1, from + 2, from + 3, (from + to) / 2, to - 2, to - 1, to, to + 1} {
		if _, err := decode(embedded[:n], true); !errors.Is(err, ErrFormat) {
			t.Errorf("decode of the first %d bytes (chunker at %d to %d): %v, want ErrFormat", n, from, to, err)
		}
	}
}

// TestLazyChunkerConcurrent chunks with a model whose chunker is not yet
// decoded from several goroutines at once, which also tag: one decodes it,
// all chunk as the model Decode reads whole (run with -race).
func TestLazyChunkerConcurrent(t *testing.T) {
	lazy, err := decode(embedded, true)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := Decode(embedded)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "council", "approved", "a", "plan", "to", "rebuild", "the", "old", "harbour", "."}
	wantT, wantC := whole.TagChunk(words)
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			for range 20 {
				if g%2 == 0 {
					if got := lazy.Tag(words); !slices.Equal(got, wantT) {
						t.Errorf("goroutine %d: Tag = %v, want %v", g, got, wantT)
						return
					}
					continue
				}
				if gotT, gotC := lazy.TagChunk(words); !slices.Equal(gotT, wantT) || !slices.Equal(gotC, wantC) {
					t.Errorf("goroutine %d: TagChunk = %v, %v; want %v, %v", g, gotT, gotC, wantT, wantC)
					return
				}
			}
		})
	}
	wg.Wait()
}
