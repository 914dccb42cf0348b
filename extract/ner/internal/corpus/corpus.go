// Package corpus reads the unlabeled news of the shared data folder as
// tokenized articles, for the tools that induce word clusters and
// gazetteers.
package corpus

import (
	"bufio"
	"encoding/csv"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Doc is one article: its paragraphs (or lines) as tokens.
type Doc [][]string

var (
	reReuters = regexp.MustCompile(`(?s)<REUTERS.*?</REUTERS>`)
	reTitle   = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	reBody    = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
)

func addText(d Doc, text string) Doc {
	for _, line := range strings.Split(text, "\n") {
		if t := Tokenize(line); len(t) > 0 {
			d = append(d, t)
		}
	}
	return d
}

// Read returns the articles of Reuters-21578 (titles and bodies), the BBC
// corpus and AG News (title and description) under data, in a fixed order.
// With conllTrain, the tokens of CoNLL-2003 train.txt follow, one document
// per -DOCSTART-.
func Read(data string, conllTrain bool) ([]Doc, error) {
	var docs []Doc
	sgm, err := filepath.Glob(filepath.Join(data, "reuters21578", "reut2-*.sgm"))
	if err != nil {
		return nil, err
	}
	sort.Strings(sgm)
	for _, p := range sgm {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		for _, art := range reReuters.FindAll(b, -1) {
			var d Doc
			if m := reTitle.FindSubmatch(art); m != nil {
				d = addText(d, html.UnescapeString(string(m[1])))
			}
			if m := reBody.FindSubmatch(art); m != nil {
				// Bodies are wrapped at ~70 columns; paragraphs start with spaces.
				body := html.UnescapeString(string(m[1]))
				body = strings.ReplaceAll(body, "\n    ", "\n\n")
				for _, para := range strings.Split(body, "\n\n") {
					d = addText(d, strings.ReplaceAll(para, "\n", " "))
				}
			}
			if len(d) > 0 {
				docs = append(docs, d)
			}
		}
	}
	bbc, err := filepath.Glob(filepath.Join(data, "bbc", "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(bbc)
	for _, p := range bbc {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if d := addText(nil, string(b)); len(d) > 0 {
			docs = append(docs, d)
		}
	}
	if f, err := os.Open(filepath.Join(data, "agnews", "test.csv")); err == nil {
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return nil, err
			}
			var d Doc
			for _, s := range rec[1:] {
				d = addText(d, strings.ReplaceAll(s, "\\", " "))
			}
			if len(d) > 0 {
				docs = append(docs, d)
			}
		}
		f.Close()
	}
	if !conllTrain {
		return docs, nil
	}
	f, err := os.Open(filepath.Join(data, "conll2003", "train.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var d Doc
	var cur []string
	for sc.Scan() {
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "-DOCSTART-") {
			if len(cur) > 0 {
				d = append(d, cur)
				cur = nil
			}
			if strings.HasPrefix(t, "-DOCSTART-") && len(d) > 0 {
				docs = append(docs, d)
				d = nil
			}
			continue
		}
		cur = append(cur, strings.Fields(t)[0])
	}
	if len(cur) > 0 {
		d = append(d, cur)
	}
	if len(d) > 0 {
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// Tokenize splits a line the way CoNLL-2003 does, roughly: punctuation
// apart, "'s" apart, abbreviations such as "U.S." and hyphenated words
// whole.
func Tokenize(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		var tail []string
		for len(f) > 0 && strings.ContainsAny(f[:1], "\"'([{`") {
			out = append(out, f[:1])
			f = f[1:]
		}
		for len(f) > 0 {
			c := f[len(f)-1]
			if strings.IndexByte("\",;:!?)]}'", c) >= 0 {
				tail = append(tail, f[len(f)-1:])
				f = f[:len(f)-1]
				continue
			}
			if c == '.' && strings.Count(f, ".") == 1 && len(f) > 1 {
				tail = append(tail, ".")
				f = f[:len(f)-1]
				continue
			}
			break
		}
		if strings.HasSuffix(f, "'s") && len(f) > 2 {
			tail = append(tail, "'s")
			f = f[:len(f)-2]
		}
		if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}
