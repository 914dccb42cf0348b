package relgold

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	in := `# a comment before the first item

=== a1 [passive] [easy]
[[Getty Oil|ORG|org:getty-oil]] was bought by [[Texaco|ORG|org:texaco]] in 1984.
Analysts in [[Houston|LOC|location:houston]] were surprised, [[Reuters|ORG|org:reuters|source]] said.
# a comment among the relations
rel: org:texaco > buy > org:getty-oil | text=was bought by | sent=0

=== a2 [symmetric]
[[Kim|PER|person:kim-jong-un]] and [[Putin|PER|person:vladimir-putin]] did not exchange letters.
rel:person:vladimir-putin<>exchange letters<>person:kim-jong-un|sent=0|neg|text=did not exchange letters
=== a3
[[Russia|LOC|country:RU]]'s defence minister [[Sergei Shoigu|PER|person:sergei-shoigu]] met [[Zürich|LOC|location:zurich]] officials.
rel: person:sergei-shoigu > defence minister of > country:RU | text=defence minister | sent=0 | role
=== a4 [co-mention]
[[Apple|ORG|org:apple]] and [[Samsung|ORG|org:samsung-electronics]] shares fell.
none
`
	got, err := Parse(strings.NewReader(in), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	text1 := "Getty Oil was bought by Texaco in 1984. Analysts in Houston were surprised, Reuters said."
	want := []Item{
		{
			ID: "a1", Tags: []string{"passive", "easy"}, Line: 3, Text: text1,
			Sentences: []Sentence{{0, 39}, {40, len(text1)}},
			Entities: []Entity{
				{Surface: "Getty Oil", Type: "ORG", ID: "org:getty-oil", Start: 0, End: 9},
				{Surface: "Texaco", Type: "ORG", ID: "org:texaco", Start: 24, End: 30},
				{Surface: "Houston", Type: "LOC", ID: "location:houston", Start: 52, End: 59, Sentence: 1},
				{Surface: "Reuters", Type: "ORG", ID: "org:reuters", Source: true, Start: 76, End: 83, Sentence: 1},
			},
			Relations: []Relation{{Subject: "org:texaco", Predicate: "buy", Object: "org:getty-oil", Text: "was bought by", Line: 7}},
		},
		{
			ID: "a2", Tags: []string{"symmetric"}, Line: 9,
			Text:      "Kim and Putin did not exchange letters.",
			Sentences: []Sentence{{0, 39}},
			Entities: []Entity{
				{Surface: "Kim", Type: "PER", ID: "person:kim-jong-un", Start: 0, End: 3},
				{Surface: "Putin", Type: "PER", ID: "person:vladimir-putin", Start: 8, End: 13},
			},
			Relations: []Relation{{Subject: "person:vladimir-putin", Predicate: "exchange letters", Object: "person:kim-jong-un",
				Symmetric: true, Negated: true, Text: "did not exchange letters", Line: 11}},
		},
		{
			ID: "a3", Line: 12,
			Text:      "Russia's defence minister Sergei Shoigu met Zürich officials.",
			Sentences: []Sentence{{0, len("Russia's defence minister Sergei Shoigu met Zürich officials.")}},
			Entities: []Entity{
				{Surface: "Russia", Type: "LOC", ID: "country:RU", Start: 0, End: 6},
				{Surface: "Sergei Shoigu", Type: "PER", ID: "person:sergei-shoigu", Start: 26, End: 39},
				{Surface: "Zürich", Type: "LOC", ID: "location:zurich", Start: 44, End: 51},
			},
			Relations: []Relation{{Subject: "person:sergei-shoigu", Predicate: "defence minister of", Object: "country:RU",
				Role: true, Text: "defence minister", Line: 14}},
		},
		{
			ID: "a4", Tags: []string{"co-mention"}, Line: 15,
			Text:      "Apple and Samsung shares fell.",
			Sentences: []Sentence{{0, 30}},
			Entities: []Entity{
				{Surface: "Apple", Type: "ORG", ID: "org:apple", Start: 0, End: 5},
				{Surface: "Samsung", Type: "ORG", ID: "org:samsung-electronics", Start: 10, End: 17},
			},
			None: true,
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got\n%+v\nwant\n%+v", got, want)
	}
	for _, it := range got {
		for _, e := range it.Entities {
			if s := it.Text[e.Start:e.End]; s != e.Surface {
				t.Errorf("%s: text at %d:%d = %q, want %q", it.ID, e.Start, e.End, s, e.Surface)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	const ok = "=== x1\n[[Kim|PER|person:kim-jong-un]] met [[Putin|PER|person:vladimir-putin]].\n"
	tests := []struct {
		name, in string
		line     int
		want     string // part of the message
	}{
		{"text before header", "hello\n" + ok, 1, "before the first === item header"},
		{"bare header", "===\nx\nnone\n", 1, "item header"},
		{"bad id", "=== a/b\nx\nnone\n", 1, "item id"},
		{"bad tag", "=== a1 passive\nx\nnone\n", 1, "tag \"passive\""},
		{"upper tag", "=== a1 [Passive]\nx\nnone\n", 1, "tag"},
		{"tag twice", "=== a1 [a] [a]\nx\nnone\n", 1, "given twice"},
		{"no text", "=== a1\nnone\n", 2, "none before any sentence"},
		{"empty item", "=== a1\n\n=== a2\nx\nnone\n", 1, "has no text"},
		{"no relations", "=== a1\nx\n", 1, "no rel: lines and no none line"},
		{"rel then none", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=0\nnone\n", 4, "none after rel:"},
		{"none then rel", ok + "none\nrel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=0\n", 4, "marked none"},
		{"none twice", ok + "none\nnone\n", 4, "none given twice"},
		{"text after rels", ok + "none\nMore text.\n", 4, "sentence after the relations"},
		{"unclosed mark", "=== a1\n[[Kim|PER|person:kim-jong-un met.\nnone\n", 2, "unclosed [["},
		{"stray close", "=== a1\nKim]] met.\nnone\n", 2, "]] without [["},
		{"nested mark", "=== a1\n[[Kim [[Jong|PER|x:y]]|PER|person:kim-jong-un]] met.\nnone\n", 2, "inside a mark"},
		{"two fields", "=== a1\n[[Kim|PER]] met.\nnone\n", 2, "want [[text|TYPE|id]]"},
		{"bad type", "=== a1\n[[Kim|PERSON|person:kim-jong-un]] met.\nnone\n", 2, "not PER, ORG, LOC or MISC"},
		{"bad entity id", "=== a1\n[[Kim|PER|Kim Jong Un]] met.\nnone\n", 2, "bad entity id"},
		{"bad country", "=== a1\n[[Korea|LOC|country:kp]] met.\nnone\n", 2, "bad entity id"},
		{"bad flag", "=== a1\n[[KCNA|ORG|org:kcna|src]] said.\nnone\n", 2, "unknown flag"},
		{"empty surface", "=== a1\n[[|ORG|org:kcna]] said.\nnone\n", 2, "empty text"},
		{"bad utf8", "=== a1\nK\xffm met.\nnone\n", 2, "invalid UTF-8"},
		{"no arrows", ok + "rel: person:kim-jong-un meet person:vladimir-putin | text=met | sent=0\n", 3, "want SUBJ > predicate > OBJ"},
		{"four parts", ok + "rel: person:kim-jong-un > meet > x > person:vladimir-putin | text=met | sent=0\n", 3, "want SUBJ"},
		{"mixed arrows", ok + "rel: person:kim-jong-un <> meet > person:vladimir-putin | text=met | sent=0\n", 3, "mixed > and <>"},
		{"stray <", ok + "rel: person:kim-jong-un < meet < person:vladimir-putin | text=met | sent=0\n", 3, "stray <"},
		{"self relation", ok + "rel: person:kim-jong-un > meet > person:kim-jong-un | text=met | sent=0\n", 3, "related to itself"},
		{"dash id", ok + "rel: - > meet > person:kim-jong-un | text=met | sent=0\n", 3, "bad entity id"},
		{"upper predicate", ok + "rel: person:kim-jong-un > Meet > person:vladimir-putin | text=met | sent=0\n", 3, "only lowercase"},
		{"spaced predicate", ok + "rel: person:kim-jong-un > meet  with > person:vladimir-putin | text=met | sent=0\n", 3, "single spaces"},
		{"empty predicate", ok + "rel: person:kim-jong-un >  > person:vladimir-putin | text=met | sent=0\n", 3, "empty predicate"},
		{"no text", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | sent=0\n", 3, "missing text="},
		{"no sent", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met\n", 3, "missing sent="},
		{"bad sent", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=01\n", 3, "want a sentence index"},
		{"negative sent", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=-1\n", 3, "want a sentence index"},
		{"sent out of range", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=1\n", 3, "the item has 1 sentences"},
		{"unknown field", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=0 | negated\n", 3, "unknown field"},
		{"empty field", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | | sent=0\n", 3, "empty field"},
		{"field twice", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=0 | neg | neg\n", 3, "given twice"},
		{"symmetric role", ok + "rel: person:kim-jong-un <> meet <> person:vladimir-putin | text=met | sent=0 | role\n", 3, "role relation has a direction"},
		{"unmarked subject", ok + "rel: person:xi-jinping > meet > person:vladimir-putin | text=met | sent=0\n", 3, "subject person:xi-jinping is not marked in sentence 0"},
		{"unmarked object", ok + "rel: person:kim-jong-un > meet > person:xi-jinping | text=met | sent=0\n", 3, "object person:xi-jinping is not marked"},
		{"marked elsewhere", "=== a1\n[[Kim|PER|person:kim-jong-un]] spoke.\n[[Putin|PER|person:vladimir-putin]] met him.\nrel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=1\n", 4, "subject person:kim-jong-un is not marked in sentence 1"},
		{"source end", "=== a1\n[[Kim|PER|person:kim-jong-un]] told [[KCNA|ORG|org:kcna|source]].\nrel: person:kim-jong-un > tell > org:kcna | text=told | sent=0\n", 3, "marked only as a source"},
		{"text not in sentence", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met with | sent=0\n", 3, "is not in sentence 0"},
		{"text parts out of order", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=Putin ... met | sent=0\n", 3, "is not in sentence 0"},
		{"badly spaced text", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text= met | sent=0\n", 3, "badly spaced"},
		{"duplicate", ok + "rel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=0\nrel: person:kim-jong-un > meet > person:vladimir-putin | text=met | sent=0\n", 4, "duplicate relation (first on line 3)"},
		{"duplicate symmetric", ok + "rel: person:kim-jong-un <> meet <> person:vladimir-putin | text=met | sent=0\nrel: person:vladimir-putin <> meet <> person:kim-jong-un | text=met | sent=0\n", 4, "duplicate relation"},
		{"duplicate item", ok + "none\n" + ok + "none\n", 4, "duplicate item id x1 (first on line 1)"},
		{"long line", "=== a1\n" + strings.Repeat("x", MaxLineBytes+1) + "\nnone\n", 2, "line longer than"},
		{"long item", "=== a1\n" + strings.Repeat("x\n", MaxItemLines+1) + "none\n", 1, "item longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in), "t.txt")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got error %v, want a *ParseError", err)
			}
			if pe.File != "t.txt" || pe.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %q (line %d), want line %d and %q", err, pe.Line, tt.line, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "t.txt:") {
				t.Fatalf("got %q, want FILE:LINE: at the start", err)
			}
		})
	}
}

// A bad item is reported and the Reader goes on with the next one.
func TestReaderContinuesAfterError(t *testing.T) {
	in := "=== a1\nx\n=== a2\n[[Kim|PER|person:kim-jong-un]] spoke.\nnone\n=== a3 [bad tag\ny\nnone\n=== a4\nz\nnone\n"
	r := NewReader(strings.NewReader(in), "t.txt")
	var got []string
	for {
		it, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, it.ID)
	}
	want := []string{
		"t.txt:1: item a1 has no rel: lines and no none line",
		"a2",
		`t.txt:6: tag "[bad": want [lowercase-words]`,
		"a4",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestItemLookups(t *testing.T) {
	items, err := Parse(strings.NewReader("=== a1\n[[Kim|PER|person:kim-jong-un]] spoke.\nThen [[Putin|PER|person:vladimir-putin]] did.\nnone\n"), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	it := &items[0]
	// "Kim spoke. Then Putin did."
	for _, tt := range []struct{ off, want int }{{0, 0}, {9, 0}, {10, -1}, {11, 1}, {25, 1}, {26, -1}, {-1, -1}} {
		if got := it.SentenceAt(tt.off); got != tt.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", tt.off, got, tt.want)
		}
	}
	if got, want := it.SentenceText(1), "Then Putin did."; got != want {
		t.Errorf("SentenceText(1) = %q, want %q", got, want)
	}
	if got := it.SentenceText(2); got != "" {
		t.Errorf("SentenceText(2) = %q, want empty", got)
	}
	if e, ok := it.EntityAt(15, 21); !ok || e.ID != "person:vladimir-putin" {
		t.Errorf("EntityAt(15, 21) = %v, %v, want Putin", e, ok)
	}
	if e, ok := it.EntityAt(3, 11); ok {
		t.Errorf("EntityAt(3, 11) = %v, want nothing", e)
	}
}
