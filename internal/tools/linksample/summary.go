package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
)

// summarizeFiles counts the verdicts of judged samples per rule and writes
// a Markdown table: links judged, right, wrong, share right with its 95%
// Wilson interval. A row's verdict must be "right" or "wrong", and a wrong
// one needs a note.
func summarizeFiles(paths []string, out io.Writer) error {
	type count struct{ right, wrong int }
	counts := map[string]*count{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		var head []string
		for line := 1; sc.Scan(); line++ {
			cells := strings.Split(sc.Text(), "\t")
			if head == nil {
				head = cells
				continue
			}
			rule, verdict, note := cell(head, cells, "rule"), cell(head, cells, "verdict"), cell(head, cells, "note")
			c := counts[rule]
			if c == nil {
				c = &count{}
				counts[rule] = c
			}
			switch {
			case verdict == "right":
				c.right++
			case verdict == "wrong" && note != "":
				c.wrong++
			default:
				f.Close()
				return fmt.Errorf("%s:%d: verdict %q (want right, or wrong with a note)", p, line, verdict)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	rules := make([]string, 0, len(counts))
	for r := range counts {
		rules = append(rules, r)
	}
	slices.Sort(rules)
	fmt.Fprintln(out, "| rule | links judged | right | wrong | precision (95% Wilson) |")
	fmt.Fprintln(out, "|---|---:|---:|---:|---:|")
	for _, r := range rules {
		c := counts[r]
		n := c.right + c.wrong
		lo, hi := wilson(c.right, n)
		fmt.Fprintf(out, "| %s | %d | %d | %d | %.1f (%.1f–%.1f) |\n", r, n, c.right, c.wrong, 100*float64(c.right)/float64(n), 100*lo, 100*hi)
	}
	return nil
}

func cell(head, cells []string, name string) string {
	i := slices.Index(head, name)
	if i < 0 || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// wilson is the 95% Wilson score interval of k successes in n.
func wilson(k, n int) (float64, float64) {
	if n == 0 {
		return 0, 0
	}
	const z = 1.96
	p, fn := float64(k)/float64(n), float64(n)
	d := 1 + z*z/fn
	c := p + z*z/(2*fn)
	h := z * math.Sqrt(p*(1-p)/fn+z*z/(4*fn*fn))
	return (c - h) / d, (c + h) / d
}
