package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{`SEOUL, March 3 (Reuters) -`, `SEOUL|,|March|3|(|Reuters|)|-`},
		{`South Korea's president didn't say.`, `South|Korea|'s|president|did|n't|say|.`},
		{`He can't, won't.`, `He|ca|n't|,|wo|n't|.`},
		{`"We are ready," he said.`, `"|We|are|ready|,|"|he|said|.`},
		{`the U.S. and Apple Inc. rose 4.5% to $120.50.`, `the|U.S.|and|Apple|Inc.|rose|4.5|%|to|$|120.50|.`},
		{`US$1.2 billion, 1/2 point`, `US$|1.2|billion|,|1/2|point`},
		{`Photo: REUTERS/Kim Hong-Ji`, `Photo|:|REUTERS|/|Kim|Hong-Ji`},
		{`investors' money -- fast...`, `investors|'|money|--|fast|...`},
		{`Gen. Mark A. Milley`, `Gen.|Mark|A.|Milley`},
		{`Pyongyang#39;s {Yahoo!} (AAPL.O)`, `Pyongyang#39;s|Yahoo!|(|AAPL.O|)`},
		{`won 2-1 in a well-known game`, `won|2-1|in|a|well-known|game`},
		{`'s`, `'s`},
		{`said quot; &lt;AAPL.O&gt; &lt;/p&gt; #39; and; AT amp;T`, `said|quot;|&lt;AAPL.O&gt;|&lt;/p&gt;|#39;|and|;|AT|amp;T`},
		{`'s,`, `'s|,`},
	}
	for _, tt := range tests {
		if got := strings.Join(tokenize(tt.in), "|"); got != tt.want {
			t.Errorf("tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	src := "## a comment\n-DOCSTART- agency Seoul talks\n" +
		"[LOC SEOUL], March 3 ([ORG Reuters]) - [PER Angela Merkel] met [PER Barack Obama] in [LOC Berlin].\n\n" +
		"[LOC Korea]'s [PER Moon] [PER Jae-in]\n" +
		"-DOCSTART- sports results\nNo entities here .\n"
	docs, err := parse(strings.NewReader(src), "x.src")
	if err != nil {
		t.Fatal(err)
	}
	var conll, styles bytes.Buffer
	if err := writeCoNLL(&conll, docs); err != nil {
		t.Fatal(err)
	}
	if err := writeStyles(&styles, docs); err != nil {
		t.Fatal(err)
	}
	want := `-DOCSTART- -X- -X- O

SEOUL _ _ B-LOC
, _ _ O
March _ _ O
3 _ _ O
( _ _ O
Reuters _ _ B-ORG
) _ _ O
- _ _ O
Angela _ _ B-PER
Merkel _ _ I-PER
met _ _ O
Barack _ _ B-PER
Obama _ _ I-PER
in _ _ O
Berlin _ _ B-LOC
. _ _ O

Korea _ _ B-LOC
's _ _ O
Moon _ _ B-PER
Jae-in _ _ B-PER

-DOCSTART- -X- -X- O

No _ _ O
entities _ _ O
here _ _ O
. _ _ O

`
	if got := conll.String(); got != want {
		t.Errorf("conll\n got %q\nwant %q", got, want)
	}
	if got, want := styles.String(), "doc\tstyle\ttitle\n1\tagency\tSeoul talks\n2\tsports\tresults\n"; got != want {
		t.Errorf("styles\n got %q\nwant %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"x\n", "x.src:1: sentence before the first -DOCSTART-"},
		{"-DOCSTART- novel x\n", "x.src:1: want -DOCSTART- STYLE"},
		{"-DOCSTART- web x\n", "x.src:1: empty document"},
		{"-DOCSTART- web x\n[FOO bar]\n", "x.src:2: want [TYPE words]"},
		{"-DOCSTART- web x\n[PER Bob\n", "x.src:2: unclosed [PER"},
		{"-DOCSTART- web x\nBob]\n", "x.src:2: unmatched ]"},
		{"-DOCSTART- web x\n[MISC Chinese]-made\n", "x.src:2: entity [MISC Chinese] ends inside the word"},
		{"-DOCSTART- web x\npro-[MISC Chinese]\n", "x.src:2: entity [MISC Chinese] starts inside the word"},
		{"-DOCSTART- web x\n[PER Bob][ORG AP]\n", "x.src:2: entities [PER Bob] and [ORG AP] touch"},
		{"-DOCSTART- web x\n[PER Bob ]\n", "x.src:2: space at the edge"},
		{"-DOCSTART- web x\nsee -DOCSTART- here\n", "x.src:2: a token cannot start with -DOCSTART-"},
	}
	for _, tt := range tests {
		_, err := parse(strings.NewReader(tt.src), "x.src")
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("parse(%q) = %v, want an error starting %q", tt.src, err, tt.want)
		}
	}
}

// TestCommitted checks that the committed CoNLL file and sidecar are what
// the committed source gives, so that nobody edits one and forgets the other.
func TestCommitted(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "testdata", "ner")
	src := filepath.Join(dir, "offconll-dev.src")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("no %s", src)
	}
	conll, styles, err := convert(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		want []byte
	}{{"offconll-dev.conll", conll}, {"offconll-dev.styles.tsv", styles}} {
		got, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.want) {
			t.Errorf("testdata/ner/%s differs from what offconll-dev.src gives; rebuild it with go run ./internal/tools/conllsrc", f.name)
		}
	}
}

// FuzzParse checks that the source parser never panics, that errors name the
// file and a line, and that every sentence it accepts has tokens with no
// space in them and well-formed IOB2 tags.
func FuzzParse(f *testing.F) {
	f.Add("-DOCSTART- web x\n[PER Bob]'s [ORG AP] said \"hi\".\n")
	f.Add("-DOCSTART- hard y\n[LOC A]-b\n")
	f.Add("[x")
	f.Fuzz(func(t *testing.T, src string) {
		docs, err := parse(strings.NewReader(src), "f.src")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "f.src" || pe.Line < 1 {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				for i, tok := range s {
					if tok.Text == "" || strings.ContainsAny(tok.Text, " \t\n\r") || strings.HasPrefix(tok.Text, "-DOCSTART-") {
						t.Fatalf("bad token %q", tok.Text)
					}
					if strings.HasPrefix(tok.Tag, "I-") && (i == 0 || s[i-1].Tag[2:] != tok.Tag[2:] || s[i-1].Tag == "O") {
						t.Fatalf("I- tag without a start: %v", s)
					}
				}
			}
		}
	})
}
