package pos_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/pos"
)

// FuzzDecode feeds damaged models to Decode: it must return an error
// wrapping ErrFormat or a model that tags, and never panic.
func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	m := trainTinyTB(f)
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("NERGRAPH-POS\x00\x01"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := pos.Decode(data)
		if err != nil {
			if !errors.Is(err, pos.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		if got := m.Tag([]string{"The", "bank", "."}); len(got) != 3 {
			t.Fatalf("decoded model gave %d tags for 3 words", len(got))
		}
	})
}

// FuzzReadCoNLL reads arbitrary text: no panic, errors name a line, and
// every sentence has a tag and a chunk per word.
func FuzzReadCoNLL(f *testing.F) {
	f.Add(tiny)
	f.Add("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\n")
	f.Add("a NN B-NP\n\n\nb\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := pos.ReadCoNLL(strings.NewReader(in), "f.txt")
		if err != nil {
			var pe *pos.ParseError
			if !errors.As(err, &pe) || pe.Line < 1 || !strings.HasPrefix(err.Error(), "f.txt:") {
				t.Fatalf("error %v is not a ParseError with a line", err)
			}
			return
		}
		for _, s := range sents {
			if len(s.Tags) != len(s.Words) || len(s.Chunks) != len(s.Words) || len(s.Words) == 0 {
				t.Fatalf("sentence at line %d: %d words, %d tags, %d chunks", s.Line, len(s.Words), len(s.Tags), len(s.Chunks))
			}
		}
	})
}

// FuzzTag tags arbitrary words with the embedded model: one tag and one
// chunk per word, never None, I- never after O, and the lemma of any word
// under any tag is valid UTF-8 when the word is.
func FuzzTag(f *testing.F) {
	m, err := pos.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Kim Jong Un met Putin .")
	f.Add("“ ’s — … \xff ZZZ 1996-08-22")
	f.Fuzz(func(t *testing.T, text string) {
		words := strings.Fields(text)
		tags, chunks := m.TagChunk(words)
		if len(tags) != len(words) || len(chunks) != len(words) {
			t.Fatalf("%d words, %d tags, %d chunks", len(words), len(tags), len(chunks))
		}
		for i, tg := range tags {
			if tg == pos.None || tg >= pos.NumTags {
				t.Fatalf("word %q: tag %d", words[i], tg)
			}
			if c := chunks[i]; c != pos.Out && !c.Begins() && (i == 0 || chunks[i-1].Phrase() != c.Phrase()) {
				t.Fatalf("chunk %v at %d after %v", c, i, chunks[max(i-1, 0)])
			}
			if l := pos.Lemma(words[i], tg); utf8.ValidString(words[i]) && !utf8.ValidString(l) {
				t.Fatalf("Lemma(%q) = %q", words[i], l)
			}
		}
	})
}
