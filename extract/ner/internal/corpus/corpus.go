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
	docs, err := readReuters(nil, data)
	if err != nil {
		return nil, err
	}
	if docs, err = readBBC(docs, data); err != nil {
		return nil, err
	}
	if docs, err = readAGNews(docs, data); err != nil {
		return nil, err
	}
	if !conllTrain {
		return docs, nil
	}
	f, err := os.Open(filepath.Join(data, "conll2003", "train.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCoNLL(docs, f)
}

// readReuters appends the articles of the Reuters-21578 .sgm files.
func readReuters(docs []Doc, data string) ([]Doc, error) {
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
			if d := reutersArticle(art); len(d) > 0 {
				docs = append(docs, d)
			}
		}
	}
	return docs, nil
}

// reutersArticle returns the title and the paragraphs of the body of one
// <REUTERS> element.
func reutersArticle(art []byte) Doc {
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
	return d
}

// readBBC appends the articles of the BBC corpus.
func readBBC(docs []Doc, data string) ([]Doc, error) {
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
	return docs, nil
}

// readAGNews appends the title and description of each AG News test
// article, when the file is there.
func readAGNews(docs []Doc, data string) ([]Doc, error) {
	f, err := os.Open(filepath.Join(data, "agnews", "test.csv"))
	if err != nil {
		return docs, nil
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
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
}

// readCoNLL appends the documents of a CoNLL column file: the first column
// of each line, a sentence per blank-line-separated block, a document per
// -DOCSTART-.
func readCoNLL(docs []Doc, r io.Reader) ([]Doc, error) {
	sc := bufio.NewScanner(r)
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
