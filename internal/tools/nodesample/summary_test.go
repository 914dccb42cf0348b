package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWilson(t *testing.T) {
	// Worked by hand from the score-interval formula with z = 1.96:
	// 69/100: centre (0.69 + 0.019207) / 1.038415 = 0.682971, half-width
	// 1.96 * sqrt(0.002139 + 0.000096) / 1.038415 = 0.089232.
	// 0/10: upper bound z²/(n+z²) = 3.841459/13.841459 = 0.277533.
	tests := []struct {
		k, n   int
		lo, hi float64
	}{
		{69, 100, 0.593739, 0.772203},
		{0, 10, 0, 0.277533},
		{10, 10, 0.722467, 1},
		{50, 100, 0.403832, 0.596168},
	}
	for _, tt := range tests {
		lo, hi := wilson(tt.k, tt.n)
		if math.Abs(lo-tt.lo) > 1e-6 || math.Abs(hi-tt.hi) > 1e-6 {
			t.Errorf("wilson(%d, %d) = %.6f, %.6f, want %.6f, %.6f", tt.k, tt.n, lo, hi, tt.lo, tt.hi)
		}
	}
}

const judgedHeader = "rank\tid\tlabel\ttype\tarticles\tmentions\taliases\tarticle_ids\tevidence_id\tevidence\tverdict\tnote\n"

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSummarize(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a-random4.tsv", judgedHeader+
		"1\tperson:reagan\tReagan\tPERSON\t476\t1082\tReagan:1082\tn1\tn1\t[[Reagan]] said\tcorrect\t\n"+
		"2\torg:shr\tShr\tORG\t446\t447\tShr:444\tn2\tn2\t[[Shr]] 12 cts\tjunk\ttable word \"Shr\"\n"+
		"3\torg:poor\tPoor\tORG\t103\t113\tPoor:113\tn3\tn3\tStandard and [[Poor]]'s\tfragment\tcut at \"and\"\n"+
		"4\torg:x\tA_b*c\tORG\t1\t1\tA_b*c:1\tn4\tn4\t\tjunk\tdebris | pipe\n")
	b := writeFile(t, dir, "b-top1.tsv", judgedHeader+
		"1\tcountry:US\tUnited States\tCOUNTRY\t3689\t9250\tU.S.:7836\tn1\tn1\t\tcorrect\t\n")
	var out, errOut bytes.Buffer
	if code := run([]string{"-summarize", a, b}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	// 1 of 4 correct: Wilson 95% interval 4.6–69.9; 1 of 1: 20.7–100.
	want := `| sample | nodes | correct | junk | wrong-type | fragment | merged | duplicate | correct % (95% Wilson) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| a-random4 | 4 | 1 | 2 | 0 | 1 | 0 | 0 | 25.0 (4.6–69.9) |
| b-top1 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 100.0 (20.7–100.0) |

### a-random4: nodes not correct

junk (2):
- ` + "`org:shr`" + ` Shr (ORG; articles 446): table word "Shr"
- ` + "`org:x`" + ` A\_b\*c (ORG; articles 1): debris \| pipe

fragment (1):
- ` + "`org:poor`" + ` Poor (ORG; articles 103): cut at "and"

### b-top1: nodes not correct
`
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSummarizeErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, msg string
	}{
		{"unknown verdict", judgedHeader + "1\ta\tA\tORG\t1\t1\tA:1\tn1\tn1\t\tcorect\t\n", ":2: unknown verdict \"corect\""},
		{"no note", judgedHeader + "1\ta\tA\tORG\t1\t1\tA:1\tn1\tn1\t\tjunk\t \n", ":2: verdict junk without a note"},
		{"short row", judgedHeader + "1\ta\tA\tORG\n", ":2: 4 fields, want 12"},
		{"no verdict column", "rank\tid\tlabel\ttype\tarticles\n1\ta\tA\tORG\t1\n", `:1: no "verdict" column`},
		{"empty", judgedHeader, "no judged rows"},
	}
	for i, tt := range tests {
		p := writeFile(t, dir, strings.Repeat("x", i+1)+".tsv", tt.text)
		var out, errOut bytes.Buffer
		code := run([]string{"-summarize", p}, &out, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), tt.msg) || out.Len() != 0 {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 1 and %q", tt.name, code, out.String(), errOut.String(), tt.msg)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-summarize", "-top", "3", "x.tsv"}, &out, &errOut); code != 2 {
		t.Errorf("-summarize with -top: exit %d, want 2", code)
	}
}
