// Command nerjoin stacks word clusterings into the one cluster file the
// recognizer reads (see ner.ReadClusters): the columns of each cluster
// file given as an argument (as cmd/nerclusters and cmd/nerembed write
// them), then, with -brown, prefixes of the Brown bit strings that
// cmd/nerbrown writes, each prefix length a column whose ids number the
// distinct prefixes in byte order. A word absent from a clustering gets 0
// in its columns.
//
//	go run ./extract/ner/cmd/nerjoin -brown brown.txt -prefixes 4,6,10,20 exchange.tsv kmeans.tsv | gzip -9n > extract/ner/clusters.tsv.gz
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	brownFile := flag.String("brown", "", "Brown clusters `FILE` (word TAB bits)")
	prefixes := flag.String("prefixes", "4,6,10,20", "comma-separated Brown prefix lengths")
	flag.Parse()
	var pl []int
	for _, s := range strings.Split(*prefixes, ",") {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "nerjoin: bad -prefixes %q\n", *prefixes)
			os.Exit(2)
		}
		pl = append(pl, n)
	}
	if err := run(flag.Args(), *brownFile, pl, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "nerjoin: %v\n", err)
		os.Exit(1)
	}
}

type table struct {
	levels []int
	ids    map[string][]int
}

func readTable(path string) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	t := &table{ids: map[string][]int{}}
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Split(sc.Text(), "\t")
		if line == 1 {
			h := strings.Fields(sc.Text())
			if len(h) < 2 || h[0] != "#levels" {
				return nil, fmt.Errorf("%s:1: want a #levels header", path)
			}
			for _, s := range h[1:] {
				n, err := strconv.Atoi(s)
				if err != nil {
					return nil, fmt.Errorf("%s:1: bad level %q", path, s)
				}
				t.levels = append(t.levels, n)
			}
			continue
		}
		if len(fs) != len(t.levels)+1 {
			return nil, fmt.Errorf("%s:%d: want %d fields, got %d", path, line, len(t.levels)+1, len(fs))
		}
		ids := make([]int, len(t.levels))
		for i, s := range fs[1:] {
			n, err := strconv.Atoi(s)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad id %q", path, line, s)
			}
			ids[i] = n
		}
		t.ids[fs[0]] = ids
	}
	return t, sc.Err()
}

func readBrown(path string, pl []int) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	bits := map[string]string{}
	line := 0
	for sc.Scan() {
		line++
		w, b, ok := strings.Cut(sc.Text(), "\t")
		if !ok || b == "" || strings.Trim(b, "01") != "" {
			return nil, fmt.Errorf("%s:%d: want word TAB bits", path, line)
		}
		bits[w] = b
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	t := &table{ids: map[string][]int{}}
	for range pl {
		t.levels = append(t.levels, 0)
	}
	for li, n := range pl {
		seen := map[string]bool{}
		for _, b := range bits {
			seen[b[:min(n, len(b))]] = true
		}
		ps := make([]string, 0, len(seen))
		for p := range seen {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		id := map[string]int{}
		for i, p := range ps {
			id[p] = i + 1
		}
		t.levels[li] = len(ps)
		for w, b := range bits {
			if t.ids[w] == nil {
				t.ids[w] = make([]int, len(pl))
			}
			t.ids[w][li] = id[b[:min(n, len(b))]]
		}
	}
	return t, nil
}

func run(files []string, brownFile string, pl []int, out io.Writer) error {
	var tabs []*table
	for _, p := range files {
		t, err := readTable(p)
		if err != nil {
			return err
		}
		tabs = append(tabs, t)
	}
	if brownFile != "" {
		t, err := readBrown(brownFile, pl)
		if err != nil {
			return err
		}
		tabs = append(tabs, t)
	}
	words := map[string]bool{}
	for _, t := range tabs {
		for w := range t.ids {
			words[w] = true
		}
	}
	ws := make([]string, 0, len(words))
	for w := range words {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	bw := bufio.NewWriter(out)
	bw.WriteString("#levels")
	for _, t := range tabs {
		for _, l := range t.levels {
			fmt.Fprintf(bw, " %d", l)
		}
	}
	bw.WriteByte('\n')
	for _, w := range ws {
		bw.WriteString(w)
		for _, t := range tabs {
			ids := t.ids[w]
			for i := range t.levels {
				v := 0
				if ids != nil {
					v = ids[i]
				}
				bw.WriteByte('\t')
				bw.WriteString(strconv.Itoa(v))
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
