package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// The verdicts of a judged sample, in the order they are reported.
var verdicts = []string{"correct", "junk", "wrong-type", "fragment", "merged", "duplicate"}

// judged is one row of a judged sample.
type judged struct {
	id, label, typ, articles, verdict, note string
}

// readJudged reads a sample TSV with the columns of nodesample plus verdict
// and note, as written by hand after judging.
func readJudged(path string) ([]judged, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open judged sample: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	col := map[string]int{}
	var rows []judged
	known := map[string]bool{}
	for _, v := range verdicts {
		known[v] = true
	}
	for line := 1; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 {
			for i, h := range fields {
				col[h] = i
			}
			for _, h := range []string{"id", "label", "type", "articles", "verdict", "note"} {
				if _, ok := col[h]; !ok {
					return nil, fmt.Errorf("%s:1: no %q column", path, h)
				}
			}
			continue
		}
		if len(fields) != len(col) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(fields), len(col))
		}
		r := judged{id: fields[col["id"]], label: fields[col["label"]], typ: fields[col["type"]],
			articles: fields[col["articles"]], verdict: fields[col["verdict"]], note: fields[col["note"]]}
		if !known[r.verdict] {
			return nil, fmt.Errorf("%s:%d: unknown verdict %q (want one of %s)", path, line, r.verdict, strings.Join(verdicts, ", "))
		}
		if r.verdict != "correct" && strings.TrimSpace(r.note) == "" {
			return nil, fmt.Errorf("%s:%d: verdict %s without a note", path, line, r.verdict)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no judged rows", path)
	}
	return rows, nil
}

// wilson is the Wilson score interval of k successes in n trials at 95%.
func wilson(k, n int) (lo, hi float64) {
	const z = 1.959963984540054
	p, nf := float64(k)/float64(n), float64(n)
	d := 1 + z*z/nf
	c := (p + z*z/(2*nf)) / d
	h := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf)) / d
	return math.Max(0, c-h), math.Min(1, c+h)
}

// summarize writes, in Markdown, a table of the verdicts of each judged
// sample with the share correct and its 95% Wilson interval, then every
// node that is not correct, grouped by sample and verdict.
func summarize(paths []string, out io.Writer) error {
	samples := make([][]judged, len(paths))
	for i, p := range paths {
		rows, err := readJudged(p)
		if err != nil {
			return err
		}
		samples[i] = rows
	}
	bw := bufio.NewWriter(out)
	fmt.Fprintf(bw, "| sample | nodes | %s | correct %% (95%% Wilson) |\n", strings.Join(verdicts, " | "))
	fmt.Fprintf(bw, "|---|---:|%s---:|\n", strings.Repeat("---:|", len(verdicts)))
	for i, rows := range samples {
		n := map[string]int{}
		for _, r := range rows {
			n[r.verdict]++
		}
		fmt.Fprintf(bw, "| %s | %d |", sampleName(paths[i]), len(rows))
		for _, v := range verdicts {
			fmt.Fprintf(bw, " %d |", n[v])
		}
		lo, hi := wilson(n["correct"], len(rows))
		fmt.Fprintf(bw, " %.1f (%.1f–%.1f) |\n", 100*float64(n["correct"])/float64(len(rows)), 100*lo, 100*hi)
	}
	for i, rows := range samples {
		fmt.Fprintf(bw, "\n### %s: nodes not correct\n", sampleName(paths[i]))
		for _, v := range verdicts[1:] {
			var kind []judged
			for _, r := range rows {
				if r.verdict == v {
					kind = append(kind, r)
				}
			}
			if len(kind) == 0 {
				continue
			}
			fmt.Fprintf(bw, "\n%s (%d):\n", v, len(kind))
			for _, r := range kind {
				fmt.Fprintf(bw, "- `%s` %s (%s; articles %s): %s\n", r.id, mdEscape(r.label), r.typ, r.articles, mdEscape(r.note))
			}
		}
	}
	return bw.Flush()
}

// sampleName is a file's base name without its extension.
func sampleName(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// mdEscape keeps a label or note from opening Markdown emphasis or code.
func mdEscape(s string) string {
	r := strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`", "|", `\|`, "<", `\<`)
	return r.Replace(s)
}
