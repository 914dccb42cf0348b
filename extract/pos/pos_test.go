package pos_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/nergraph/nergraph/extract/pos"
)

func TestTagNames(t *testing.T) {
	for tg := pos.Tag(1); tg < pos.NumTags; tg++ {
		got, ok := pos.ParseTag(tg.String())
		if !ok || got != tg {
			t.Errorf("ParseTag(%q) = %v, %t; want %v", tg.String(), got, ok, tg)
		}
	}
	if _, ok := pos.ParseTag("XYZ"); ok {
		t.Error(`ParseTag("XYZ") succeeded`)
	}
	for c := pos.Chunk(0); int(c) < pos.NumChunks; c++ {
		got, ok := pos.ParseChunk(c.String())
		if !ok || got != c {
			t.Errorf("ParseChunk(%q) = %v, %t; want %v", c.String(), got, ok, c)
		}
	}
	for _, s := range []string{"", "B-", "X-NP", "B-XX", "I"} {
		if _, ok := pos.ParseChunk(s); ok {
			t.Errorf("ParseChunk(%q) succeeded", s)
		}
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n. . O O\n\n" +
		"the DT I-NP O\ncompany NN I-NP O\n's POS B-NP O\nchief NN I-NP O\n"
	got, err := pos.ReadCoNLL(strings.NewReader(in), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d sentences, want 2", len(got))
	}
	var b strings.Builder
	for _, s := range got {
		fmt.Fprintf(&b, "%d:", s.Line)
		for i, w := range s.Words {
			fmt.Fprintf(&b, " %s/%s/%s", w, s.Tags[i], s.Chunks[i])
		}
		b.WriteString("\n")
	}
	want := "3: EU/NNP/B-NP rejects/VBZ/B-VP German/JJ/B-NP call/NN/I-NP ././O\n" +
		"9: the/DT/B-NP company/NN/I-NP 's/POS/B-NP chief/NN/I-NP\n"
	if b.String() != want {
		t.Errorf("got\n%swant\n%s", b.String(), want)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"EU NNP I-NP\nrejects\n", "x.txt:2: bad format: want token, POS and chunk columns, got 1 column(s)"},
		{"EU NNX I-NP O\n", `x.txt:1: bad format: unknown POS tag "NNX"`},
		{"\nEU NNP Q-NP O\n", `x.txt:2: bad format: unknown chunk tag "Q-NP"`},
		{"a NN B-NP " + strings.Repeat("x", 1<<17) + "\n", "x.txt:1: bufio.Scanner: token too long"},
	} {
		_, err := pos.ReadCoNLL(strings.NewReader(tc.in), "x.txt")
		if err == nil || err.Error() != tc.want {
			t.Errorf("ReadCoNLL(%.30q) error %v, want %s", tc.in, err, tc.want)
		}
		var pe *pos.ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("error %v is not a *ParseError", err)
		}
	}
}

// tiny is a small training set, enough to learn from in a test.
const tiny = `The DT B-NP O
company NN I-NP O
bought VBD B-VP O
a DT B-NP O
stake NN I-NP O
in IN B-PP O
Acme NNP B-NP B-ORG
. . O O

Acme NNP B-NP B-ORG
sold VBD B-VP O
the DT B-NP O
shares NNS I-NP O
to TO B-PP O
a DT B-NP O
bank NN I-NP O
. . O O

The DT B-NP O
bank NN I-NP O
will MD B-VP O
buy VB I-VP O
shares NNS B-NP O
. . O O
`

func trainTiny(t *testing.T) *pos.Model { return trainTinyTB(t) }

func trainTinyTB(t testing.TB) *pos.Model {
	t.Helper()
	sents, err := pos.ReadCoNLL(strings.NewReader(tiny), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	m, err := pos.Train(context.Background(), sents, sents, pos.TrainOptions{Epochs: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTrainSaveDecode trains twice to the same bytes, and the decoded model
// tags as the trained one does.
func TestTrainSaveDecode(t *testing.T) {
	var a, b bytes.Buffer
	m := trainTiny(t)
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainTiny(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings with the same seed gave different models")
	}
	d, err := pos.Decode(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("The bank bought shares in Acme .")
	if got, want := d.Tag(words), m.Tag(words); !slices.Equal(got, want) {
		t.Errorf("decoded model tags %v, trained one %v", got, want)
	}
	if got, want := fmt.Sprint(m.Tag(strings.Fields("Acme sold the shares to a bank ."))), "[NNP VBD DT NNS TO DT NN .]"; got != want {
		t.Errorf("tiny model tags %s, want %s", got, want)
	}
	var c bytes.Buffer
	if err := d.Save(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("a decoded model saves to other bytes")
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := pos.Train(context.Background(), nil, nil, pos.TrainOptions{}); err == nil {
		t.Error("Train with no sentences succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sents, _ := pos.ReadCoNLL(strings.NewReader(tiny), "tiny")
	if _, err := pos.Train(ctx, sents, nil, pos.TrainOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Train with a cancelled context: %v", err)
	}
}

// TestDecodeCorrupt cuts and damages the embedded model: every result is
// an error wrapping ErrFormat or a working model, never a panic.
func TestDecodeCorrupt(t *testing.T) {
	var buf bytes.Buffer
	if err := trainTiny(t).Save(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	for n := range len(data) {
		if _, err := pos.Decode(data[:n]); !errors.Is(err, pos.ErrFormat) {
			t.Fatalf("Decode of the first %d of %d bytes: %v, want ErrFormat", n, len(data), err)
		}
	}
	for i := range data {
		d := slices.Clone(data)
		d[i] ^= 0xA5
		if m, err := pos.Decode(d); err == nil {
			m.Tag([]string{"a", "b"})
		} else if !errors.Is(err, pos.ErrFormat) {
			t.Fatalf("Decode with byte %d damaged: %v, want ErrFormat", i, err)
		}
	}
	if _, err := pos.Load(strings.NewReader("not a model")); !errors.Is(err, pos.ErrFormat) {
		t.Errorf("Load(junk): %v", err)
	}
}

func TestDefault(t *testing.T) {
	m, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	if m2, _ := pos.Default(); m2 != m {
		t.Error("Default returned two models")
	}
	for _, tc := range []struct{ text, want string }{
		{"The United States has accused North Korea of providing weapons to Russia .",
			"DT NNP NNP VBZ VBN NNP NNP IN VBG NNS TO NNP ."},
		{"Getty Oil was bought by Texaco in 1984 .", "NNP NNP VBD VBN IN NNP IN CD ."},
		{"Kim and Putin did n't meet .", "NNP CC NNP VBD RB VB ."},
	} {
		tags := m.Tag(strings.Fields(tc.text))
		var got []string
		for _, tg := range tags {
			got = append(got, tg.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
	if got := m.Tag(nil); got != nil {
		t.Errorf("Tag(nil) = %v", got)
	}
	words := strings.Fields("Microsoft agreed to buy Activision Blizzard for $ 68.7 billion .")
	tags, chunks := m.TagChunk(words)
	if want := m.Tag(words); !slices.Equal(tags, want) {
		t.Errorf("TagChunk tags %v, Tag %v", tags, want)
	}
	if want := m.Chunk(words, tags); !slices.Equal(chunks, want) {
		t.Errorf("TagChunk chunks %v, Chunk %v", chunks, want)
	}
	var got []string
	for _, c := range pos.Chunks(chunks) {
		got = append(got, c.Phrase.String()+"["+strings.Join(words[c.Start:c.End], " ")+"]")
	}
	if g, want := strings.Join(got, " "), "NP[Microsoft] VP[agreed to buy] NP[Activision Blizzard] PP[for] NP[$ 68.7 billion]"; g != want {
		t.Errorf("chunks\n got %s\nwant %s", g, want)
	}
}

// TestConcurrent tags from several goroutines; run with -race. The model
// is fresh, so that the goroutines race to fill its per-word sums.
func TestConcurrent(t *testing.T) {
	want0, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("model.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := pos.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Kim Jong Un and Vladimir Putin exchanged letters on Tuesday .",
		"Zelensky said in an interview with CNN that he had asked Germany for more air defence systems .",
		"Qwertyuiop zxcvbnm asdfghjkl .",
	}
	want := make([][]pos.Tag, len(texts))
	for i, s := range texts {
		want[i] = want0.Tag(strings.Fields(s))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 200 {
				i := (g + k) % len(texts)
				if got := m.Tag(strings.Fields(texts[i])); !slices.Equal(got, want[i]) {
					t.Errorf("goroutine %d: %v, want %v", g, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestNormalizedPunctuation(t *testing.T) {
	m, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	ascii := m.Tag(strings.Fields(`" Russia 's army -- not Kyiv -- struck first , " he said .`))
	typo := m.Tag(strings.Fields(`“ Russia ’s army — not Kyiv — struck first , ” he said .`))
	if !slices.Equal(ascii, typo) {
		t.Errorf("typographic punctuation tags %v, ASCII %v", typo, ascii)
	}
}

func TestTagCoNLL(t *testing.T) {
	m, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := "-DOCSTART- -X- -X- O\n\nGetty\nOil\nwas\nbought\nby\nTexaco\n.\n\nKim\nmet\nPutin\n"
	var out strings.Builder
	if err := pos.TagCoNLL(m, strings.NewReader(in), &out, "in"); err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- -X- -X- O\n\nGetty NNP B-NP\nOil NNP I-NP\nwas VBD B-VP\nbought VBN I-VP\nby IN B-PP\nTexaco NNP B-NP\n. . O\n\n" +
		"Kim NNP B-NP\nmet VBD B-VP\nPutin NNP B-NP\n"
	if out.String() != want {
		t.Errorf("got\n%swant\n%s", out.String(), want)
	}
	err = pos.TagCoNLL(m, strings.NewReader(strings.Repeat("x", 1<<17)), &out, "in")
	if err == nil || !strings.HasPrefix(err.Error(), "in:1: ") {
		t.Errorf("long line: %v", err)
	}
}
