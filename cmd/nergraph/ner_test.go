package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runNER(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	ios := &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut}
	code = Main(args, ios)
	return code, out.String(), errOut.String()
}

// A small corpus we wrote, in CoNLL-2003 columns (token POS chunk NER, IOB1).
const tinyCoNLL = `-DOCSTART- -X- O O

Angela NNP I-NP I-PER
Merkel NNP I-NP I-PER
visited VBD I-VP O
Paris NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Shares NNS I-NP O
of IN I-PP O
Siemens NNP I-NP I-ORG
rose VBD I-VP O
in IN I-PP O
Frankfurt NNP I-NP I-LOC
. . O O
`

func TestTagCommand(t *testing.T) {
	code, out, errOut := runNER(t, tinyCoNLL, "tag", "--conll")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	in := strings.Split(strings.TrimSuffix(tinyCoNLL, "\n"), "\n")
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(got) != len(in) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(in), out)
	}
	for i := range in {
		switch {
		case in[i] == "" || strings.HasPrefix(in[i], "-DOCSTART-"):
			if got[i] != in[i] {
				t.Errorf("line %d = %q, want it unchanged", i+1, got[i])
			}
		case !strings.HasPrefix(got[i], in[i]+" "):
			t.Errorf("line %d = %q, want %q plus a tag", i+1, got[i], in[i])
		}
	}
	for _, want := range []string{"Merkel NNP I-NP I-PER I-PER", "Paris NNP I-NP I-LOC B-LOC", "Siemens NNP I-NP I-ORG B-ORG"} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.txt")
	if err := os.WriteFile(gold, []byte(tinyCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNER(t, "", "eval", "--conll", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "overall       4      4       4    100.00  100.00  100.00") {
		t.Errorf("eval table:\n%s", out)
	}
	// The same, scored from the gold and predicted columns.
	_, tagged, _ := runNER(t, tinyCoNLL, "tag", "--conll")
	pred := filepath.Join(dir, "pred.txt")
	if err := os.WriteFile(pred, []byte(tagged), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out2, errOut := runNER(t, "", "eval", "--predicted", "--conll", pred)
	if code != 0 || out2 != out {
		t.Errorf("eval --predicted: exit %d, %s\n%s\nwant\n%s", code, errOut, out2, out)
	}
}

func TestNERUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"tag"},
		{"eval"},
		{"train", "--train", "x.txt"},
		{"eval", "--conll", "x", "--predicted", "--model", "m"},
	} {
		if code, _, _ := runNER(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestTrainCommand(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train.txt")
	if err := os.WriteFile(train, []byte(tinyCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "model.bin")
	code, _, errOut := runNER(t, "", "train", "--train", train, "--dev", train, "--epochs", "3", "-o", model)
	if code != 0 {
		t.Fatalf("train: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "epoch 3/3") {
		t.Errorf("no progress on stderr: %s", errOut)
	}
	code, out, errOut := runNER(t, "", "eval", "--model", model, "--conll", train)
	if code != 0 || !strings.Contains(out, "overall") {
		t.Errorf("eval with trained model: exit %d: %s\n%s", code, errOut, out)
	}
	if code, _, _ := runNER(t, "", "eval", "--model", train, "--conll", train); code != 1 {
		t.Errorf("eval with a bad model file: exit %d, want 1", code)
	}
}
